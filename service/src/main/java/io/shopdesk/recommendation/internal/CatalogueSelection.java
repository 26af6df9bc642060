package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductCatalogue;
import io.shopdesk.recommendation.ProductQuery;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The catalogue products a shopper's query lets the models rank, before the recommendation rules see them:
 * <ol>
 *   <li>the products that pass every filter and whose name has the query's product word ("laptop" in "PixelArc
 *       Laptop Air 14");</li>
 *   <li>when none of those is within the price ceiling but some exist above it, those instead, flagged
 *       {@code overBudget}: a shopper asking for a laptop under ¥5,000 is better told that the cheapest laptop
 *       costs ¥5,999 than shown a charging cable. Accessories whose name has the word (the laptop sleeve) do not
 *       count as a match when the shop has the main product at some price, and are left out above the ceiling;</li>
 *   <li>when the word is in no product's name (a category word such as 衣服), every product that passes the
 *       filters.</li>
 * </ol>
 * A query without a word that nothing within its ceiling passes selects the same products above it, flagged the same
 * way. Immutable and thread-safe.
 *
 * @param filter     catalogue numbers of the products selected
 * @param overBudget whether the selection ignored the query's price ceiling because nothing was under it
 */
public record CatalogueSelection(IntPredicate filter, boolean overBudget) {

    public static CatalogueSelection of(ProductCatalogue catalogue, ProductQuery query) {
        ProductQuery anyPrice = query.withoutMaxPrice();
        if (query.term() != null) {
            Predicate<Product> named = p -> query.accepts(p) && query.matchesTerm(p);
            Predicate<Product> namedAnyPrice = p -> anyPrice.accepts(p) && anyPrice.matchesTerm(p);
            // "laptop" means the laptops, not the laptop sleeve, when the shop has laptops at any price.
            boolean mainProducts = anyMatch(catalogue, p -> namedAnyPrice.test(p) && !p.isAccessory());
            Predicate<Product> wanted = mainProducts ? p -> !p.isAccessory() : p -> true;
            if (anyMatch(catalogue, named.and(wanted))) {
                return new CatalogueSelection(p -> named.test(catalogue.get(p)), false);
            }
            if (query.maxPrice() != null && anyMatch(catalogue, namedAnyPrice)) {
                Predicate<Product> closest = namedAnyPrice.and(wanted);
                return new CatalogueSelection(p -> closest.test(catalogue.get(p)), true);
            }
        }
        if (query.maxPrice() != null && !anyMatch(catalogue, query::accepts) && anyMatch(catalogue, anyPrice::accepts)) {
            return new CatalogueSelection(p -> anyPrice.accepts(catalogue.get(p)), true);
        }
        return new CatalogueSelection(p -> query.accepts(catalogue.get(p)), false);
    }

    private static boolean anyMatch(ProductCatalogue catalogue, Predicate<Product> test) {
        return catalogue.all().stream().anyMatch(test);
    }
}
