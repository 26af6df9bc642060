package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether the shopper reports that someone else has got into their account: "my account got hacked", "I've been
 * hacked", "my account was stolen", "someone logged into my account", "someone changed my password", "there's an order
 * I didn't place", "a payment I didn't make", "a login from a device I don't recognise", 我的账号被盗了, 被盗号了, 账号被黑了,
 * 有人登录了我的账号还下了单, 不是我下的单, 我没买过这个, 陌生设备登录, 密码被人改了. The dialogue then gives the steps that
 * shut the intruder out and hands the chat to a person at once (rule AccountTakeoverReported), and the risk engine
 * holds the customer's payments for review for a while ({@code account_takeover_reports}).
 *
 * <p>Not a forgotten password ("I forgot my password", 忘记密码了) nor a locked account ("my account is locked",
 * 账号被锁了), which keep the FAQ's answers; not a question about what would happen or how to stay safe ("what if my
 * account gets hacked?", "how do I protect my account from hackers?", 账号会被盗吗, 怎么防止被盗号: the FAQ's); not
 * "hack" in another sense ("any hacks for free shipping?", "life hack"); not an item the shopper received but did not
 * order ("I received a mug I didn't order", 收到的东西我没买过: a wrong item); not a parcel someone else signed for
 * ("someone else signed for it": {@link MissingParcelReport}). Each language has its own wording, matched only for a
 * message in that language, and only a short message. Stateless and thread-safe.
 */
public final class AccountTakeoverReport {
    static final int MAX_LENGTH_ZH = 80;
    static final int MAX_LENGTH_EN = 240;

    private static final String ACCOUNT = "(?:account|acct|acc|profile|login|id)";
    private static final String BROKEN_INTO = "(?:hacked|compromised|stolen|hijacked|breached|taken over|broken into)";
    private static final String NOT_ME = "(?:did ?n'?t|did not|never|have ?n'?t|have not)";
    private static final String SOMEONE = "(?:some ?one|some ?body|a stranger|another person|a hacker|hackers?|people"
            + "|an unknown person)(?: else)?";
    private static final Pattern ENGLISH = Pattern.compile("(?s).*(?:"
            // my account got hacked, my account has been compromised, my account was stolen
            + "\\bmy (?:\\w+ )?" + ACCOUNT + "s? (?:got |was |were |has |have |is |'s |is being |has been |had been |"
            + "just got |just been |been |might have been |may have been |must have been |i think was )*"
            + BROKEN_INTO + "\\b"
            // i've been hacked, i got hacked, we were hacked
            + "|\\b(?:i|we)(?:'ve| have| got| was| were| think i was| think i got| think i've)?(?: been| just been)?"
            + " hacked\\b"
            // someone hacked (into) my account, someone stole my account, someone took over my account
            + "|\\b" + SOMEONE + " (?:has |have )?(?:hacked|stole|broke into|took over|taken over|got into|gotten into"
            + "|accessed|is accessing|is using|used|has access to|logged into|logged in to|logged in on|signed into"
            + "|signed in to|is logged into|is logged in to|is in|was in|changed|reset) (?:into )?(?:to )?my (?:\\w+ )?"
            + "(?:" + ACCOUNT + "|password)s?\\b"
            + "|\\bhacked (?:into )?my (?:\\w+ )?" + ACCOUNT + "\\b"
            + "|\\b(?:account|password) (?:takeover|hijack(?:ing)?|compromise)\\b"
            // my password was changed without me, my password has been changed and it wasn't me
            + "|\\bmy password (?:was|has been|got|had been) (?:changed|reset)\\b.{0,40}\\b(?:not me|was ?n'?t me"
            + "|without|" + NOT_ME + ")"
            + "|\\b(?:i|we) " + NOT_ME + " change (?:my|the) password\\b"
            // unauthorised login, access, orders, purchases, payments
            + "|\\bunauthori[sz]ed (?:log ?ins?|sign ?ins?|access|orders?|purchases?|payments?|charges?|transactions?"
            + "|use|activity)\\b"
            // someone placed orders / bought things with my account
            + "|\\b" + SOMEONE + " (?:placed|made|is placing|has placed|bought|ordered|paid)\\b.{0,40}\\b(?:my|with my|on my"
            + "|using my|from my) (?:\\w+ )?" + ACCOUNT + "\\b"
            // a login I don't recognise, a login from an unknown device
            + "|\\b(?:log ?in|sign ?in|session)s? (?:i|we) (?:don'?t|do not|did ?n'?t|did not) (?:recogni[sz]e|make|do)\\b"
            + "|\\b(?:log ?ins?|sign ?ins?|logged in|signed in|access)(?: attempts?)? (?:from|on|by) (?:an? |some )?"
            + "(?:unknown|unfamiliar|strange|new|foreign|different|unrecogni[sz]ed) (?:device|phone|computer|location"
            + "|place|country|city|ip)\\b"
            + "|\\b(?:unknown|unfamiliar|strange|unrecogni[sz]ed|suspicious) (?:device|phone|computer)s? (?:logged|signed"
            + "|is logged|is signed|has logged|has signed)\\b"
            + "|\\bsuspicious (?:log ?ins?|sign ?ins?|activity) (?:on|in|to) my\\b"
            + ").*");
    /**
     * An order or payment the shopper did not make: an intruder's, unless the message is about something received (a
     * wrong item, {@link #ENGLISH_RECEIVED}).
     */
    private static final Pattern ENGLISH_NOT_MINE = Pattern.compile("(?s).*(?:"
            + "\\b(?:orders?|purchases?|payments?|charges?|transactions?)(?: that| which)? (?:i|we) " + NOT_ME
            + " (?:make|made|place|placed|buy|bought|authori[sz]e|order|approve|pay for)\\b"
            + "|\\b(?:i|we) " + NOT_ME + " (?:place|placed|make|made|authori[sz]e|approve) (?:this|that|these|those|"
            + "an?|the|any)(?: \\w+)? (?:orders?|purchases?|payments?)\\b"
            + ").*");
    /** A question about what would happen or how to stay safe, not a report. */
    private static final Pattern ENGLISH_HYPOTHETICAL = Pattern.compile("(?s)(?:.*\\b(?:what (?:if|happens if|do i do if"
            + "|should i do if|to do if)|in case|how (?:do|can|to|could) (?:i |we |you )?(?:protect|prevent|avoid|secure"
            + "|keep|stop|know if|tell if|check if)|can (?:my|an?) (?:\\w+ )?" + ACCOUNT + " (?:get|be)|could (?:my|an?)"
            + " (?:\\w+ )?" + ACCOUNT + " (?:get|be)|is it (?:possible|safe)|afraid|worried (?:that|about)|scared)\\b"
            + "|\\W*(?:if|suppose|supposing)\\b).*");
    /** Something received that was not ordered: a wrong item, not an intruder. */
    private static final Pattern ENGLISH_RECEIVED = Pattern.compile("(?s).*\\b(?:received|got|arrived|delivered|sent me"
            + "|came|in (?:the|my) (?:box|parcel|package))\\b.*");

    private static final Pattern CHINESE = Pattern.compile("(?s).*(?:"
            + "(?:账号|帐号|账户|帐户|号|会员)(?:好像|可能|应该|貌似|估计)?(?:被|让|叫)(?:人|别人|他人|黑客|坏人)?(?:盗|盗用|盗走|黑|黑了|入侵|攻击|劫持|登录|登陆|登入|冒用|用了|拿去用)"
            + "|被盗号|被人?盗号|盗了我的(?:账号|帐号|号|账户)|号被盗"
            + "|(?:有人|别人|陌生人|他人|黑客|不认识的人)(?:偷偷|擅自)?(?:在)?(?:登录|登陆|登入|登|上|用|盗用|冒用|进了?|进入|改|修改|动)了?(?:我的|我)(?:账号|帐号|账户|帐户|号|密码)"
            + "|(?:有人|别人|陌生人|他人)(?:用|拿|冒用|盗用)(?:我的)?(?:账号|帐号|账户|号)(?:下单|下了单|买|付款|支付|消费)"
            + "|(?:陌生|不明|异常|未知|不认识的|别人的?)(?:设备|手机|电脑|地点|地区|ip|IP)(?:在)?(?:登录|登陆|登入|上线)"
            + "|异地登录|异地登陆|异常登录|异常登陆"
            + "|(?:不是我|并非我|非本人)(?:本人)?(?:付的款|支付的|登录的?)"
            + "|(?:密码|支付密码)(?:被人?|被别人|让人)(?:改|修改|重置|篡改)"
            + "|(?:我)?(?:没|没有)(?:改过?|修改过?)密码.{0,12}(?:密码|被改|变了|登录不了|登不上)"
            + "|盗刷|被盗用|莫名其妙(?:多了|出现了?)(?:一个|几个|个|一笔|几笔)?(?:订单|付款|扣款)"
            + ").*");
    /**
     * An order or purchase the shopper did not make: an intruder's, unless the message is about something received (a
     * wrong item, {@link #CHINESE_RECEIVED}).
     */
    private static final Pattern CHINESE_NOT_MINE = Pattern.compile("(?s).*(?:"
            + "(?:不是我|并非我|非本人)(?:本人)?(?:下的?单|买的|下的|操作的?)"
            + "|(?:订单|单子|这笔(?:订单|付款|支付|钱)|这个单)(?:不是我|并非我|非本人)(?:下|买|付|操作)"
            + "|我(?:根本|从来|从)?(?:没|没有)(?:下过|下)(?:这个|这些|这笔|那个)?单"
            + "|我(?:根本|从来|从)?(?:没|没有)买过(?:这个|这些|这件|那个|这东西)"
            + ").*");
    /** A question about what would happen or how to stay safe, not a report. */
    private static final Pattern CHINESE_HYPOTHETICAL = Pattern.compile(
            "(?s).*(?:如果|万一|要是|假如|的话|会不会|会被|怎么防|怎样防|如何防|防止|避免|怎么保护|如何保护|安全吗|担心|害怕).*");
    /** Something received that was not ordered: a wrong item, not an intruder. */
    private static final Pattern CHINESE_RECEIVED = Pattern.compile("(?s).*(?:收到|寄来|寄给我|发来|发错|寄错|快递|包裹).*");

    /** Whether {@code text}, in {@code language} ("zh" or "en"), reports that someone else got into the account. */
    public static boolean says(String text, String language) {
        if (!ShortMessage.within(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN)) {
            return false;
        }
        if ("zh".equals(language)) {
            return !CHINESE_HYPOTHETICAL.matcher(text).matches() && (CHINESE.matcher(text).matches()
                    || CHINESE_NOT_MINE.matcher(text).matches() && !CHINESE_RECEIVED.matcher(text).matches());
        }
        String english = ShortMessage.english(text);
        return !ENGLISH_HYPOTHETICAL.matcher(english).matches() && (ENGLISH.matcher(english).matches()
                || ENGLISH_NOT_MINE.matcher(english).matches() && !ENGLISH_RECEIVED.matcher(english).matches());
    }

    private AccountTakeoverReport() {
    }
}
