package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether the shopper says something of their order is missing from what they received: "I ordered two things but
 * only got one", "I only received part of my order", "an item is missing from my package", "something is missing",
 * "I didn't get the other item", 我买了两件只收到一件, 少发了一件, 漏发, 少了一件, 缺件, 没收到另一件, 东西没收齐. The dialogue
 * then notes the request missing_item (rule NoteMissingItem): once the order is proved, a parcel still on its way is
 * where the rest is, and when every parcel has come a colleague from logistics checks with the warehouse.
 *
 * <p>Not a part or an accessory missing from a product (少了零件, "missing parts": a faulty item), not a whole parcel
 * shown as delivered that never came ({@link MissingParcelReport}), not something else short (a refund, points, a
 * coupon, an invoice, a code), and not a question about what would happen ("what if an item is missing?", 如果少发了怎么办:
 * the FAQ's). Each language has its own wording, matched only for a message in that language, and only a short
 * message. Stateless and thread-safe.
 */
public final class MissingItemReport {
    static final int MAX_LENGTH_ZH = 60;
    static final int MAX_LENGTH_EN = 200;

    private static final String COUNT = "(?:one|1|two|2|three|3|half|part|some|a few|one thing|one item|one of (?:them|the"
            + " (?:two|2|three|3|items?|things?|products?|pieces?)|my (?:two|2|three|3|items?|things?)))";
    private static final Pattern ENGLISH = Pattern.compile("(?s)(?:"
            // only got one, only received part of my order, only one arrived
            + ".*\\bonly (?:got|get|gotten|received|receive|came with|arrived with|delivered) " + COUNT + "\\b.*"
            + "|.*\\bonly " + COUNT + " (?:of (?:them|it|my order|the items?) )?(?:arrived|came|was delivered|were delivered"
            + "|got here|showed up|turned up|was in (?:it|the (?:box|parcel|package))|in (?:the|my) (?:box|parcel|package))\\b.*"
            + "|.*\\b(?:got|received) (?:just|only) " + COUNT + "\\b.*"
            // an item / something is missing (from my order, package, parcel, box)
            + "|.*\\b(?:an?|one|1|the other|another|some|two|2) (?:of the |of my )?(?:items?|things?|products?"
            + "|articles?) (?:is |are |was |were )?(?:missing|not (?:in|there)|did ?n'?t (?:come|arrive)|never (?:came|arrived)"
            + "|has ?n'?t (?:come|arrived)|have ?n'?t (?:come|arrived))\\b.*"
            + "|.*\\b(?:something|something else|stuff|things|an item|one item|items?) (?:is |was |are |were )?missing"
            + "(?: from (?:my |the )?(?:order|package|parcel|box|delivery|shipment))?\\b.*"
            + "|.*\\bmissing (?:an?|one|1|two|2|some) (?:items?|things?|products?)\\b.*"
            + "|.*\\b(?:the|my|a|an) missing (?:items?|things?|products?)\\b.*"
            + "|.*\\b(?:items?|things?|products?) missing from (?:my |the )?(?:order|package|parcel|box|delivery|shipment)\\b.*"
            + "|.*\\b(?:my |the )?(?:order|package|parcel|box|delivery|shipment) (?:is |was |came |arrived )?(?:missing (?:an?|one"
            + "|some|two) |incomplete|not complete|short)\\b.*"
            + "|.*\\b(?:part|half|some|the rest) of (?:my|the) (?:order|items|stuff|things) (?:is |are |was |were )?(?:missing"
            + "|did ?n'?t (?:come|arrive)|never (?:came|arrived)|has ?n'?t (?:come|arrived)|is not here)\\b.*"
            + "|.*\\b(?:did ?n'?t|did not|have ?n'?t|have not|never) (?:get|got|gotten|receive|received) (?:the other|the"
            + " rest|the second|my other|the remaining|everything|all (?:of )?(?:my|the) (?:items|things|order))\\b.*"
            + "|.*\\bthe (?:other|second|remaining) (?:one|item|thing|product|part|half|piece) (?:is |was )?(?:missing|not"
            + " here|did ?n'?t (?:come|arrive)|never (?:came|arrived)|has ?n'?t (?:come|arrived)|has not (?:come|arrived)"
            + "|is ?n'?t here)\\b.*"
            + "|.*\\bwhere (?:is|'s|are) the (?:rest|other (?:one|item|items|thing|things|part)|second (?:one|item))\\b.*"
            + "|.*\\bnot everything (?:arrived|came|was (?:in|delivered))\\b.*"
            + "|.*\\bincomplete (?:order|delivery|package|parcel|shipment)\\b.*)");
    /**
     * What is short is a part of one product (a faulty item) or no item of an order at all: "a part is missing",
     * "missing parts", "I only got one coupon". Only the thing said to be missing counts: "refund the missing item" and
     * "I only got 1 of 2 items, refund the other" are missing items.
     */
    private static final String NOT_AN_ITEM = "(?:parts?|pieces?|screws?|bolts?|accessor(?:y|ies)|cables?|chargers?"
            + "|manuals?|instructions|refunds?|coupons?|vouchers?|points?|codes?|e-?mails?|sms|texts?|messages?"
            + "|invoices?|receipts?|repl(?:y|ies)|answers?|discounts?|cashback|payments?|stars?|reviews?|questions?)";
    private static final Pattern ENGLISH_NOT_AN_ITEM = Pattern.compile("(?s)(?:"
            + ".*\\b(?:only (?:got|get|gotten|received|receive|came with|arrived with)|got (?:just|only)) " + COUNT + " "
            + NOT_AN_ITEM + "\\b.*"
            + "|.*\\b" + NOT_AN_ITEM + " (?:is |are |was |were )?missing\\b.*"
            + "|.*\\bmissing (?:an? |one |two |some |the )?" + NOT_AN_ITEM + "\\b.*)");
    private static final Pattern ENGLISH_HYPOTHETICAL = Pattern.compile(
            "(?s)(?:.*\\bwhat (?:if|happens if|do i do if|should i do if)\\b|\\W*(?:if|in case|suppose|supposing)\\b).*");

    private static final Pattern CHINESE = Pattern.compile("(?s).*(?:"
            + "少发|漏发|少寄|漏寄|少给|发少了|寄少了|发漏了|(?<![至多])少(?:了)?(?:一|1|两|2|几)(?:件|个|样|份|双|盒|瓶|条|套)|缺件"
            + "|缺了?(?:一|1|两|2)(?:件|个|样|份)"
            + "|只(?:收到|到|拿到|来)了?(?:一|1|两|2|部分|一部分|一半|其中(?:一|1)(?:件|个))"
            + "|(?:另|另外)(?:一|1)?(?:件|个|样|份|双|盒)(?:东西|商品|货)?(?:还|怎么|一直)?(?:没|没有|未)(?:收到|到|发|寄)"
            + "|(?:没|没有|未)(?:收到|拿到)(?:另|另外)(?:一|1)?(?:件|个|样|份)"
            + "|还有(?:一|1|两|2|几)(?:件|个|样|份)(?:东西|商品|货)?(?:还|怎么|一直)?(?:没|没有|未)(?:收到|到)"
            + "|(?:东西|货|商品|包裹里的东西|订单)(?:没有?|不)(?:收|到|发)?(?:齐|全)"
            + "|(?:没有?|未)(?:收|到)齐|少了?东西|东西少了|(?:包裹|快递|箱子|盒子)里(?:面)?(?:少了|缺了|只有)"
            + ").*");
    /**
     * Parts of one product (a faulty item), and things that are no item of an order: money short (少了一块钱, 退款少了一笔),
     * points, coupons, papers, codes. A refund asked for the missing item is still one (少发了一件，退钱).
     */
    private static final Pattern CHINESE_NOT_AN_ITEM = Pattern.compile("(?s).*(?:零件|配件|部件|螺丝|说明书|积分|优惠券|红包"
            + "|发票|验证码|短信|邮件|余额|返现|好评|到账|退款(?:还|一直)?(?:少|没|未|不)|少退"
            + "|(?:少|多)(?:扣|收|付|给|退)?了?.{0,4}(?:钱|元|块)).*");
    private static final Pattern CHINESE_HYPOTHETICAL = Pattern.compile("(?s).*(?:如果|万一|要是|假如|的话|会不会).*");

    /** Whether {@code text}, in {@code language} ("zh" or "en"), says an item of the shopper's order is missing. */
    public static boolean says(String text, String language) {
        if (!ShortMessage.within(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN)) {
            return false;
        }
        if ("zh".equals(language)) {
            return CHINESE.matcher(text).matches() && !CHINESE_NOT_AN_ITEM.matcher(text).matches()
                    && !CHINESE_HYPOTHETICAL.matcher(text).matches();
        }
        String english = ShortMessage.english(text);
        return ENGLISH.matcher(english).matches() && !ENGLISH_NOT_AN_ITEM.matcher(english).matches()
                && !ENGLISH_HYPOTHETICAL.matcher(english).matches();
    }

    private MissingItemReport() {
    }
}
