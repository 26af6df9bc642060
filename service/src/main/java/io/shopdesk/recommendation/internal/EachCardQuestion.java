package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * One question asked of every card the conversation was last shown: a question that says "they" / "them" / "these" /
 * "each" / 它们 / 这些 / 这几款 / 都 ("what colours do they come in?", "are they in stock?", "how much are they?",
 * 它们都有什么颜色, 它们有货吗), or, with no card discussed, one that is nothing but a question about colours or sizes
 * ("what colours", "what sizes?", 有什么颜色, 有哪些尺码; in Chinese the price too: 多少钱). It is read as one {@link ShownCardQuestion} per card, in their
 * order, and answered a line per card from the catalogue. Before, "what colours" after three running shoes got the
 * fallback, and 有什么颜色 three unrelated popular products. Stateless and thread-safe.
 * <p>
 * Only questions each card can answer from its facts (colours, sizes, price, stock, instalments, an attribute). Not
 * one: a message that points at one card (第二个, "it": {@link ShownCardQuestion#of}), fewer than two cards shown, a
 * colour or size named ("do they come in black?", "do you have them in size 44?" ask for such products: a refinement
 * of the cards), a message asking for products with a property ("any waterproof ones?"), or about an order, a
 * discount or other products ({@link CardQuestionWords#notAboutACard}).
 */
final class EachCardQuestion {
    /** The questions each card shown can answer from the catalogue. */
    private static final Set<CardQuestion> OF_EACH = EnumSet.of(CardQuestion.COLOURS, CardQuestion.SIZES,
            CardQuestion.PRICE, CardQuestion.STOCK, CardQuestion.INSTALMENTS, CardQuestion.ATTRIBUTE);
    /** The questions that, as the whole message, ask about every card when none was discussed (有什么颜色). */
    private static final Set<CardQuestion> BARE = EnumSet.of(CardQuestion.COLOURS, CardQuestion.SIZES);
    /**
     * In Chinese the price too: 多少钱 or 价格呢 right after two down jackets fell back, or got the price protection
     * (stop 31); each card's price answers it.
     */
    private static final Set<CardQuestion> BARE_ZH = EnumSet.of(CardQuestion.COLOURS, CardQuestion.SIZES,
            CardQuestion.PRICE);
    /** All the cards shown: "they", "them", "these", "each", "all", 它们, 这些, 这几款, 每款, 都. */
    private static final Pattern ALL_CARDS = Pattern.compile(
            "它们|这些|那些|(?:这|那)几(?:个|款|件|双|样|种)?|每(?:一)?(?:个|款|件|双|样)|都|分别|各"
                    + "|\\b(?:they|them|these|those|each(?: one)?|all(?: of them)?|every one)\\b");
    /** Words of a question about every card that say nothing more: "what … do they come in?", "are they available". */
    private static final Pattern FILLER = Pattern.compile(
            "\\b(?:come|comes|available|offered|there|which|get|sell|carry)\\b");

    private EachCardQuestion() {
    }

    /**
     * The question asked of each card shown, one per card in their order; empty when the message is no such question.
     *
     * @param discussed   the card a question was last answered about, or null
     * @param askedColour the colour value the message names ("black"), or null
     * @param attributes  what the message asks about attributes ({@link AttributeQuestionWords#in}), or empty
     * @param wholeMessage the text is the whole message, not one sentence of several: only then does a bare Chinese
     *                     price (多少钱) ask each card's (多少钱，那个口红 asks the lipstick's)
     */
    static List<ShownCardQuestion> in(String text, List<Product> shown, String discussed, String askedColour,
                                      List<AskedAttribute> attributes, boolean wholeMessage) {
        String original = ShownCardQuestion.normalise(text);
        if (shown.size() < 2 || askedColour != null || AskedSize.in(original) != null
                || CardQuestionWords.notAboutACard(original)) {
            return List.of();
        }
        String message = AttributeQuestionWords.without(original, attributes);
        List<CardQuestion> asked = CardQuestionWords.asked(message, null, AttributeQuestionWords.firstAt(original, attributes));
        if (asked.isEmpty() || !OF_EACH.containsAll(asked) || CardReference.in(message, shown.size()).isPresent()
                || (asked.contains(CardQuestion.ATTRIBUTE) && CardQuestionWords.REFINING.matcher(original).find())) {
            return List.of();
        }
        boolean all = ALL_CARDS.matcher(message).find();
        boolean chinese = message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean bare = (chinese && wholeMessage ? BARE_ZH : BARE).containsAll(asked);
        if (!all && (discussed != null || !bare)) {
            return List.of();
        }
        String rest = CardQuestionWords.without(message, asked);
        for (Pattern nothingMore : List.of(CardQuestionWords.QUESTION_WORDS, ALL_CARDS, FILLER)) {
            rest = nothingMore.matcher(rest).replaceAll(" ");
        }
        if (!CardQuestionWords.onlyFiller(rest)) {
            return List.of();
        }
        List<AskedAttribute> about = asked.contains(CardQuestion.ATTRIBUTE) ? attributes : List.of();
        return IntStream.rangeClosed(1, shown.size()).mapToObj(at -> new ShownCardQuestion(asked, null,
                shown.get(at - 1).sku(), at, List.of(), about)).toList();
    }
}
