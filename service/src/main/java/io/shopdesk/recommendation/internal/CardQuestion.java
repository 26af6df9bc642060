package io.shopdesk.recommendation.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a shopper asks about one product card they were shown: its stock, price, sizes, colours, instalments, details,
 * how to buy it, or one of its other attributes ({@link #ATTRIBUTE}: waterproof, material, battery life). Read from the words of either language in a normalised message ({@link ShownCardQuestion#normalise}),
 * Chinese anywhere, English as whole words. When several match, the first in this order wins: "can I buy it in
 * instalments?" asks about instalments, "is the second one available in black?" (a colour word, see
 * {@link ShownCardQuestion}) about the colour. {@link #allIn} reads every question of a message (第一个多少钱有货吗).
 */
public enum CardQuestion {
    SIZES("sizes", "尺码|尺寸|码数|码子|(?:什么|哪些|几个|多大|几)码|大小|(?<![\\d.])\\d{2,3}(?:\\.5)?码"
            + "|(?<![a-z\\d])(?:xxs|xs|xxxl|xxl|xl|2xl|3xl|s|m|l)\\s*(?:码|号|(?=的))",
            "\\bsizes?\\b|\\bsize range\\b"),
    COLOURS("colours", "颜色|色号|(?:什么|几种|哪些|哪几种)色|配色",
            "\\bcolou?rs?\\b|\\bshades?\\b"),
    INSTALMENTS("instalments", "分期|免息|月供",
            "\\binstal?l?ments?\\b|\\bpay monthly\\b|\\bmonthly payments?\\b|\\bfinanc(?:e|ing)\\b|\\bpay (?:for it )?over time\\b"),
    PRICE("price", "多少钱|多钱|什么价|价格|价钱|价位|售价|几块钱|怎么卖|贵不贵|贵吗|便宜吗",
            "\\bhow much\\b|\\bprices?\\b|\\bcosts?\\b|\\bexpensive\\b"),
    STOCK("stock", "有货|有没有货|没货|有库存|库存|现货|缺货|断货|卖完|售罄|还在卖|能买到|还有(?:吗|么|没|没有|嘛)",
            "\\bin stock\\b|\\bout of stock\\b|\\bstock\\b|\\bavailable\\b|\\bavailability\\b|\\bsold out\\b|\\bany left\\b"
                    + "|\\bstill (?:have|sell)\\b"),
    BUY("buy", "就要|我要|要了|买了|买它|买这|下单|怎么买|如何购买|在哪买|购买|拍下|拍了|加购|购物车|链接|入手",
            "\\bi'?ll (?:take|get|have|buy)\\b|\\bi will (?:take|get|have|buy)\\b|\\bi want\\b(?! to know| to ask)"
                    + "|\\bi'?d like\\b(?! to know| to ask)|\\bbuy\\b|\\bpurchase\\b|\\border (?:it|this|that|one)\\b"
                    + "|\\b(?:add|put)\\b.{0,20}\\b(?:cart|basket)\\b|\\bcheck ?out\\b|\\blink\\b"),
    DETAILS("details", "介绍|详细|详情|说说|讲讲|说一下|怎么样|参数|牌子|品牌|具体",
            "\\btell me (?:more|about)\\b|\\bmore about\\b|\\bmore info|\\bdetails?\\b|\\bdescribe\\b"
                    + "|\\bwhat(?:'s| is) it like\\b|\\bbrand\\b|\\bspecs?\\b"),
    /**
     * A property or value of the product's attributes ("is the second one waterproof?", 第一个是什么材质的): its words are
     * data ({@link AttributeQuestionWords}), so this constant matches no words of its own; {@link ShownCardQuestion}
     * adds it for the attributes asked.
     */
    ATTRIBUTE("attribute", "(?!)", "(?!)");

    /** "available" alone asks for stock; beside another question it is part of it ("is it available in size 42?"). */
    private static final Pattern AVAILABLE = Pattern.compile("\\bavailab(?:le|ility)\\b");

    private final String code;
    private final Pattern words;

    CardQuestion(String code, String chinese, String english) {
        this.code = code;
        this.words = Pattern.compile(chinese + "|" + english);
    }

    /** The name the rules, the reply's reason and the texts use: stock, price, sizes, colours, instalments, details, buy, attribute. */
    public String code() {
        return code;
    }

    /** The question a normalised message asks, the first in the order above; empty when it asks none of them. */
    public static Optional<CardQuestion> in(String normalised) {
        return Arrays.stream(values()).filter(q -> q.asks(normalised)).findFirst();
    }

    /**
     * Every question a normalised message asks, in the order asked (第一个多少钱有货吗: price, then stock); empty when it
     * asks none. Beside another question, buying words are how to buy in that way ("can I buy it in instalments?") and
     * "available" is part of it ("is it available in size 42?"): only the other is asked.
     */
    public static List<CardQuestion> allIn(String normalised) {
        List<CardQuestion> asked = Arrays.stream(values()).filter(q -> q.asks(normalised))
                .sorted(Comparator.comparingInt(q -> q.firstAt(normalised))).toList();
        if (asked.size() < 2) {
            return asked;
        }
        List<CardQuestion> others = asked.stream().filter(q -> q != BUY
                && (q != STOCK || STOCK.asks(AVAILABLE.matcher(normalised).replaceAll(" ")))).toList();
        return others.isEmpty() ? List.of(asked.getFirst()) : others;
    }

    int firstAt(String normalised) {
        Matcher m = words.matcher(normalised);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    /** Whether a normalised message has words that ask this question. */
    boolean asks(String normalised) {
        return words.matcher(normalised).find();
    }

    /** The message without the words that ask this question. */
    String without(String normalised) {
        Matcher m = words.matcher(normalised);
        return m.replaceAll(" ");
    }

    public static CardQuestion ofCode(String code) {
        return Arrays.stream(values()).filter(q -> q.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No card question " + code));
    }
}
