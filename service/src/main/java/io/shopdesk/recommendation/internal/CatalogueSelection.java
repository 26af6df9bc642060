package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductCatalogue;
import io.shopdesk.recommendation.ProductQuery;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The catalogue products a shopper's query lets the models rank, before the recommendation rules see them. The
 * product word ("laptop", "笔记本电脑") says what the shopper wants and is kept whenever some product's name has it;
 * the other filters give way, in this order, when nothing meets them all:
 * <ol>
 *   <li>the products that pass every filter and whose name has the word;</li>
 *   <li>the named products with the asked attributes at any price, flagged {@link Relaxed#PRICE}: a shopper asking
 *       for a laptop under ¥5,000 is better told that the cheapest laptop costs ¥5,999 than shown a charging cable
 *       (the same for a floor, "over ¥500", a range, "¥300 to ¥500", and a band, "around ¥1,000": the price range is
 *       what gives way, and the products closest in price to it rank first);</li>
 *   <li>the named products within the price range without the attributes, flagged {@link Relaxed#ATTRIBUTES}
 *       (黑色笔记本电脑: no laptop is black), then the named products at any price, flagged {@link Relaxed#PRICE_AND_ATTRIBUTES}.</li>
 * </ol>
 * Accessories whose name has the word (the laptop sleeve for "laptop") do not count as a match when the shop has the
 * main product, and are left out when a filter gives way. When the word is in no product's name (a category word such
 * as 衣服), every product that passes the filters is selected; if none does, the same without the price ceiling,
 * flagged {@link Relaxed#PRICE}. The size asked for ("size 44", 44码) never gives way: a product that does not come in
 * it is no answer, and when none does nothing is selected (the reply says so). Nor does what a follow-up must stay
 * within ({@code within}: the gifts of a gift request asked "anything cheaper?"). Immutable and thread-safe.
 *
 * @param filter  catalogue numbers of the products selected
 * @param relaxed which of the shopper's filters the selection lets the products miss
 */
public record CatalogueSelection(IntPredicate filter, Relaxed relaxed) {

    /** Which filters a selection gave way on, so the reply can say so. */
    public enum Relaxed {
        NONE, PRICE, ATTRIBUTES, PRICE_AND_ATTRIBUTES;

        public boolean price() {
            return this == PRICE || this == PRICE_AND_ATTRIBUTES;
        }

        public boolean attributes() {
            return this == ATTRIBUTES || this == PRICE_AND_ATTRIBUTES;
        }
    }

    public boolean overBudget() {
        return relaxed.price();
    }

    public static CatalogueSelection of(ProductCatalogue catalogue, ProductQuery query) {
        return of(catalogue, query, p -> true);
    }

    /**
     * The selection for {@code query} among the products {@code within} lets through, whichever filter gives way.
     *
     * @param within what every product selected must be, whatever else gives way: the gift or interest a follow-up
     *               ("anything cheaper?") stays within ({@link ProductQuery#suitsTheRequest}); true for all otherwise
     */
    public static CatalogueSelection of(ProductCatalogue catalogue, ProductQuery query, Predicate<Product> within) {
        ProductQuery anyPrice = query.withoutMaxPrice();
        if (query.term() != null) {
            ProductQuery anyAttribute = query.withSizeOnly();
            Predicate<Product> namedAnyhow = p -> within.test(p) && anyAttribute.withoutMaxPrice().accepts(p)
                    && query.matchesTerm(p);
            // "laptop" means the laptops, not the laptop sleeve, when the shop has laptops at all (in any size: "running
            // shoes in size 50" are none, not the insoles).
            ProductQuery anySize = query.withAttributes(Map.of()).withoutMaxPrice();
            boolean mainProducts = anyMatch(catalogue, p -> within.test(p) && anySize.accepts(p) && query.matchesTerm(p)
                    && !p.isAccessory());
            Predicate<Product> wanted = mainProducts ? p -> !p.isAccessory() : p -> true;
            Predicate<Product> named = p -> within.test(p) && query.accepts(p) && query.matchesTerm(p);
            if (anyMatch(catalogue, named.and(wanted))) {
                return new CatalogueSelection(p -> named.test(catalogue.get(p)), Relaxed.NONE);
            }
            Predicate<Product> namedAnyPrice = p -> within.test(p) && anyPrice.accepts(p) && query.matchesTerm(p);
            if (query.hasPrice() && anyMatch(catalogue, namedAnyPrice.and(wanted))) {
                return select(catalogue, namedAnyPrice.and(wanted), Relaxed.PRICE);
            }
            Predicate<Product> namedNoAttributes = p -> within.test(p) && anyAttribute.accepts(p) && query.matchesTerm(p);
            boolean relaxable = !anyAttribute.attributes().equals(query.attributes());
            if (relaxable && anyMatch(catalogue, namedNoAttributes.and(wanted))) {
                return select(catalogue, namedNoAttributes.and(wanted), Relaxed.ATTRIBUTES);
            }
            if (anyMatch(catalogue, namedAnyhow.and(wanted))) {
                return select(catalogue, namedAnyhow.and(wanted), !query.hasPrice() ? Relaxed.ATTRIBUTES
                        : !relaxable ? Relaxed.PRICE : Relaxed.PRICE_AND_ATTRIBUTES);
            }
            if (query.size() != null && anyMatch(catalogue, p -> within.test(p) && anySize.accepts(p) && query.matchesTerm(p))) {
                // Running shoes, but none in size 50: no other shoes in 50 instead.
                return new CatalogueSelection(p -> false, Relaxed.NONE);
            }
        }
        Predicate<Product> accepted = p -> within.test(p) && query.accepts(p);
        Predicate<Product> acceptedAnyPrice = p -> within.test(p) && anyPrice.accepts(p);
        if (query.hasPrice() && !anyMatch(catalogue, accepted) && anyMatch(catalogue, acceptedAnyPrice)) {
            return select(catalogue, acceptedAnyPrice, Relaxed.PRICE);
        }
        return select(catalogue, accepted, Relaxed.NONE);
    }

    private static CatalogueSelection select(ProductCatalogue catalogue, Predicate<Product> test, Relaxed relaxed) {
        return new CatalogueSelection(p -> test.test(catalogue.get(p)), relaxed);
    }

    private static boolean anyMatch(ProductCatalogue catalogue, Predicate<Product> test) {
        return catalogue.all().stream().anyMatch(test);
    }
}
