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

    /**
     * Whether the product's name or one of its tags has the term: anywhere in Chinese, case aside ("polo衫" in
     * "纯棉Polo衫"); in English at the start of a word ("humidifier" is not in "Dehumidifier"), a plural also
     * matching its singular ("laptops" in "PixelArc Laptop Air 14", "boxes" in "Storage Box"). Tags carry the words
     * shoppers use that a name does not ("perfume" for an Eau de Parfum, "earphones" for earbuds).
     */
    public boolean matchesTerm(Product product) {
        return term == null || nameHas(product.nameZh(), term) || nameHas(product.nameEn(), term)
                || product.tags().stream().filter(tag -> !tag.startsWith("accessory_of:")).anyMatch(tag -> nameHas(tag, term));
    }

    private static boolean nameHas(String name, String word) {
        String lowerName = name.toLowerCase(java.util.Locale.ROOT);
        String lowerWord = word.toLowerCase(java.util.Locale.ROOT);
        if (lowerWord.isEmpty() || !lowerWord.chars().allMatch(c -> c < 128)) {
            return lowerName.contains(lowerWord);
        }
        java.util.List<String> forms = new java.util.ArrayList<>(java.util.List.of(lowerWord));
        if (lowerWord.endsWith("es") && lowerWord.length() > 4) {
            forms.add(lowerWord.substring(0, lowerWord.length() - 2));
        }
        if (lowerWord.endsWith("s") && lowerWord.length() > 3) {
            forms.add(lowerWord.substring(0, lowerWord.length() - 1));
        }
        for (String form : forms) {
            for (int at = lowerName.indexOf(form); at >= 0; at = lowerName.indexOf(form, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(lowerName.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The same query without its price ceiling. */
    public ProductQuery withoutMaxPrice() {
        return new ProductQuery(category, term, attributes, null, productSku);
    }

    public ProductQuery withCategory(String newCategory) {
        return new ProductQuery(newCategory, term, attributes, maxPrice, productSku);
    }
}
