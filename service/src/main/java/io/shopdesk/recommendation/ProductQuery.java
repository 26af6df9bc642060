package io.shopdesk.recommendation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a shopper's message asks for: a category, a name term within it ("跑步鞋", "earbuds"), attributes
 * (wireless=true, color=black, waterproof=*), a price ceiling in CNY, and a product mentioned by name. Every part
 * may be absent (null or empty). Immutable and thread-safe.
 *
 * @param term a category word from the message, used to narrow the category when product names contain it
 */
public record ProductQuery(String category, String term, Map<String, String> attributes, BigDecimal maxPrice,
                           String productSku) {

    public static final ProductQuery ANY = new ProductQuery(null, null, Map.of(), null, null);

    public ProductQuery {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** Whether {@code product} satisfies the category, attribute and price parts (the term is applied separately). */
    public boolean accepts(Product product) {
        if (category != null && !category.equals(product.category())) {
            return false;
        }
        if (maxPrice != null && product.price().compareTo(maxPrice) > 0) {
            return false;
        }
        for (Map.Entry<String, String> wanted : attributes.entrySet()) {
            if (!product.has(wanted.getKey(), wanted.getValue())) {
                return false;
            }
        }
        return true;
    }

    public boolean matchesTerm(Product product) {
        return term == null || product.nameZh().contains(term)
                || product.nameEn().toLowerCase(java.util.Locale.ROOT).contains(term.toLowerCase(java.util.Locale.ROOT));
    }

    /** The same query without its price ceiling. */
    public ProductQuery withoutMaxPrice() {
        return new ProductQuery(category, term, attributes, null, productSku);
    }

    public ProductQuery withCategory(String newCategory) {
        return new ProductQuery(newCategory, term, attributes, maxPrice, productSku);
    }
}
