package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * One catalogue product, as {@code knowledge-base/products/products.csv} describes it. Prices are in CNY.
 * {@code tags} hold free labels (running, waterproof), {@code instalments} and {@code accessory_of:<category>}.
 * Immutable and thread-safe.
 */
public record Product(String sku, String nameZh, String nameEn, String category, String brand, BigDecimal price,
                      int stock, Map<String, String> attributes, Set<String> tags, boolean instalments) {

    public Product {
        // Copies that keep the file's order, so the catalogue and the database can be compared field by field.
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        tags = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(tags));
    }

    public String name(Language language) {
        return language == Language.ZH ? nameZh : nameEn;
    }

    public boolean inStock() {
        return stock > 0;
    }

    /** True when the product is an accessory of {@code category} (tag {@code accessory_of:<category>}). */
    public boolean accessoryOf(String category) {
        return tags.contains("accessory_of:" + category);
    }

    /** True when the product is an accessory of anything (a {@code accessory_of:} tag): a sleeve, a case, a filter. */
    public boolean isAccessory() {
        return tags.stream().anyMatch(tag -> tag.startsWith("accessory_of:"));
    }

    /**
     * Whom the product is for: "baby" (tag {@code baby}), "kids" (the kids category), "women" or "men" (the tag of
     * that name), or null for anyone. A shopper buying for someone is shown no product for another group
     * ({@code NothingForAnotherGroup} in the recommendation rules).
     */
    public String audience() {
        if (tags.contains("baby")) {
            return "baby";
        }
        if ("kids".equals(category)) {
            return "kids";
        }
        if (tags.contains("women")) {
            return "women";
        }
        return tags.contains("men") ? "men" : null;
    }

    /**
     * True when the product has the attribute with that value, where {@code *} means "has it, not false", and a
     * tag of the attribute's name counts too (a "waterproof" tag on a jacket without a waterproof attribute). The
     * {@code size} attribute is the sizes the product comes in ({@code 36-45}, {@code S-XXL}): it has a size within them.
     */
    public boolean has(String attribute, String value) {
        String actual = attributes.get(attribute);
        if (ProductQuery.SIZE.equals(attribute) && !"*".equals(value)) {
            return io.shopdesk.recommendation.internal.ProductSizes.comeIn(actual, value);
        }
        if ("*".equals(value)) {
            return (actual != null && !"false".equals(actual)) || tags.contains(attribute);
        }
        return value.equalsIgnoreCase(actual) || ("true".equals(value) && tags.contains(attribute));
    }
}
