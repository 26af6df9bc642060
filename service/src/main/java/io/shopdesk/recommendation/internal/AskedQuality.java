package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A quality asked of the cards shown ("something warmer", 有轻一点的吗; {@link ProductFollowUps}) and how it can be
 * answered. Immutable and thread-safe.
 *
 * @param quality   what the catalogue calls it ({@code knowledge-base/products/qualities.csv})
 * @param attribute for an ordering quality, the number attribute the cards are compared by ({@code weight_g}); null
 *                  for a tag quality, or when no card has one
 * @param bound     the lowest (for less) or highest (for more) value of that attribute among the cards; null with it
 * @param answer    whether products are selected, a size is asked for, or the catalogue does not list the measure
 * @param requested the quality is part of a new request ("recommend me a warm jacket"), not asked of cards shown
 */
public record AskedQuality(ProductQuality quality, String attribute, BigDecimal bound, Answer answer,
                           boolean requested) {

    /** A quality asked of the cards shown. */
    public AskedQuality(ProductQuality quality, String attribute, BigDecimal bound, Answer answer) {
        this(quality, attribute, bound, answer, false);
    }

    /**
     * A quality a new request names, when the catalogue tags it ("a warm jacket under 1000": the winter, down, wool…
     * things); empty for an ordering quality ("a lighter tent" compares with no cards) or none. The rain jackets
     * came for "recommend me a warm jacket under 1000" before (stop 32): the word was read only after cards.
     */
    public static Optional<AskedQuality> ofRequest(Optional<ProductQuality> quality) {
        return quality.filter(q -> q.kind() == ProductQuality.Kind.TAG)
                .map(q -> new AskedQuality(q, null, null, Answer.SELECT, true));
    }

    /** How a quality asked of the cards is answered. */
    public enum Answer {
        /** The products with the quality, within the request, are the cards. */
        SELECT,
        /** The cards have sizes and none of the quality's numbers: which size is asked (大一点的 after jackets). */
        ASK_SIZE,
        /** No card shown lists the measure (the weight of headphones): said so, honestly, with no cards. */
        NOT_LISTED
    }

    /** Whether the product has the quality: a tag of it, or a number beyond every card's. */
    public boolean has(Product product) {
        if (quality.kind() == ProductQuality.Kind.TAG) {
            return quality.tagged(product);
        }
        BigDecimal value = attribute == null ? null : ProductQuality.value(product, attribute);
        if (value == null) {
            return false;
        }
        int order = value.compareTo(bound);
        return quality.kind() == ProductQuality.Kind.LESS ? order < 0 : order > 0;
    }

    /**
     * How the quality can be answered for these cards: a tag quality by its tags; an ordering one by the first of its
     * number attributes a card has, beyond the lowest (less) or highest (more) card; with none, by asking the size for
     * cards with sizes when the quality allows it, else by saying the catalogue does not list it.
     */
    public static AskedQuality of(ProductQuality quality, List<Product> cards) {
        if (quality.kind() == ProductQuality.Kind.TAG) {
            return new AskedQuality(quality, null, null, Answer.SELECT);
        }
        Optional<String> attribute = quality.attributeOf(cards);
        if (attribute.isEmpty()) {
            boolean sized = cards.stream().anyMatch(card -> card.attributes().containsKey(ProductQuery.SIZE));
            return new AskedQuality(quality, null, null, quality.asksForSize() && sized
                    ? Answer.ASK_SIZE : Answer.NOT_LISTED);
        }
        List<BigDecimal> values = cards.stream().map(card -> ProductQuality.value(card, attribute.get()))
                .filter(java.util.Objects::nonNull).toList();
        BigDecimal bound = quality.kind() == ProductQuality.Kind.LESS
                ? values.stream().min(BigDecimal::compareTo).orElseThrow()
                : values.stream().max(BigDecimal::compareTo).orElseThrow();
        return new AskedQuality(quality, attribute.get(), bound, Answer.SELECT);
    }
}
