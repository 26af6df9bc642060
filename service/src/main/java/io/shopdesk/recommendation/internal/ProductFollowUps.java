package io.shopdesk.recommendation.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductQuery;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The product query each conversation was last shown cards for, so that a follow-up which names no product refines
 * it: "any cheaper ones?" / "便宜点的呢" (under the cheapest card shown), "anything more expensive?" /
 * "有没有好一点的" (over the dearest card shown, any ceiling dropped), "do you have them in black?" / "有白色的吗"
 * (the attribute added), "any under 500?" (the new ceiling), "any for men?" / "有男款吗" (for whom), "he likes
 * cycling" / "他喜欢骑行" (what the person likes, replacing the interest before), "show me more" /
 * "还有别的吗" / "换一批" (the same query without the products already shown). Cheapest and dearest are those of the
 * cards that are what was asked for: running shoes shown with insoles after them are compared with the shoes, not
 * with the ¥99 insoles (an accessory card counts only when every card is one); "cheaper than the second one" / 比第二个
 * 便宜的 compares with that card. Cheaper and dearer stay within the request ({@link Refinement#withinTheRequest}: gifts
 * for a gift, a runner's running things), whose whom, size and other filters the refinement keeps. A message that
 * names a category, a product word or a product is a new query, and a bare "them" refines nothing. What is remembered
 * is the query as the cards answered it: a ceiling or attributes the selection had to give up
 * ({@link CatalogueSelection.Relaxed}; never the size) are not carried into the next message. The cards of the last reply are kept in their order, with the card a question was last answered
 * about, for questions about one of them ({@link ShownCardQuestion}: "is the second one in stock?"), and the last
 * colour asked about one of them, which a comparison tells ("only the first comes in black"). Kept in memory for
 * 30 minutes after the last cards, at
 * most 100,000 conversations: a restart forgets it, and the shopper then gets the new message's own answer. What
 * is remembered per conversation is a {@link LastShown}; {@link FollowUpMessage} reads the message against it.
 * Thread-safe.
 */
public final class ProductFollowUps {
    /**
     * A follow-up merged into the last query.
     *
     * @param cheaperThan  the cheapest card shown, when the shopper asked for cheaper; null otherwise
     * @param pricierThan  the dearest card shown, when the shopper asked for dearer or better: only products that cost
     *                     more are wanted; null otherwise
     * @param exclude      the products already shown for this query, when the shopper asked for more; else empty
     * @param withinTheRequest for cheaper or dearer: the products must suit the request beyond its filters
     *                     ({@link ProductQuery#suitsTheRequest}: gifts for a gift, running things for a runner), so that
     *                     "anything cheaper?" after gifts for the elderly is cheaper gifts or none, not a foam roller
     */
    public record Refinement(ProductQuery query, BigDecimal cheaperThan, BigDecimal pricierThan, Set<String> exclude,
                             boolean withinTheRequest, AskedQuality quality, String newRecipient) {
        public Refinement {
            exclude = Set.copyOf(exclude);
        }

        /** A refinement that asks no quality and names nobody new. */
        public Refinement(ProductQuery query, BigDecimal cheaperThan, BigDecimal pricierThan, Set<String> exclude,
                          boolean withinTheRequest) {
            this(query, cheaperThan, pricierThan, exclude, withinTheRequest, null, null);
        }

        /** A refinement whose products need not suit the request beyond its filters (an attribute, a price, more). */
        public Refinement(ProductQuery query, BigDecimal cheaperThan, BigDecimal pricierThan, Set<String> exclude) {
            this(query, cheaperThan, pricierThan, exclude, false);
        }
    }

    private final Cache<String, LastShown> last = CacheBuilder.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(30))
            .build();

    /** Remembers cards none of which is an accessory: see {@link #remember(String, ProductQuery, CatalogueSelection.Relaxed, Map, Set)}. */
    public void remember(String conversationId, ProductQuery query, CatalogueSelection.Relaxed relaxed,
                         Map<String, BigDecimal> cards) {
        remember(conversationId, query, relaxed, cards, Set.of());
    }

    /**
     * Remembers the query a conversation was just shown cards for, what the selection gave up, and the cards (sku to
     * price) with those that are accessories. Cards for the same query as before add to the products shown for it.
     */
    public void remember(String conversationId, ProductQuery query, CatalogueSelection.Relaxed relaxed,
                         Map<String, BigDecimal> cards, Set<String> accessories) {
        if (conversationId == null || cards.isEmpty()) {
            return;
        }
        ProductQuery served = switch (relaxed) {
            case PRICE -> query.withoutMaxPrice();
            case ATTRIBUTES -> query.withSizeOnly();
            case PRICE_AND_ATTRIBUTES -> query.withSizeOnly().withoutMaxPrice();
            case NONE -> query;
        };
        LastShown before = last.getIfPresent(conversationId);
        boolean sameQuery = before != null && before.query().equals(served);
        Set<String> skus = new LinkedHashSet<>(sameQuery ? before.skus() : Set.of());
        skus.addAll(cards.keySet());
        // "Cheaper" compares with what was asked for: the shoes shown, not the insoles after them.
        List<BigDecimal> prices = cards.entrySet().stream().filter(card -> !accessories.contains(card.getKey()))
                .map(Map.Entry::getValue).toList();
        if (prices.isEmpty()) {
            prices = List.copyOf(cards.values());
        }
        BigDecimal cheapest = prices.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal dearest = prices.stream().max(BigDecimal::compareTo).orElseThrow();
        // The cards in the order shown, for "the second one"; a new set of cards leaves no card discussed.
        last.put(conversationId, new LastShown(served, java.util.Collections.unmodifiableSet(skus),
                sameQuery ? cheapest.min(before.cheapest()) : cheapest, sameQuery ? dearest.max(before.dearest()) : dearest,
                List.copyOf(cards.keySet()), null, null, null, List.of()));
    }

    /** The cards the conversation was last shown, in their order; empty when none (or forgotten). */
    public List<String> shownCards(String conversationId) {
        LastShown shown = conversationId == null ? null : last.getIfPresent(conversationId);
        return shown == null ? List.of() : shown.cards();
    }

    /** The card a question was last answered about ("第二个有货吗"), while its cards are the last shown; else null. */
    public String discussed(String conversationId) {
        LastShown shown = conversationId == null ? null : last.getIfPresent(conversationId);
        return shown == null ? null : shown.discussed();
    }

    /** What was last asked about a card, while its cards are the last shown; else null. */
    public CardQuestion lastQuestion(String conversationId) {
        LastShown shown = conversationId == null ? null : last.getIfPresent(conversationId);
        return shown == null ? null : shown.question();
    }

    /** The attributes last asked about a card, when that was the last question about one; else empty. */
    public List<AskedAttribute> lastAttributes(String conversationId) {
        LastShown shown = conversationId == null ? null : last.getIfPresent(conversationId);
        return shown == null ? List.of() : shown.attributes();
    }

    /**
     * Remembers a question answered about a card, so that "它多少钱" or "第三个呢" next are about that card or that
     * question; with {@code cards} when the answer showed other products too (similar ones to a card sold out), which
     * are then the cards shown. The query the cards answered stays, for "any cheaper ones?".
     */
    public void discussed(String conversationId, String sku, CardQuestion question, List<String> cards) {
        discussed(conversationId, sku, question, null, cards);
    }

    /** As {@link #discussed(String, String, CardQuestion, List)}, with the colour asked about the card (or null). */
    public void discussed(String conversationId, String sku, CardQuestion question, String askedColour, List<String> cards) {
        discussed(conversationId, sku, question, askedColour, List.of(), cards);
    }

    /**
     * As {@link #discussed(String, String, CardQuestion, String, List)}, with the attributes asked about the card
     * (remembered when {@code question} is {@link CardQuestion#ATTRIBUTE}, for "第三个呢" next).
     */
    public void discussed(String conversationId, String sku, CardQuestion question, String askedColour,
                          List<AskedAttribute> attributes, List<String> cards) {
        LastShown shown = conversationId == null ? null : last.getIfPresent(conversationId);
        if (shown != null) {
            LastShown now = shown.discussing(sku, question, askedColour, attributes);
            last.put(conversationId, cards.size() > 1 ? now.showing(cards) : now);
        }
    }

    /**
     * Remembers a comparison of the cards answered: the card it pointed to ("which one is cheaper?": the cheaper one)
     * is the one "它" / "it" means next; with none ({@code sku} null), "it" is not clear. The cards keep their places.
     */
    public void compared(String conversationId, String sku) {
        LastShown shown = conversationId == null ? null : last.getIfPresent(conversationId);
        if (shown != null) {
            last.put(conversationId, shown.discussing(sku, null, null, List.of()));
        }
    }

    /**
     * The colour the shopper said they want of the cards shown: the last colour asked about one of them ("2号有黑色吗"),
     * else the colour of the query the cards answered ("black running shoes"); null for none.
     */
    public String wantedColour(String conversationId) {
        LastShown shown = conversationId == null ? null : last.getIfPresent(conversationId);
        if (shown == null) {
            return null;
        }
        return shown.colour() != null ? shown.colour() : shown.query().attributes().get("color");
    }

    /**
     * The conversation's last query refined by this message, when the message is a follow-up to it (it names no
     * category, product word or product, no gift unless the last cards were gifts, and asks for cheaper, dearer, an
     * attribute, a price ceiling, someone to buy for, what they like or more); otherwise empty. The last query's
     * recipient and interests stay unless the message names others ("he likes cycling").
     */
    public Optional<Refinement> refine(String conversationId, String text, ProductQuery parsed) {
        return refine(conversationId, text, parsed, List.of());
    }

    /**
     * As {@link #refine(String, String, ProductQuery)}, with the cards last shown as the catalogue has them, so that
     * "anything cheaper than the second one?" / "有没有比第二个便宜的" is cheaper than that card rather than the cheapest.
     */
    public Optional<Refinement> refine(String conversationId, String text, ProductQuery parsed, List<Product> cards) {
        return refine(conversationId, text, parsed, cards, Optional.empty());
    }

    /**
     * As {@link #refine(String, String, ProductQuery, List)}, with the quality the message asks of the cards ("something
     * warmer", 有轻一点的吗; {@link QualityWords}): the request stays whole (category, product word, attributes, price,
     * for whom, the gift) and the products must have the quality; the cards shown are not shown again.
     */
    public Optional<Refinement> refine(String conversationId, String text, ProductQuery parsed, List<Product> cards,
                                       Optional<ProductQuality> asked) {
        LastShown shown = conversationId == null ? null : last.getIfPresent(conversationId);
        return shown == null ? Optional.empty() : FollowUpMessage.refine(shown, text, parsed, cards, asked);
    }
}
