package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A comparison of cards the conversation was last shown: 第二个和第三个哪个好, 哪个更便宜, 这两款有什么区别, 口红和围巾哪个好,
 * "which is better, the first or the second?", "what's the difference between the scarf and the lipstick?", "which one
 * is cheaper?", "compare the first two", 哪个有货, "which one is in stock?". The cards are those the message names side by side ({@link CardMentions}),
 * or, when it names none and only asks (哪个更便宜, "which one is cheaper?", 有什么区别), all the cards shown.
 * <p>
 * No comparison: fewer than two cards shown; a message about an order, shipping, a return or a discount (比较一下快递),
 * other shops ("compare prices with other shops", 和淘宝比哪个便宜) or other products ("anything cheaper than the second
 * one?", 有没有比第二个好的: the follow-ups that refine the cards); a message naming no card that says more than the
 * comparison ("which payment method is better?"), or one card only without "which" (第二个比较贵). Immutable and
 * thread-safe.
 *
 * @param aspect    what the shopper wants to know
 * @param positions the places compared, from 1, in the order named (all the cards when the message names none);
 *                  empty when it is not clear which: "these two" after three cards, a word two cards have, "it" with
 *                  no card discussed, a place beyond the cards
 */
public record CardComparison(Aspect aspect, List<Integer> positions) {

    public CardComparison {
        positions = List.copyOf(positions);
    }

    /** What a comparison asks; when a message asks several, the first here (the broader answer covers the others). */
    public enum Aspect {
        /** 哪个好, "which is better?": what the catalogue and the shop's data can say, never a judgement of quality. */
        BETTER("better", "哪" + Words.WHICH_ZH + "?(?:更|比较|最)?(?:好|值得|推荐|合适|适合|划算|耐用|实用|受欢迎|热门|卖得好)"
                + "|哪" + Words.WHICH_ZH + "?的?(?:质量|品质)(?:更|比较)?好|推荐哪|选哪|买哪|要哪|入哪"
                + "|比(?!较).{0,8}好|\\bwhich\\b.{0,40}\\b(?:better|best|nicer|recommend|worth|go for|should i|popular)\\b"
                + "|\\b(?:better|best|nicer) (?:one|choice|option|buy|pick)\\b|\\bbetter\\b.{0,40}\\bor\\b|\\bbetter than\\b"
                + "|\\bshould i (?:get|buy|choose|pick|go for|take)\\b"),
        /** 有什么区别, "what's the difference?", "compare": what differs, side by side. */
        DIFFERENCE("difference", "区别|不同|差别|差异|对比|比较一下|比一比|比一下|不一样"
                + "|\\bdiffer(?:ence|ences|ent)?\\b|\\bcompar(?:e|ed|ing|ison)\\b|\\bvs\\.?|\\bversus\\b|\\bside by side\\b"),
        /** 哪个更便宜, "which one is cheaper?". */
        CHEAPER("cheaper", "哪" + Words.WHICH_ZH + "?(?:更|比较|最)?(?:便宜|实惠|价格低|价格更低|价钱低|省钱)|比(?!较).{0,8}便宜|便宜多少"
                + "|差多少钱|差价|价差|相差多少|差了多少"
                + "|\\bcheap(?:er|est)\\b|\\bless expensive\\b|\\bmore affordable\\b|\\bcosts? less\\b|\\bprice difference\\b"),
        /** 哪个更贵, "which one is more expensive?". */
        PRICIER("pricier", "哪" + Words.WHICH_ZH + "?(?:更|比较|最)?贵|比(?!较).{0,8}贵|贵多少|贵了多少"
                + "|\\bpric(?:ier|iest)\\b|\\b(?:more|most) expensive\\b|\\bdearer\\b|\\bcosts? more\\b"),
        /** 哪个有货, 哪个还有货, "which one is in stock?": which of the cards can be bought now, and how many are left. */
        IN_STOCK("in_stock", "哪(?:些|" + Words.WHICH_ZH + ")?(?:还|现在|目前)?(?:有货|有现货|有库存|能买|在卖|没货|缺货|卖完|售罄|断货)"
                + "|\\bwhich\\b.{0,30}\\b(?:in stock|available|left|sold out|out of stock)\\b");

        private final String code;
        private final Pattern words;

        Aspect(String code, String words) {
            this.code = code;
            this.words = Pattern.compile(words);
        }

        /** How the reply's reason names it: better, difference, cheaper, pricier. */
        public String code() {
            return code;
        }

        static Optional<Aspect> in(String normalised) {
            return Arrays.stream(values()).filter(a -> a.words.matcher(normalised).find()).findFirst();
        }

    }

    /** Holds the word lists the aspects share (an enum's constants cannot read its own static fields). */
    private static final class Words {
        static final String WHICH_ZH = "(?:个|款|一个|一款|件|双|支|瓶|种|样)";
    }

    /**
     * "Which one has the longest battery life?", "which has the best battery?", "which is the lightest?": which card is
     * highest in something the catalogue may hold, answered as the difference (each card's values side by side) of the
     * cards shown. Was "what would you like to change about these" or "did you mean": the words left once the asking
     * was taken out were no filler. Not "which one is best?" (better), nor price words (cheaper, pricier).
     */
    private static final Pattern ATTRIBUTE_SUPERLATIVE = Pattern.compile("\\bwhich\\b.{0,40}?\\b(?:longest|longer|biggest"
            + "|bigger|largest|larger|highest|higher|lightest|lighter|smallest|smaller|heaviest|heavier|fastest|faster"
            + "|warmest|warmer|thinnest|thinner|strongest|stronger|quietest|quieter|loudest|louder|softest|softer"
            + "|(?:best|most|more|better) (?!one|ones|choice|option|buy|pick|value|deal|expensive|affordable|popular|quality|looking|made|built|for|of"
            + "|to|in|on)[a-z]+)\\b");
    /** "Which" in either language: without it, a comparison must name two cards or ask for the difference. */
    private static final Pattern WHICH = Pattern.compile("哪|\\bwhich\\b");
    /** Other shops: "compare prices with other shops", 和淘宝比哪个便宜. */
    private static final Pattern OTHER_SHOPS = Pattern.compile("别家|别的店|其他店|其它店|其他家|淘宝|天猫|京东|拼多多|官网|专柜"
            + "|实体店|外面|网上|\\b(?:other (?:shops?|stores?|sites?|websites?|sellers?|brands?)|elsewhere|online|amazon"
            + "|taobao|tmall|jd|competitors?|price match(?:ing)?|market)\\b");
    /** Asking for other products or haggling, not comparing: 有没有比第二个好的, "anything cheaper?", 能便宜点吗. */
    private static final Pattern OTHER_PRODUCTS = Pattern.compile("有没有(?!什么)(?!区别|不同|差别|差异)|还有(?:别的|其他|其它|吗|么|嘛|没有|更)|别的|其他|其它"
            + "|类似|相似|换一|有.{0,12}(?:的吗|的嘛|的么|的没)|(?:能|可以|能不能|可不可以)再?(?:便宜|优惠|少)"
            + "|\\b(?:any|anything|something|other|others|another|else|similar|show me|do you have|got any|discount)\\b");
    /** The words that compare, taken out of a comparison that names no card before what is left is judged. */
    private static final Pattern COMPARING = Pattern.compile("好看|好用|受欢迎|热门|卖得好|质量|好|值得|推荐|合适|适合|划算|耐用|实用"
            + "|区别|不同|差别|差异"
            + "|对比|比较|比一比|比一下|不一样|便宜|实惠|价格|价钱|省钱|贵|差价|价差|差|相差|多少钱|多少"
            + "|还有货|有现货|有货|有库存|库存|能买|在卖|没货|缺货|卖完|售罄|断货|还|现在|目前"
            + "|\\b(?:better|best|nicer|recommend|recommended|worth|go for|should|differ|difference|differences|different"
            + "|compare|compared|comparing|comparison|vs|versus|side by side|cheaper|cheapest|less|expensive|more|most"
            + "|affordable|costs?|price|prices|pricier|priciest|dearer|choice|option|pick|it|popular|quality"
            + "|in stock|out of stock|sold out|available|left|still|now)\\b");
    /** What is left of a comparison that names no card once the asking is taken out. */
    private static final Pattern FILLER = Pattern.compile(
            "哪|个|款|一|更|最|比较|都|些|点|之间|呢|吗|啊|呀|的|是|你|觉得|说|买|选|推荐|有|什么|啥|会|请问|那么|那|这|到底|一下|两"
                    + "|\\b(?:which|one|ones|is|are|the|a|what's|whats|what|between|of|do|does|you|think|would|should|i|get"
                    + "|buy|choose|pick|or|and|really|so|ok|hmm|please|tell|me|there|any|can|it|to|them|these|those|they"
                    + "|difference|differences|compare|two|both|all|three|options|for|which's)\\b|[\\s,.?!~'\"，。？！～、]");

    /**
     * The comparison the message asks for, or empty.
     *
     * @param discussed the card a question was last answered about, or null: "it" / 这个 in a comparison
     */
    public static Optional<CardComparison> of(String normalised, List<Product> shown, String discussed) {
        boolean superlative = ATTRIBUTE_SUPERLATIVE.matcher(normalised).find();
        Optional<Aspect> aspect = superlative ? Optional.of(Aspect.DIFFERENCE) : Aspect.in(normalised);
        if (shown.size() < 2 || aspect.isEmpty() || CardQuestionWords.OFF_TOPIC.matcher(normalised).find()
                || OTHER_SHOPS.matcher(normalised).find() || OTHER_PRODUCTS.matcher(normalised).find()) {
            return Optional.empty();
        }
        CardMentions named = CardMentions.in(normalised, shown, discussed);
        List<Integer> all = IntStream.rangeClosed(1, shown.size()).boxed().toList();
        if (named.positions().size() >= 2) {
            return Optional.of(new CardComparison(aspect.get(), named.beyond(shown.size()) ? List.of() : named.positions()));
        }
        if (named.unclear()) {
            return Optional.of(new CardComparison(aspect.get(), List.of()));
        }
        boolean asks = WHICH.matcher(normalised).find() || aspect.get() == Aspect.DIFFERENCE;
        if (!named.positions().isEmpty() || !asks) {
            // 第二个比较贵, "is the second one cheaper?" alone: no comparison (a question about that card, or none).
            return Optional.empty();
        }
        if (named.all() || superlative) {
            return Optional.of(new CardComparison(aspect.get(), all));
        }
        // 哪个更便宜, "which one is cheaper?", 有什么区别: nothing but the comparison, so of the cards shown.
        String rest = COMPARING.matcher(normalised).replaceAll(" ");
        return FILLER.matcher(rest).replaceAll("").isEmpty()
                ? Optional.of(new CardComparison(aspect.get(), all))
                : Optional.empty();
    }

    /** What a comparison naming no card says besides the asking: "this and that", 这个和那个, 这两个. */
    private static final Pattern THIS_AND_THAT = Pattern.compile("和|跟|与|还是|\\b(?:this|that|and|vs)\\b");

    /**
     * A comparison asked when no card was shown (这个和那个有什么区别, 哪个更好, "what's the difference between this and
     * that?"): nothing but the asking, of no product named. It got the popular products, as if the shopper had asked for
     * something; the answer asks which two products they mean. Unclear (no positions), or empty when the message says
     * more than the comparison.
     */
    public static Optional<CardComparison> withoutCards(String normalised) {
        Optional<Aspect> aspect = Aspect.in(normalised);
        if (aspect.isEmpty() || CardQuestionWords.OFF_TOPIC.matcher(normalised).find()
                || OTHER_SHOPS.matcher(normalised).find() || OTHER_PRODUCTS.matcher(normalised).find()
                || !(WHICH.matcher(normalised).find() || aspect.get() == Aspect.DIFFERENCE)) {
            return Optional.empty();
        }
        String rest = THIS_AND_THAT.matcher(COMPARING.matcher(normalised).replaceAll(" ")).replaceAll(" ");
        return FILLER.matcher(rest).replaceAll("").isEmpty()
                ? Optional.of(new CardComparison(aspect.get(), List.of()))
                : Optional.empty();
    }

    /** Whether it is clear which cards are compared. */
    public boolean clear() {
        return !positions.isEmpty();
    }
}
