package io.shopdesk.recommendation.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.shopdesk.recommendation.ProductQuery;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The product query each conversation was last shown cards for, so that a follow-up which names no product refines
 * it: "any cheaper ones?" / "便宜点的呢" (under the cheapest card shown), "do you have them in black?" / "有白色的吗"
 * (the attribute added), "any under 500?" (the new ceiling). A message that names a category, a product word or a
 * product is a new query, and a bare "them" refines nothing. What is remembered is the query as the cards answered
 * it: a ceiling or attributes the selection had to give up ({@link CatalogueSelection.Relaxed}) are not carried into
 * the next message. Kept in memory for 30 minutes after the last cards, at
 * most 100,000 conversations: a restart forgets it, and the shopper then gets the new message's own answer.
 * Thread-safe.
 */
public final class ProductFollowUps {
    private static final Pattern CHEAPER = Pattern.compile(
            "\\b(cheaper|less expensive|lower price|more affordable|lower-priced)\\b|便宜|实惠|划算|低一点|价格低|省钱");

    private record Shown(ProductQuery query, BigDecimal cheapest) {
    }

    /**
     * A follow-up merged into the last query.
     *
     * @param cheaperThan the cheapest card shown, when the shopper asked for cheaper; null otherwise
     */
    public record Refinement(ProductQuery query, BigDecimal cheaperThan) {
    }

    private final Cache<String, Shown> last = CacheBuilder.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(30))
            .build();

    /** Remembers the query a conversation was just shown cards for, what the selection gave up, and the prices. */
    public void remember(String conversationId, ProductQuery query, CatalogueSelection.Relaxed relaxed,
                         Collection<BigDecimal> prices) {
        if (conversationId == null || prices.isEmpty()) {
            return;
        }
        ProductQuery served = switch (relaxed) {
            case PRICE -> query.withoutMaxPrice();
            case ATTRIBUTES -> new ProductQuery(query.category(), query.term(), Map.of(), query.maxPrice(), query.productSku());
            case NONE -> query;
        };
        last.put(conversationId, new Shown(served, prices.stream().min(BigDecimal::compareTo).orElseThrow()));
    }

    /**
     * The conversation's last query refined by this message, when the message is a follow-up to it (it names no
     * category, product word or product, and asks for cheaper, an attribute or a price ceiling); otherwise empty.
     */
    public Optional<Refinement> refine(String conversationId, String text, ProductQuery parsed) {
        if (conversationId == null || parsed.category() != null || parsed.term() != null || parsed.productSku() != null) {
            return Optional.empty();
        }
        Shown shown = last.getIfPresent(conversationId);
        if (shown == null) {
            return Optional.empty();
        }
        boolean cheaper = CHEAPER.matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
        if (!cheaper && parsed.attributes().isEmpty() && parsed.maxPrice() == null) {
            return Optional.empty();
        }
        ProductQuery before = shown.query();
        Map<String, String> attributes = new LinkedHashMap<>(before.attributes());
        attributes.putAll(parsed.attributes());
        boolean underCheapest = cheaper && parsed.maxPrice() == null;
        BigDecimal ceiling = parsed.maxPrice() != null ? parsed.maxPrice()
                : underCheapest ? shown.cheapest().subtract(new BigDecimal("0.01"))
                : before.maxPrice();
        return Optional.of(new Refinement(new ProductQuery(before.category(), before.term(), attributes, ceiling, null),
                underCheapest ? shown.cheapest() : null));
    }
}
