package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductQuery;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message read as a follow-up to the cards a conversation was last shown ({@link LastShown}), merged into their
 * query ({@link ProductFollowUps.Refinement}): "any cheaper ones?" / "便宜点的呢" (under the cheapest card shown, or
 * the card named: "cheaper than the second one" / 比第二个便宜的), "anything more expensive?" / "有没有好一点的" (over
 * the dearest, any ceiling dropped), "do you have them in black?" / "有白色的吗" (the attribute added), "any under
 * 500?" (the new ceiling), "any for men?" / "有男款吗" (for whom), "he likes cycling" / "他喜欢骑行" (the interest
 * replaced), a quality ("something warmer", 有轻一点的吗), "show me more" / "还有别的吗" / "换一批" (the same query
 * without the products shown). A message that names a category, a product word or a product is a new query. Apart
 * from {@link ProductFollowUps}, which remembers what each conversation was shown, because this is only the reading
 * of one message. Stateless and thread-safe.
 */
final class FollowUpMessage {
    private static final Pattern CHEAPER = Pattern.compile(
            "\\b(cheap|cheaper|cheapest|less expensive|less pricey|lower price|lower-priced|more affordable|affordable"
                    + "|budget|not so expensive|not as expensive)\\b|便宜|实惠|划算|低一点|价格低|省钱|平价");

    /** Asks for dearer or better than what was shown: "anything more expensive?", "higher-end ones", "贵一点的". */
    private static final Pattern PRICIER = Pattern.compile(
            "\\b(more expensive|pricier|higher[- ]end|high[- ]end|premium|fancier|better ones|better quality|top of the range)\\b"
                    + "|贵一点|贵一些|贵点|更贵|高端|高档|档次高|好一点|好一些|好点的|更好的");

    /** A comparison with something: "cheaper than the second one", "比第二个便宜的". */
    private static final Pattern THAN = Pattern.compile("\\bthan\\b|比(?!较)");

    /** The whole message asks for more of the same: "show me more", "any others?", "还有别的吗", "换一批". */
    private static final Pattern MORE = Pattern.compile(
            "(?:(?:show me|any|got any|are there any|do you have any|what about|give me)\\s+)?(?:some\\s+)?"
                    + "(?:more|others|other ones|other options|another one|anything else|something else|different ones)"
                    + "(?:\\s+(?:please|ones|options))?[?.!\\s]*"
                    + "|(?:还有|有没有)?(?:别的|其他|其它)(?:的|款|款式|推荐)?(?:吗|呢|嘛)?[？?。!！\\s]*"
                    + "|(?:换一批|换一些|换几个|还有吗|更多)[？?。!！\\s]*");

    /**
     * The last query refined by this message, when the message is a follow-up to it; otherwise empty (see
     * {@link ProductFollowUps#refine(String, String, ProductQuery, List, Optional)}).
     *
     * @param shown  what the conversation was last shown
     * @param cards  the cards last shown as the catalogue has them now, for "cheaper than the second one"
     * @param asked  the quality the message asks of the cards, or empty
     */
    static Optional<ProductFollowUps.Refinement> refine(LastShown shown, String text, ProductQuery parsed,
                                                         List<Product> cards, Optional<ProductQuality> asked) {
        if (parsed.productSku() != null) {
            return Optional.empty();
        }
        // "any cheaper running shoes?" after running shoes names the same product word: still a follow-up.
        boolean sameWord = parsed.term() != null && parsed.term().equalsIgnoreCase(shown.query().term())
                && java.util.Objects.equals(parsed.category(), shown.query().category());
        // A gift after cards that were none ("a gift for my mom under 300" after running shoes) asks for something else.
        if ((!sameWord && (parsed.category() != null || parsed.term() != null))
                || (parsed.gift() && !shown.query().gift())) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT).strip();
        boolean cheaper = CHEAPER.matcher(lower).find();
        boolean pricier = !cheaper && !parsed.hasPrice() && PRICIER.matcher(lower).find();
        boolean forWhom = parsed.recipient() != null;
        boolean interest = !parsed.interests().isEmpty();
        // "Lighter", "warmer" without cheaper or dearer: cheaper and dearer say more than a quality beside them.
        Optional<ProductQuality> quality = cheaper || pricier ? Optional.empty() : asked;
        if (!cheaper && !pricier && !forWhom && !interest && parsed.attributes().isEmpty() && !parsed.hasPrice()
                && quality.isEmpty()) {
            return !sameWord && MORE.matcher(lower).matches()
                    ? Optional.of(new ProductFollowUps.Refinement(shown.query(), null, null, shown.skus()))
                    : Optional.empty();
        }
        ProductQuery before = shown.query();
        Map<String, String> attributes = new LinkedHashMap<>(before.attributes());
        attributes.putAll(parsed.attributes());
        String recipient = parsed.recipient() != null ? parsed.recipient() : before.recipient();
        // "Something cheaper?" after a gift for a dad who likes running is still running things for him; "he likes
        // cycling" after them is cycling things instead.
        ProductQuery merged = new ProductQuery(before.category(), before.term(), attributes, null, null,
                recipient, before.gift()).withPriceOf(before)
                .withInterests(interest ? parsed.interests() : before.interests());
        // "Cheaper than the second one" is cheaper than that card; "cheaper than these", or no card named, than the
        // cheapest shown (the dearest, for dearer).
        BigDecimal named = namedCardPrice(lower, cards, shown);
        // Someone new to buy for ("something for a man instead", 有没有适合男生的): the reply says so when the products
        // are for anyone.
        String newRecipient = forWhom && !parsed.recipient().equals(before.recipient()) ? parsed.recipient() : null;
        if (quality.isPresent()) {
            ProductQuery priced = parsed.hasPrice() ? merged.withPriceOf(parsed) : merged;
            return Optional.of(new ProductFollowUps.Refinement(priced, null, null, shown.skus(), false,
                    AskedQuality.of(quality.get(), cards), newRecipient));
        }
        if (pricier) {
            // Dearer than every card shown: a ceiling given before would forbid exactly what is asked for.
            return Optional.of(new ProductFollowUps.Refinement(merged.withoutMaxPrice(), null,
                    named != null ? named : shown.dearest(), Set.of(), true));
        }
        boolean underCheapest = cheaper && !parsed.hasPrice();
        BigDecimal bound = named != null ? named : shown.cheapest();
        // A new price replaces the last one whole ("around 300" after "under 500"); "cheaper" is under the cheapest
        // card shown, whatever band or floor the last query had; otherwise the last query's price stays.
        ProductQuery priced = parsed.hasPrice() ? merged.withPriceOf(parsed)
                : underCheapest ? merged.withMaxPrice(bound.subtract(new BigDecimal("0.01")))
                : merged;
        return Optional.of(new ProductFollowUps.Refinement(priced, underCheapest ? bound : null, null, Set.of(),
                underCheapest, null, newRecipient));
    }

    /**
     * The price of the one card a "cheaper than …" / "比…便宜" message names (第二个, "the second one", "the scarf", "it"
     * for the card just discussed), as the catalogue has it now; null when it names none, several, or "these" / 它们.
     */
    private static BigDecimal namedCardPrice(String lower, List<Product> cards, LastShown shown) {
        if (cards.isEmpty() || !THAN.matcher(lower).find()) {
            return null;
        }
        CardMentions mentions = CardMentions.in(ShownCardQuestion.normalise(lower), cards, shown.discussed());
        if (mentions.all() || mentions.unclear() || mentions.positions().size() != 1 || mentions.beyond(cards.size())) {
            return null;
        }
        return cards.get(mentions.positions().getFirst() - 1).price();
    }

    private FollowUpMessage() {
    }
}
