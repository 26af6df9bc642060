package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A question about one of the product cards the conversation was last shown: "第二个有货吗", "那个口红多少钱", "is the
 * second one in stock?", "how much is the scarf?", "I'll take the second one". Which card: by place ({@link
 * CardReference}: 第二个, "the 2nd", "#2", 最后一个), by a demonstrative (这个, 它, "it", "this one") when one card was
 * shown or one was just discussed (after several, none discussed, it asks which), by a word of one card's name or
 * tags (那个口红, "the lipstick": a word that several cards have asks which of them), or, in a message that is nothing
 * but the question (多少钱, 能分期吗, "how
 * much?"), the card just discussed or the only one. What is asked: {@link CardQuestion}, a colour named ("does it come
 * in black?", 有黑色吗), or, for a message that only points ("第二个呢", "what about the third one?"), the last
 * question about a card, else its details; several questions about the card in one breath (第一个多少钱有货吗) are all
 * asked, in the order asked ({@link CardQuestion#allIn}). A message of several sentences is {@link ShownCardMessage}'s. A place beyond the cards shown ("the fifth one" after three) is a question
 * too, answered with the cards there are; so is a place when none were shown ({@link #withoutCards}). A message that
 * points at a card and only asks whether it has a feature ("does the first one have a backlit keyboard?", 第一个有没有
 * 指纹解锁; {@link CardFeatureQuestion}) asks about that card, whatever product word the feature holds. The same question
 * of every card ("what colours do they come in?") is {@link EachCardQuestion}'s.
 * <p>
 * Not a question about a card: a message without such a question or pointer, one about an order, a return, shipping,
 * a discount or other products ("anything cheaper than the second one?", 有没有类似的), and one that points at no card
 * it was shown ({@link CardQuestionWords}). Which card a name points at is {@link PointedCard}'s. Immutable and
 * thread-safe.
 *
 * @param questions   what is asked, in the order asked: one at least
 * @param askedColour the colour value asked about ("black"), or null
 * @param sku         the card asked about, or null when the place is beyond the cards or the card is not clear
 * @param position    the card's place among those shown, from 1; for a place beyond them, the place asked for
 * @param choices     the places of the cards the message may mean, when it is not clear: those a word fits, or all
 *                    for "it" / 这个 after several cards none of which was discussed; else empty
 * @param attributes  the attributes asked about ({@link CardQuestion#ATTRIBUTE}: "is the second one waterproof?",
 *                    第一个是什么材质的), in the order asked; empty when none is
 */
public record ShownCardQuestion(List<CardQuestion> questions, String askedColour, String sku, int position,
                                List<Integer> choices, List<AskedAttribute> attributes) {

    public ShownCardQuestion {
        questions = List.copyOf(questions);
        choices = List.copyOf(choices);
        attributes = List.copyOf(attributes);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("A question about a card asks something");
        }
        if (questions.contains(CardQuestion.ATTRIBUTE) == attributes.isEmpty()) {
            throw new IllegalArgumentException("A question about a card's attributes names them, and only it does");
        }
    }

    /** A question that asks about no attribute. */
    public ShownCardQuestion(List<CardQuestion> questions, String askedColour, String sku, int position,
                             List<Integer> choices) {
        this(questions, askedColour, sku, position, choices, List.of());
    }

    /** The message as the parsers read it: lower case, full-width forms folded ("？" → "?", "２" → "2"). */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
    }

    /**
     * The question the message asks about a card shown, or empty.
     *
     * @param shown        the cards the conversation was last shown, in their order
     * @param discussed    the card a question was last answered about, or null
     * @param lastQuestion what was last asked about a card, or null
     * @param askedColour  the colour value the message names ("black"), or null
     */
    public static Optional<ShownCardQuestion> of(String text, List<Product> shown, String discussed,
                                                 CardQuestion lastQuestion, String askedColour) {
        return of(text, shown, discussed, lastQuestion, List.of(), askedColour, List.of());
    }

    /**
     * As {@link #of(String, List, String, CardQuestion, String)}, with the attributes asked about.
     *
     * @param lastAttributes the attributes last asked about a card (for "第三个呢" after 第二个防水吗), or empty
     * @param attributes     what the message asks about attributes ({@link AttributeQuestionWords#in}), or empty
     */
    public static Optional<ShownCardQuestion> of(String text, List<Product> shown, String discussed,
                                                 CardQuestion lastQuestion, List<AskedAttribute> lastAttributes,
                                                 String askedColour, List<AskedAttribute> attributes) {
        String message = normalise(text);
        if (shown.isEmpty() || CardQuestionWords.notAboutACard(message)) {
            return Optional.empty();
        }
        // The attribute words blanked out (spaces: the other words keep their places), so that "what size is the
        // screen?" asks the screen size, not the sizes, and 防水 is no word of a card's name.
        String original = message;
        message = AttributeQuestionWords.without(message, attributes);
        List<CardQuestion> asked = CardQuestionWords.asked(message, askedColour, AttributeQuestionWords.firstAt(original, attributes));
        Optional<CardReference> reference = CardReference.in(message, shown.size());
        Optional<AskedAttribute> feature = asked.isEmpty()
                ? reference.flatMap(r -> CardFeatureQuestion.in(r.removedFrom(original))) : Optional.empty();
        if (feature.isPresent()) {
            // "does the first one have a backlit keyboard?": a feature no words of attribute-questions.csv know, about
            // the card pointed at, not a request for keyboards.
            asked = List.of(CardQuestion.ATTRIBUTE);
            attributes = List.of(feature.get());
        }
        boolean onlyAttributes = asked.equals(List.of(CardQuestion.ATTRIBUTE));
        // "有37码的吗", "any in a 37?": without a place or a name, a size named asks for products in it, as an attribute does.
        boolean refining = (onlyAttributes || AskedSize.in(original) != null)
                && CardQuestionWords.REFINING.matcher(original).find();
        Product single = shown.size() == 1 ? shown.getFirst() : null;
        Product current = shown.stream().filter(p -> p.sku().equals(discussed)).findFirst().orElse(single);
        PointedCard target = null;
        String rest = message;
        if (reference.isPresent() && reference.get().kind() != CardReference.Kind.THIS) {
            CardReference at = reference.get();
            int position = at.kind() == CardReference.Kind.LAST ? shown.size() : at.position();
            target = position <= shown.size() ? PointedCard.card(shown, position) : new PointedCard(null, position, List.of());
            rest = at.removedFrom(message);
        } else {
            PointedCard named = refining ? null : PointedCard.byName(message, shown, asked);
            if (named != null) {
                target = named;
                rest = named.sku() == null ? message : PointedCard.withoutNameOf(message, shown.get(named.position() - 1));
            } else if (reference.isPresent() && current != null) {
                target = PointedCard.card(shown, shown.indexOf(current) + 1);
                rest = reference.get().removedFrom(message);
            } else if (reference.isPresent() && !asked.isEmpty()) {
                // 这个多少钱, "is it in stock?" after several cards, none discussed: which one is it?
                target = new PointedCard(null, 0, IntStream.rangeClosed(1, shown.size()).boxed().toList());
            } else if (reference.isEmpty() && current != null && !asked.isEmpty() && !CardQuestionWords.ANY_MORE.matcher(message).matches()
                    && CardQuestionWords.onlyFiller(CardQuestionWords.QUESTION_WORDS.matcher(
                            CardQuestionWords.withoutQuantity(CardQuestionWords.without(message, asked), asked)).replaceAll(" "))
                    && !refining) {
                // Nothing but the question (多少钱, "how much?"; 我要买两条: to buy, and how many): about the card just
                // discussed, or the only one. 我要买两条 after a scarf's card got "您想在哪方面调整呢".
                target = PointedCard.card(shown, shown.indexOf(current) + 1);
            }
        }
        if (target == null) {
            return Optional.empty();
        }
        if (asked.isEmpty() && target.sku() != null && AskedSize.in(original) != null) {
            // "The second one in XL?", "the last one in a 42?": whether that card comes in the size. It was read as
            // a refinement, and all three cards came back under "These come in size XL" (stop 32).
            asked = List.of(CardQuestion.SIZES);
        }
        if (asked.isEmpty()) {
            // A message that only points ("第二个呢", "what about the third one?") asks what was last asked.
            if (!CardQuestionWords.onlyFiller(rest)) {
                return Optional.empty();
            }
            boolean lastWasAttribute = lastQuestion == CardQuestion.ATTRIBUTE && !lastAttributes.isEmpty();
            asked = List.of(lastQuestion != null && (lastQuestion != CardQuestion.ATTRIBUTE || lastWasAttribute)
                    ? lastQuestion : CardQuestion.DETAILS);
            attributes = asked.contains(CardQuestion.ATTRIBUTE) ? lastAttributes : List.of();
        }
        return Optional.of(new ShownCardQuestion(asked, askedColour, target.sku(), target.position(), target.choices(),
                asked.contains(CardQuestion.ATTRIBUTE) ? attributes : List.of()));
    }

    /**
     * A question that points at a card by place when the conversation was shown none: 第一个容量多大 after "not sold"
     * (保温杯), "does the second one have a backlit keyboard?" before any cards. It is a place beyond the cards (there
     * are none): the answer says so and asks which product is meant, rather than three popular products for a
     * question the shopper asked about a card. "It" or 这个 may mean anything without cards (这个能退吗 is about what they
     * have), so a demonstrative counts only in a short Chinese message that asks nothing but its stock, price, sizes,
     * colours or attributes (这个有货吗, 这款多少钱, 这件衣服是什么面料的): the popular products came for it (心率带, 儿童雨衣,
     * 泡沫轴), which answer nothing asked (stop 30).
     *
     * @param askedColour the colour value the message names ("black"), or null
     * @param attributes  what the message asks about attributes ({@link AttributeQuestionWords#in}), or empty
     */
    public static Optional<ShownCardQuestion> withoutCards(String text, String askedColour, List<AskedAttribute> attributes) {
        String original = normalise(text);
        Optional<CardReference> reference = CardReference.in(original, 0);
        if (reference.isEmpty() || CardQuestionWords.notAboutACard(original)) {
            return Optional.empty();
        }
        String message = AttributeQuestionWords.without(original, attributes);
        List<CardQuestion> asked = CardQuestionWords.asked(message, askedColour, AttributeQuestionWords.firstAt(original, attributes));
        if (reference.get().kind() == CardReference.Kind.THIS && !asksOnlyStockOrPrice(original, asked)) {
            return Optional.empty();
        }
        List<AskedAttribute> about = asked.contains(CardQuestion.ATTRIBUTE) ? attributes : List.of();
        if (asked.isEmpty()) {
            Optional<AskedAttribute> feature = CardFeatureQuestion.in(reference.get().removedFrom(original));
            if (feature.isEmpty() && !CardQuestionWords.onlyFiller(reference.get().removedFrom(message))) {
                return Optional.empty();
            }
            asked = List.of(feature.isPresent() ? CardQuestion.ATTRIBUTE : CardQuestion.DETAILS);
            about = feature.stream().toList();
        }
        return Optional.of(new ShownCardQuestion(asked, askedColour, null, reference.get().position(), List.of(), about));
    }

    /** What a short Chinese message may ask of "this one" with no card shown: its stock, price, sizes, colours or attributes. */
    private static final java.util.Set<CardQuestion> ASKED_OF_A_PRODUCT = java.util.EnumSet.of(CardQuestion.STOCK,
            CardQuestion.PRICE, CardQuestion.SIZES, CardQuestion.COLOURS, CardQuestion.ATTRIBUTE);

    /**
     * A short Chinese message that only asks whether "this one" is in stock, what it costs, its sizes, colours or
     * attributes (这个有货吗, 这款多少钱, 这件衣服是什么面料的).
     */
    private static boolean asksOnlyStockOrPrice(String message, List<CardQuestion> asked) {
        return !asked.isEmpty() && message.codePointCount(0, message.length()) <= 10
                && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && asked.stream().allMatch(ASKED_OF_A_PRODUCT::contains);
    }

    /** The first question asked. */
    public CardQuestion question() {
        return questions.getFirst();
    }

    /** The question about a card shown (a {@code sku}). */
    public boolean aboutACard() {
        return sku != null;
    }

    /** A place beyond the cards shown ("the fifth one" after three). */
    public boolean beyondTheCards() {
        return sku == null && choices.isEmpty();
    }
}
