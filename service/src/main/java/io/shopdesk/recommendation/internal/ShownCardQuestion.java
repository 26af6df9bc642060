package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * it was shown. Immutable and thread-safe.
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

    /**
     * A message that asks for products with a property rather than about a card's ("any waterproof ones?", 有防水的吗,
     * 有没有速干的): without a place or a name pointing at a card, an attribute word refines the cards.
     */
    static final Pattern REFINING = Pattern.compile(
            "有没有|还有|有[^第]{0,8}的(?:吗|么|嘛|呢)?[\\s?!.。？！]*$|的有(?:吗|么|嘛|没有)?[\\s?!.。？！]*$|来(?:个|一个|款)"
                    + "|\\b(?:any|ones|some|show|those|them|others?)\\b");

    /**
     * A message about an order, a past purchase, a return, shipping, a day or a discount: never about a card, nor a
     * comparison of cards ({@link CardComparison}).
     */
    static final Pattern OFF_TOPIC = Pattern.compile(
            "退|换货|换一|取消|投诉|坏了|破损|质量问题|运费|邮费|快递|物流|发货|配送|优惠券|发票|订单|优惠|打折|折扣|减价|降价|砍价"
                    + "|\\b(?:return|returns|refund|exchange|cancel|complain|complaint|broken|damaged|ship|shipping|delivery"
                    + "|deliver|courier|coupon|voucher|invoice|my order|the order|order number|discount|deal|better price"
                    + "|ordered|bought|purchased|(?:on|by|until|before|after) the \\d{1,2}(?:st|nd|rd|th))\\b"
                    + "|上次|以前买|之前买|买过");
    /**
     * A message asking for other products (cheaper, dearer, similar: the follow-ups that refine the cards) or haggling
     * (便宜点): no question about one card. A comparison of cards says 哪个更便宜 with words of its own.
     */
    private static final Pattern OTHER_PRODUCTS = Pattern.compile(
            "比.{0,8}(?:便宜|贵|好)|类似|相似|一样的|除了|便宜点|便宜些|便宜一点|更便宜|更贵"
                    + "|\\b(?:cheaper|pricier|more expensive|less expensive|similar|something like|anything like|ones like"
                    + "|instead|else)\\b");
    /**
     * Words that say nothing of what is asked, left once the pointer and the question are taken out (放 and "go", "put":
     * 能放洗碗机吗 and "can it go in the dishwasher?" ask only whether it is dishwasher safe).
     */
    static final Pattern FILLER = Pattern.compile(
            "那么|请问|一下|可以|支持|关于|你好|放进|放到|[那呢吗啊呀吧嘛么的了还是要能有没不亲哦和跟呀放]"
                    + "|\\b(?:and|so|ok|okay|what|about|how|the|a|an|please|then|well|also|is|are|it|its|hmm|oh|right|can|i"
                    + "|pay|in|for|do|does|you|have|one|me|tell|more|of|its|go|put|into|be)\\b|'s\\b|[\\s,.?!~'\"，。？！～、]");
    /** Question words that say no more than the question itself: 有什么颜色, 有哪些尺码. */
    static final Pattern QUESTION_WORDS = Pattern.compile("什么|哪些|哪几种|几种");
    /** 还有吗 alone asks for more products (ProductFollowUps), not whether the card is still in stock. */
    private static final Pattern ANY_MORE = Pattern.compile("\\s*还有(?:吗|么|没|没有|嘛)?[\\s?!.。？！]*");
    private static final Pattern DETERMINER_ZH = Pattern.compile("(?:这|那)一?(?:个|款|件|条|双|支|瓶|样|种|套|只|台|把|盒|顶|块|张)([\\p{IsHan}]{2,8})");
    /** English words after "the" that name no product: "the price", "the first". */
    private static final java.util.Set<String> NO_NAME_EN = java.util.Set.of("price", "prices", "cost", "stock", "size",
            "sizes", "colour", "colours", "color", "colors", "same", "other", "one", "ones", "first", "second", "third",
            "last", "product", "products", "item", "items", "card", "cards", "brand", "link", "set", "pack", "shop",
            "store", "website", "app", "page", "details", "in", "is", "for", "and", "it", "available", "still");

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
        if (shown.isEmpty() || notAboutACard(message)) {
            return Optional.empty();
        }
        // The attribute words blanked out (spaces: the other words keep their places), so that "what size is the
        // screen?" asks the screen size, not the sizes, and 防水 is no word of a card's name.
        String original = message;
        message = AttributeQuestionWords.without(message, attributes);
        List<CardQuestion> asked = asked(message, askedColour, AttributeQuestionWords.firstAt(original, attributes));
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
        boolean refining = (onlyAttributes || AskedSize.in(original) != null) && REFINING.matcher(original).find();
        Product single = shown.size() == 1 ? shown.getFirst() : null;
        Product current = shown.stream().filter(p -> p.sku().equals(discussed)).findFirst().orElse(single);
        Target target = null;
        String rest = message;
        if (reference.isPresent() && reference.get().kind() != CardReference.Kind.THIS) {
            CardReference at = reference.get();
            int position = at.kind() == CardReference.Kind.LAST ? shown.size() : at.position();
            target = position <= shown.size() ? Target.card(shown, position) : new Target(null, position, List.of());
            rest = at.removedFrom(message);
        } else {
            Target named = refining ? null : named(message, shown, asked);
            if (named != null) {
                target = named;
                rest = named.sku() == null ? message : withoutNameOf(message, shown.get(named.position() - 1));
            } else if (reference.isPresent() && current != null) {
                target = Target.card(shown, shown.indexOf(current) + 1);
                rest = reference.get().removedFrom(message);
            } else if (reference.isPresent() && !asked.isEmpty()) {
                // 这个多少钱, "is it in stock?" after several cards, none discussed: which one is it?
                target = new Target(null, 0, IntStream.rangeClosed(1, shown.size()).boxed().toList());
            } else if (reference.isEmpty() && current != null && !asked.isEmpty() && !ANY_MORE.matcher(message).matches()
                    && onlyFiller(QUESTION_WORDS.matcher(without(message, asked)).replaceAll(" "))
                    && !refining) {
                // Nothing but the question (多少钱, "how much?"): about the card just discussed, or the only one.
                target = Target.card(shown, shown.indexOf(current) + 1);
            }
        }
        if (target == null) {
            return Optional.empty();
        }
        if (asked.isEmpty()) {
            // A message that only points ("第二个呢", "what about the third one?") asks what was last asked.
            if (!onlyFiller(rest)) {
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
     * question the shopper asked about a card. Only a place counts: "it" or 这个 may mean anything without cards.
     *
     * @param askedColour the colour value the message names ("black"), or null
     * @param attributes  what the message asks about attributes ({@link AttributeQuestionWords#in}), or empty
     */
    public static Optional<ShownCardQuestion> withoutCards(String text, String askedColour, List<AskedAttribute> attributes) {
        String original = normalise(text);
        Optional<CardReference> reference = CardReference.in(original, 0).filter(r -> r.kind() != CardReference.Kind.THIS);
        if (reference.isEmpty() || notAboutACard(original)) {
            return Optional.empty();
        }
        String message = AttributeQuestionWords.without(original, attributes);
        List<CardQuestion> asked = asked(message, askedColour, AttributeQuestionWords.firstAt(original, attributes));
        List<AskedAttribute> about = asked.contains(CardQuestion.ATTRIBUTE) ? attributes : List.of();
        if (asked.isEmpty()) {
            Optional<AskedAttribute> feature = CardFeatureQuestion.in(reference.get().removedFrom(original));
            if (feature.isEmpty() && !onlyFiller(reference.get().removedFrom(message))) {
                return Optional.empty();
            }
            asked = List.of(feature.isPresent() ? CardQuestion.ATTRIBUTE : CardQuestion.DETAILS);
            about = feature.stream().toList();
        }
        return Optional.of(new ShownCardQuestion(asked, askedColour, null, reference.get().position(), List.of(), about));
    }

    /** A normalised message about an order, shipping, a discount or other products ({@link #OFF_TOPIC}, above). */
    static boolean notAboutACard(String message) {
        return OFF_TOPIC.matcher(message).find() || OTHER_PRODUCTS.matcher(message).find();
    }

    /**
     * What the message asks, in the order asked; a colour named is asked about first ("有黑色吗，多少钱"); the attributes,
     * when {@code attributeAt} is where their first word stands (else -1), in their place among the others.
     */
    static List<CardQuestion> asked(String message, String askedColour, int attributeAt) {
        List<CardQuestion> asked = asked(message, askedColour);
        if (attributeAt < 0) {
            return asked;
        }
        List<CardQuestion> withAttributes = new ArrayList<>(asked);
        // "how much does the second one weigh?" asks the weight, not the price.
        withAttributes.removeIf(q -> q == CardQuestion.PRICE && !q.asks(message.replaceAll("\\bhow much\\b", " ")));
        asked = List.copyOf(withAttributes);
        withAttributes.add((int) asked.stream().filter(q -> q.firstAt(message) < attributeAt).count(), CardQuestion.ATTRIBUTE);
        return List.copyOf(withAttributes);
    }

    /** What the message asks, in the order asked; a colour named is asked about first ("有黑色吗，多少钱"). */
    static List<CardQuestion> asked(String message, String askedColour) {
        List<CardQuestion> asked = CardQuestion.allIn(message);
        if (askedColour == null) {
            return asked;
        }
        List<CardQuestion> colourFirst = new ArrayList<>(List.of(CardQuestion.COLOURS));
        // "is the second one available in black?", "can I buy it in red?": the colour is what is asked.
        asked.stream().filter(q -> q != CardQuestion.COLOURS && q != CardQuestion.STOCK && q != CardQuestion.BUY)
                .forEach(colourFirst::add);
        return colourFirst;
    }

    /** The message without the words that ask these questions. */
    static String without(String message, List<CardQuestion> asked) {
        String rest = message;
        for (CardQuestion question : asked) {
            rest = question.without(rest);
        }
        return rest;
    }

    /** The first question asked. */
    public CardQuestion question() {
        return questions.getFirst();
    }

    /** The card a place or a word points at, or a place beyond them, or the places of the cards a word fits. */
    private record Target(String sku, int position, List<Integer> choices) {
        static Target card(List<Product> shown, int position) {
            return new Target(shown.get(position - 1).sku(), position, List.of());
        }
    }

    /**
     * The card a word of its name or tags points at: after "the", "this", "that", 那个, 这款 in either language, or, in
     * Chinese, for a message that asks a question ({@code asked}), a word of one card's name anywhere in it
     * (口红多少钱; "有没有跑步鞋" asks for running shoes). Null when no card has the word, or, without such a determiner,
     * several do.
     */
    private static Target named(String message, List<Product> shown, List<CardQuestion> asked) {
        List<Integer> best = List.of();
        List<String> words = List.of(message.split("[^a-z'-]+"));
        for (int i = 0; i < words.size() && best.isEmpty(); i++) {
            if (!List.of("the", "this", "that").contains(words.get(i))) {
                continue;
            }
            List<String> name = new ArrayList<>();
            for (int j = i + 1; j < Math.min(words.size(), i + 4) && !NO_NAME_EN.contains(words.get(j)); j++) {
                name.add(words.get(j));
            }
            best = CardNames.mostWords(shown, name);
        }
        Matcher zh = DETERMINER_ZH.matcher(message);
        while (zh.find() && best.isEmpty()) {
            best = CardNames.longestShared(shown, zh.group(1));
        }
        if (best.size() > 1) {
            return new Target(null, 0, best);
        }
        if (best.isEmpty()) {
            if (asked.isEmpty() || asked.getFirst() == CardQuestion.COLOURS && !CardQuestion.COLOURS.asks(message)) {
                return null;
            }
            // Chinese leaves the determiner out: 口红多少钱 asks about the lipstick shown, when one card only has a word
            // of it (跑步鞋多少钱 after three running shoes asks about running shoes).
            String rest = without(message, asked);
            best = IntStream.range(0, shown.size()).filter(i -> CardNames.sharedRun(CardNames.chineseWords(shown.get(i)), rest) >= 2)
                    .mapToObj(i -> i + 1).toList();
            if (best.size() != 1) {
                return null;
            }
        }
        return Target.card(shown, best.getFirst());
    }

    /** The message without the card's name (its Chinese characters, its English words) and the determiner before it. */
    private static String withoutNameOf(String message, Product product) {
        String kept = Pattern.compile("[a-z][a-z'-]*").matcher(message).replaceAll(m ->
                CardNames.hasWord(product, m.group()) || List.of("the", "this", "that").contains(m.group()) ? " " : m.group());
        kept = kept.codePoints().filter(c -> !Character.isIdeographic(c) || product.nameZh().indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return kept.replaceAll("(?:这|那)一?(?:个|款|件|条|双|支|瓶|样|种|套|只|台|把|盒|顶|块|张)", " ");
    }

    static boolean onlyFiller(String rest) {
        return FILLER.matcher(rest).replaceAll("").isEmpty();
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
