package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A quality a shopper can ask of the cards just shown ("something warmer", 有没有轻一点的), as
 * {@code knowledge-base/products/qualities.csv} defines it in catalogue terms: the products with one of some tags
 * ({@link Kind#TAG}: warmer is winter, thermal, fleece…), or a lower or higher number of an attribute than every card
 * shown ({@link Kind#LESS}, {@link Kind#MORE}: lighter is a lower {@code weight_g}). The attribute {@link #SIZE} among
 * an ordering quality's attributes means "ask which size" for cards that have sizes but none of the others. Immutable
 * and thread-safe.
 *
 * @param name       the quality's name in the file ({@code warmer})
 * @param kind       how products have it
 * @param catalogue  the tags (for {@link Kind#TAG}) or the number attributes, the first a card has being used
 * @param zh         how a Chinese reply names it (更保暖)
 * @param en         how an English reply names it (warmer)
 */
public record ProductQuality(String name, Kind kind, List<String> catalogue, String zh, String en) {

    /** The attribute that, among an ordering quality's attributes, says "ask the shopper which size". */
    public static final String SIZE = "size";

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** How the catalogue says a product has the quality. */
    public enum Kind {
        /** It has one of the tags. */
        TAG,
        /** Its number attribute is lower than every card's (lighter, smaller). */
        LESS,
        /** Its number attribute is higher than every card's (heavier, bigger). */
        MORE
    }

    public ProductQuality {
        catalogue = List.copyOf(catalogue);
    }

    /** Whether the product has one of the tags; false for an ordering quality. */
    public boolean tagged(Product product) {
        return kind == Kind.TAG && catalogue.stream().anyMatch(product.tags()::contains);
    }

    /** The first of the quality's number attributes that one of {@code cards} has as a single number; empty for none. */
    public Optional<String> attributeOf(List<Product> cards) {
        if (kind == Kind.TAG) {
            return Optional.empty();
        }
        return catalogue.stream().filter(attribute -> !SIZE.equals(attribute))
                .filter(attribute -> cards.stream().anyMatch(card -> value(card, attribute) != null)).findFirst();
    }

    /** Whether this ordering quality asks for a size when the cards have sizes and none of its number attributes. */
    public boolean asksForSize() {
        return kind != Kind.TAG && catalogue.contains(SIZE);
    }

    /** The product's attribute as a number ("230" of {@code weight_g=230}); null when absent or not one number (2-24). */
    public static BigDecimal value(Product product, String attribute) {
        String raw = product.attributes().get(attribute);
        return raw != null && NUMBER.matcher(raw.strip()).matches() ? new BigDecimal(raw.strip()) : null;
    }

    /** The name a reply in that language uses. */
    public String name(io.shopdesk.nlp.Language language) {
        return language == io.shopdesk.nlp.Language.ZH ? zh : en;
    }
}
