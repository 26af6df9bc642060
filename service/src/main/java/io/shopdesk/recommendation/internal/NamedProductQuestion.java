package io.shopdesk.recommendation.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A question about a catalogue product the shopper names rather than one of the cards shown: "how long is the cashmere
 * scarf?", 羊绒围巾多长, "does the StormShield jacket have a hood?", "is the cashmere scarf 100% cashmere?", "which is
 * better, the cashmere scarf or the cashmere sweater?". Read as the same question about a card: the products named
 * ({@link NamedProducts}) are the cards, and each name is "it" ({@link NamedProducts.Named#asIt}), so that every way of
 * asking about a card shown (price, stock, sizes, colours, instalments, attributes, a feature) is read by
 * {@link ShownCardMessage} and answered by the same replies. A name that fits several products asks "it" of several
 * cards, none discussed: the answer asks which. A message that asks nothing ("the cashmere scarf", "I'd like the
 * cashmere scarf") is no question: a request for the product, which the cards answer. Stateless and thread-safe.
 */
public final class NamedProductQuestion {

    private NamedProductQuestion() {
    }

    /**
     * What the message asks about the products it names, or empty when it names none or asks nothing of them.
     *
     * @param named    what the message names
     * @param colourIn the colour value a piece of the message names ("black"), or null
     */
    public static Optional<ShownCardMessage> of(String text, NamedProducts.Named named, UnaryOperator<String> colourIn,
                                                AttributeQuestionWords attributeWords) {
        if (named.none()) {
            return Optional.empty();
        }
        String message = ShownCardQuestion.normalise(text);
        if (named.products().size() > 1) {
            // "which is better, the cashmere scarf or the cashmere sweater?": the names pick the cards compared.
            Optional<CardComparison> comparison = CardComparison.of(message, named.products(), null);
            if (comparison.isPresent()) {
                return Optional.of(new ShownCardMessage(comparison.get(), List.of(), true));
            }
        }
        String asIt = named.asIt(message);
        return ShownCardMessage.of(asIt, named.products(), null, null, List.of(), colourIn, attributeWords)
                .filter(read -> read.comparison() != null || asksSomething(read, asIt));
    }

    /**
     * Whether the message asks a question: a card question that only points ("it?") asks the card's details, and a
     * bare name is a request for the product, not for its details.
     */
    private static boolean asksSomething(ShownCardMessage read, String message) {
        return read.questions().stream().anyMatch(q -> !q.questions().equals(List.of(CardQuestion.DETAILS)))
                || CardQuestion.DETAILS.asks(message);
    }
}
