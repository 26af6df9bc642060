package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether the shopper says their order has still not come: "it's still not here", "it still hasn't arrived", "I
 * haven't received it yet", "why isn't it here yet?", "it's so late", "it's been a week and my parcel still isn't here",
 * "my package is a week late!! unacceptable", 怎么还没到, 还没收到, 物流一直没更新, 都晚了好几天了, 都一个星期了还没到. Rules read it right after the status of the shopper's
 * verified order: for a late one it chases the order (rules LateOrderGoesToAPerson, SlightlyLateOrderFollowUp), for one
 * on time it asks where it is (OrderStatusFollowUp); before the conversation has an order, it asks for the order and
 * answers by how late it is (NoteOrderNotArrived). The
 * intent model reads the English ones as goodbye or order_status, so the words decide. Each language has its own
 * wording, matched only for a message in that language. Stateless and thread-safe.
 */
public final class NotArrivedYet {
    static final int MAX_LENGTH_ZH = 40;
    static final int MAX_LENGTH_EN = 80;

    private static final String IT = "(?:it|my order|the order|my parcel|the parcel|my package|the package|my delivery"
            + "|the delivery|my stuff|they)";
    private static final String IT_IS = "(?:it'?s|it is|my order'?s|my order is|the order is|my parcel'?s|my parcel is"
            + "|the parcel is|my package'?s|my package is|the package is|they'?re|they are)";
    private static final Pattern ENGLISH = Pattern.compile(
            "(?:(?:but|and|so|well|hmm+|ugh|um+|sorry|hi|hello|hey)[,.!\\s]+)*"
            // "I'm so angry, my parcel is a week late", "where is my package?? it's a week late!!" (stop 33)
            + "(?:(?:i'?m|i am) (?:so |really |very |getting )?(?:angry|annoyed|upset|frustrated|mad|fed up|furious)[,.!\\s]+"
            + "|where is " + IT + "[?!.,\\s]+)?"
            + "(?:(?:it'?s been|it has been|after|for) [a-z0-9 ]{1,30}?[,.!]*\\s+(?:and |but |now |already )*)?"
            + "(?:" + IT_IS + " still not (?:here|there|arrived|delivered|come|in)"
            + "|" + IT + " (?:still )?(?:isn'?t|is not|aren'?t|are not) (?:here|there)"
            + "|" + IT + " (?:still )?(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|never) (?:arrived|arrive|come"
            + "|came|shown up|show up|turned up|turn up|been delivered|got here|get here|reached me)"
            + "|i (?:still )?(?:haven'?t|have not|didn'?t|did not|never) (?:got|get|gotten|received|receive)"
            + "(?: it| my order| my parcel| my package| the parcel| the package| anything)?"
            + "|nothing (?:has )?(?:arrived|come|shown up|turned up)"
            + "|still (?:not here|not arrived|not delivered|nothing|no sign of it|waiting(?: for it)?)"
            + "|" + IT_IS + " (?:so |very |really |super |way )?(?:late|overdue)"
            + "|" + IT_IS + " (?:already |now )?(?:a|one|two|three|four|five|\\d+|a few|several|over a|more than a) "
            + "(?:days?|weeks?) (?:late|overdue)"
            + "|why (?:isn'?t|is not|hasn'?t|has not|haven'?t|have not|aren'?t|are not) " + IT
            + " (?:here|arrived|come|got here|been delivered)"
            + "|why (?:is it not|has it not) (?:here|arrived|come)"
            + "|why is it (?:so |this )?late)"
            + "(?: yet| already| still)?(?:[,.!]*\\s*(?:it'?s been|after|for) [a-z0-9 ]{1,30})?"
            // "… a week late!! unacceptable", "… This is ridiculous": the shopper's anger after it, not another request
            + "(?:[,.!?]*\\s*(?:this is |that'?s |it'?s |so |just )?(?:absolutely |totally |completely |really )?"
            + "(?:unacceptable|ridiculous|a joke|terrible|awful|a disgrace|not ok(?:ay)?|crazy|insane|so annoying))?"
            + "[\\s?!.…]*");
    private static final Pattern CHINESE = Pattern.compile(
            "(?s).*(?:(?:还|仍|仍然|依然|一直|都|怎么|为什么|为啥|咋|迟迟|到现在)(?:也|还)?(?:没|没有|未)(?:有)?"
            + "(?:到|收到|送到|送来|寄到|到货|来|发货|签收|动|更新)"
            + "|(?:已经|都|又|怎么|咋)晚了|晚了(?:好|这么)?(?:几|多|一|两|三|四|五|\\d+)(?:天|周|个星期|星期)"
            + "|延误|超时|过了预计|超过预计"
            // 我没收到啊, 没收到: the shopper's own "I haven't got it", without 还 (after a delivered status it fell through
            // to the status again). Only as the message's start: 显示签收了但我没收到 says it was shown delivered, a missing
            // parcel (MissingParcelReport), not one still to come.
            + "|^\\s*(?:可是|但是|但|可|其实|亲[，,\\s]*)?我?(?:都|根本|压根|其实|实际上?)?(?:就)?(?:没|没有|未)(?:有)?(?:收到|拿到)).*");
    /**
     * Slowness (快递太慢了, 怎么这么慢) says the order has not come, unless it names something else that is slow: 客服回复太慢了
     * or 网页加载太慢了 is no parcel.
     */
    private static final Pattern CHINESE_SLOW = Pattern.compile(
            "(?s)(?!.*(?:客服|回复|回消息|网页|网站|app|加载|页面|审核|退款)).*(?:怎么这么慢|太慢了|好慢).*");
    // Money, points, codes and papers that have not come (退款怎么还没到账, 验证码还没收到, 发票还没收到) are no parcel: since
    // these words also start the order task before any order is named, they must not read as one.
    private static final Pattern CHINESE_NOT_A_PARCEL = Pattern.compile(
            "(?s).*(?:到账|退款|退钱|钱|积分|优惠券|红包|验证码|短信|邮件|发票|余额|返现|回复|通知).*");

    /** Whether {@code text}, in {@code language} ("zh" or "en"), says the shopper's order has not come yet. */
    public static boolean says(String text, String language) {
        if (!ShortMessage.within(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN)) {
            return false;
        }
        if ("zh".equals(language)) {
            return (CHINESE.matcher(text).matches() || CHINESE_SLOW.matcher(text.toLowerCase(java.util.Locale.ROOT)).matches())
                    && !CHINESE_NOT_A_PARCEL.matcher(text).matches();
        }
        return ENGLISH.matcher(ShortMessage.english(text)).matches();
    }

    private NotArrivedYet() {
    }
}
