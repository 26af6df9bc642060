package io.shopdesk.recommendation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that tell what a question about a card shown asks, and what is no such question: a request for products
 * with a property ("any waterproof ones?"), an order, shipping or a discount, other products ("anything cheaper?"),
 * the words that say nothing of what is asked, and the {@link CardQuestion}s a normalised message
 * ({@link ShownCardQuestion#normalise}) asks in the order asked. For {@link ShownCardQuestion} (one card),
 * {@link EachCardQuestion} (every card), {@link CardFeatureQuestion} and {@link CardComparison}. Stateless and
 * thread-safe.
 */
final class CardQuestionWords {

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
                    + "|上次|以前买|之前买|买过"
                    // 这个价格能保价吗 is price protection (the dialogue's answer), no card's price (stop 31).
                    + "|保价|价保|价格保护");
    /**
     * A message asking for other products (cheaper, dearer, similar: the follow-ups that refine the cards) or haggling
     * (便宜点): no question about one card. A comparison of cards says 哪个更便宜 with words of its own.
     */
    static final Pattern OTHER_PRODUCTS = Pattern.compile(
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
    static final Pattern ANY_MORE = Pattern.compile("\\s*还有(?:吗|么|没|没有|嘛)?[\\s?!.。？！]*");

    /** A normalised message about an order, shipping, a discount or other products ({@link #OFF_TOPIC}). */
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

    /**
     * How many a shopper buys, and the verb, after words that ask to buy (我要买两条, 买2件, 就要一双):
     * said of the card in view, they ask for nothing else.
     */
    static final Pattern QUANTITY = Pattern.compile(
            "买|(?:[一二两三四五六七八九十几]|\\d{1,2})\\s*(?:个|件|条|双|支|瓶|套|只|台|把|盒|顶|块|张|份|副|袋|包|罐)");

    /** {@code rest} without a quantity and the verb ({@link #QUANTITY}) when the message asks to buy. */
    static String withoutQuantity(String rest, List<CardQuestion> asked) {
        return asked.contains(CardQuestion.BUY) ? QUANTITY.matcher(rest).replaceAll(" ") : rest;
    }

    /** Whether nothing is left of {@code rest} but words that say nothing of what is asked ({@link #FILLER}). */
    static boolean onlyFiller(String rest) {
        return FILLER.matcher(rest).replaceAll("").isEmpty();
    }

    private CardQuestionWords() {
    }
}
