package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What a whole message asks about the cards the conversation was last shown: a comparison of them ({@link
 * CardComparison}: 第二个和第三个哪个好, "which one is cheaper?"), or questions about one card or several, each with
 * what is asked of it ({@link ShownCardQuestion}): 第一个多少钱？有货吗？ (price and stock of the first), 第一个多少钱，第二个
 * 呢 (the price of each), 第一个和第二个有货吗, "how much is the first one and is it in stock?". The message is read
 * sentence by sentence (cut at ? ! 。 ； and commas, at 另外 / 顺便问下, and at "and" / "also" before a new question); a
 * sentence that only points (第三个呢, "the 2nd one,") goes with the question after it, and "it" / 它 / a sentence that
 * is only a question is about the card of the sentence before. Immutable and thread-safe.
 *
 * @param comparison the comparison asked for, or null
 * @param questions  the questions about cards, one per card in the order first asked (its questions in the order
 *                   asked); empty for a comparison
 * @param whole      every sentence of the message is about the cards shown: nothing else in it wants an answer (the
 *                   dialogue then answers it as one question rather than cutting it into several)
 */
public record ShownCardMessage(CardComparison comparison, List<ShownCardQuestion> questions, boolean whole) {

    public ShownCardMessage {
        questions = List.copyOf(questions);
    }

    /** A sentence that asks nothing and needs no answer of its own: 谢谢, "thanks", 你好, "hi". */
    private static final Pattern COURTESY = Pattern.compile("(?:谢谢|多谢|感谢|麻烦了|麻烦您了|好的|你好|您好|亲|在吗|哈|嗯"
            + "|\\b(?:thanks|thank you|thx|please|hi|hello|hey|ok|okay)\\b|[\\s,.!~，。！～])*");
    private static final Pattern SENTENCES = Pattern.compile("[?!。？！；;\\n]+|[,，]"
            + "|\\s+(?:and|also|plus)\\s+(?=(?:is|are|does|do|can|could|what|what's|how|will|would|tell|any)\\b)"
            + "|另外|以及|顺便问(?:下|一下)?|再问(?:下|一下)|还想问(?:下|一下)?");

    /**
     * What the message asks about the cards shown, or empty when it asks nothing about them; with none shown, a
     * message that is only a question about a card by place ({@link ShownCardQuestion#withoutCards}).
     *
     * @param shown        the cards the conversation was last shown, in their order
     * @param discussed    the card a question was last answered about, or null
     * @param lastQuestion what was last asked about a card, or null
     * @param colourIn     the colour value a piece of the message names ("black"), or null
     */
    public static Optional<ShownCardMessage> of(String text, List<Product> shown, String discussed,
                                                CardQuestion lastQuestion, UnaryOperator<String> colourIn) {
        return of(text, shown, discussed, lastQuestion, List.of(), colourIn, AttributeQuestionWords.NONE);
    }

    /**
     * As {@link #of(String, List, String, CardQuestion, UnaryOperator)}, with questions about attributes
     * ("is the second one waterproof?", 第一个是什么材质的).
     *
     * @param lastAttributes the attributes last asked about a card, or empty
     * @param attributeWords the words that ask about attributes ({@code attribute-questions.csv})
     */
    public static Optional<ShownCardMessage> of(String text, List<Product> shown, String discussed,
                                                CardQuestion lastQuestion, List<AskedAttribute> lastAttributes,
                                                UnaryOperator<String> colourIn, AttributeQuestionWords attributeWords) {
        String message = ShownCardQuestion.normalise(text);
        if (shown.isEmpty()) {
            Optional<CardComparison> comparison = CardComparison.withoutCards(message);
            if (comparison.isPresent()) {
                // 这个和那个有什么区别 with no cards shown: which two products, not the popular ones.
                return Optional.of(new ShownCardMessage(comparison.get(), List.of(), true));
            }
            // 第一个容量多大 with no cards shown: a message that is nothing but that question is told there is no such card.
            List<String> sentences = sentences(message, attributeWords).stream()
                    .filter(s -> !COURTESY.matcher(s).matches()).toList();
            return sentences.size() != 1 ? Optional.empty()
                    : ShownCardQuestion.withoutCards(message, colourIn.apply(message), attributeWords.in(message))
                    .map(q -> new ShownCardMessage(null, List.of(q), true));
        }
        Optional<CardComparison> comparison = CardComparison.of(message, shown, discussed);
        if (comparison.isPresent()) {
            return Optional.of(new ShownCardMessage(comparison.get(), List.of(), true));
        }
        if (CardQuestionWords.notAboutACard(message)) {
            // 第一个多少钱？快递几天到？ is no question about cards alone: the dialogue cuts it into its questions.
            return Optional.empty();
        }
        List<ShownCardQuestion> asked = new ArrayList<>();
        boolean whole = true;
        String card = discussed;
        CardQuestion last = lastQuestion;
        List<AskedAttribute> lastAsked = lastAttributes;
        List<String> sentences = sentences(message, attributeWords);
        for (String sentence : sentences) {
            List<ShownCardQuestion> read = read(sentence, shown, card, last, lastAsked, colourIn, attributeWords,
                    sentences.size() == 1);
            if (read.isEmpty()) {
                whole &= COURTESY.matcher(sentence).matches();
                continue;
            }
            asked.addAll(read);
            ShownCardQuestion latest = read.getLast();
            if (latest.aboutACard()) {
                card = latest.sku();
                last = latest.questions().getLast();
                lastAsked = latest.attributes().isEmpty() ? lastAsked : latest.attributes();
            }
        }
        if (!whole) {
            // Something else is asked too (第一个多少钱？你们是正品吗？): the message read as one question about a card, as
            // before it was read sentence by sentence ("多少钱，那个口红" is the lipstick's price); the dialogue may cut it.
            Optional<ShownCardQuestion> one = ShownCardQuestion.of(message, shown, discussed, lastQuestion,
                    lastAttributes, colourIn.apply(message), attributeWords.in(message));
            if (one.isPresent()) {
                return Optional.of(new ShownCardMessage(null, List.of(one.get()), false));
            }
        }
        return asked.isEmpty() ? Optional.empty() : Optional.of(new ShownCardMessage(null, byCard(asked), whole));
    }

    /**
     * The sentences of a normalised message, a sentence without a question joined to the one after it ("the 2nd one,
     * how much?" is one question).
     */
    static List<String> sentences(String message) {
        return sentences(message, AttributeQuestionWords.NONE);
    }

    /** As {@link #sentences(String)}; a sentence asking about an attribute ("第二个防水吗") asks a question too. */
    static List<String> sentences(String message, AttributeQuestionWords attributeWords) {
        List<String> sentences = new ArrayList<>();
        String pending = "";
        for (String piece : SENTENCES.split(message)) {
            String sentence = (pending + " " + piece).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            if (CardQuestion.allIn(sentence).isEmpty() && attributeWords.in(sentence).isEmpty()) {
                pending = sentence;
            } else {
                sentences.add(sentence);
                pending = "";
            }
        }
        if (!pending.isEmpty()) {
            sentences.add(pending);
        }
        return sentences;
    }

    /**
     * The questions of one sentence: about one card, or the same about each of several named (第一个和第二个多少钱);
     * {@code wholeMessage}: the sentence is the whole message (多少钱 alone asks each card's price, 多少钱，那个口红 not).
     */
    private static List<ShownCardQuestion> read(String sentence, List<Product> shown, String discussed,
                                                CardQuestion lastQuestion, List<AskedAttribute> lastAttributes,
                                                UnaryOperator<String> colourIn, AttributeQuestionWords attributeWords,
                                                boolean wholeMessage) {
        String colour = colourIn.apply(sentence);
        Optional<ShownCardQuestion> question = ShownCardQuestion.of(sentence, shown, discussed, lastQuestion,
                lastAttributes, colour, attributeWords.in(sentence));
        if (question.isEmpty()) {
            // "What colours do they come in?", 有什么颜色 after three cards: each card's.
            return EachCardQuestion.in(sentence, shown, discussed, colour, attributeWords.in(sentence), wholeMessage);
        }
        CardMentions named = CardMentions.in(sentence, shown, discussed);
        if (named.positions().size() >= 2 && !named.beyond(shown.size())) {
            // A question about the first card named is the same question of each card named.
            return named.positions().stream().map(at -> new ShownCardQuestion(question.get().questions(), colour,
                    shown.get(at - 1).sku(), at, List.of(), question.get().attributes())).toList();
        }
        return question.stream().toList();
    }

    /** One question per card, in the order first asked: 多少钱 and 有货吗 about the first are one question of two. */
    private static List<ShownCardQuestion> byCard(List<ShownCardQuestion> asked) {
        Map<String, ShownCardQuestion> byCard = new LinkedHashMap<>();
        List<ShownCardQuestion> unclear = new ArrayList<>();
        for (ShownCardQuestion question : asked) {
            if (!question.aboutACard()) {
                unclear.add(question);
                continue;
            }
            byCard.merge(question.sku(), question, (before, now) -> {
                LinkedHashSet<CardQuestion> both = new LinkedHashSet<>(before.questions());
                both.addAll(now.questions());
                List<AskedAttribute> attributes = new ArrayList<>(before.attributes());
                now.attributes().stream().filter(a -> attributes.stream().noneMatch(a::sameAs)).forEach(attributes::add);
                return new ShownCardQuestion(List.copyOf(both),
                        before.askedColour() != null ? before.askedColour() : now.askedColour(),
                        before.sku(), before.position(), List.of(), attributes);
            });
        }
        // A card not clear ("it" after three cards) is asked which only when nothing else was clear.
        return byCard.isEmpty() ? unclear.subList(0, 1) : List.copyOf(byCard.values());
    }

    /** The reading of the message as the rules see it: {@code compare}, else the first question asked. */
    public String code() {
        return comparison != null ? "compare" : questions.getFirst().question().code();
    }

    /**
     * Whether the message asks the same of every card shown, one by one ("what colours do they come in?", 有什么颜色):
     * no card is then the one "it" means next.
     */
    public boolean everyCard(int shown) {
        return comparison == null && shown > 1 && questions.size() == shown
                && questions.stream().allMatch(q -> q.aboutACard() && q.questions().equals(questions.getFirst().questions()));
    }

    /** Whether the message asks about one card only (the answer then shows products similar to it when it is sold out). */
    public boolean oneCard() {
        return comparison == null && questions.size() == 1;
    }
}
