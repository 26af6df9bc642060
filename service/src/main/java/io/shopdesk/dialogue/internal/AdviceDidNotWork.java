package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether the whole message says the shopper tried what they were told and it did not work: "still doesn't work",
 * "still nothing", "I tried that already", "same problem", 还是不行, 还是收不到, 试过了还是不行, 照做了也没用. Right after an
 * FAQ answer's steps (the verification code, the coupon, the password) the bot has no more steps to give, so the
 * dialogue rules hand the chat to a person who can look at the account or the coupon. Without this, "still nothing"
 * read as a parcel that has not come (the order number was asked for), "still doesn't work" as a faulty item, and
 * 还是不行 fell back. A message that says what still fails in words of its own ("my card still doesn't work at checkout")
 * is none: its topic may be new, and the FAQ places it. Each language has its own wording, matched only for a message
 * in that language. Stateless and thread-safe.
 */
public final class AdviceDidNotWork {
    static final int MAX_LENGTH_ZH = 14;
    static final int MAX_LENGTH_EN = 50;

    private static final Pattern ENGLISH = Pattern.compile("(?:(?:no|nope|nah|hmm+|um+|well|but|sorry|ok|okay|yes|yeah|"
            + "i did|done|did that)[,.!\\s]+)*"
            + "(?:(?:it|that|this|the code|the coupon|the link|the sms|the password)(?:'s|s|\\s+is)?\\s+)?"
            + "(?:still (?:(?:does ?n[o']?t|did ?n[o']?t|is ?n[o']?t|won'?t|not|can'?t|cannot) (?:work|working|come|coming|arrive|"
            + "arriving|help|helping|go through|load)"
            + "|nothing|no code|no sms|no luck|not working|the same|same problem|same thing|same error|the same problem|broken"
            + "|can'?t (?:log ?in|sign ?in|use it|get in)|not getting (?:it|anything|the code)|nothing came|nothing has come)"
            + "|(?:(?:it|that|this) )?(?:does ?n[o']?t|did ?n[o']?t) work"
            + "|(?:i(?:'ve| have)? )?(?:already )?tried (?:that|it|this|all (?:of )?that|everything)(?: already)?"
            + "(?:,? (?:it |but it |still )?(?:does ?n[o']?t|did ?n[o']?t) (?:work|help))?"
            + "|nothing (?:happened|happens|works|worked|changed)|no luck|same problem|same thing|same error)"
            + "(?:\\s+(?:either|at all|though|already|again|yet))*[\\s.!?…]*");
    private static final Pattern CHINESE = Pattern.compile(
            "(?:可是|但是|但|嗯|哦|唉)?(?:我|我都|都|已经|我已经)?(?:照做了|按你说的做了|试过了|试了|做了)?[，,\\s]*(?:也|都)?"
                    + "(?:还是|依然|仍然|一直|照样)"
                    + "(?:不行|没用|没有用|不管用|收不到|没收到|没有收到|用不了|不能用|登不上|登录不了|没有|一样|不可以|不好使|没反应)"
                    + "(?:啊|呀|呢|的|了|哦|哎)*[？?。!！~～…\\s]*"
                    + "|(?:都|我都|已经|我已经)?试过了(?:，|,)?(?:没用|不行|都不行)?(?:啊|呀|呢|的|了)*[？?。!！~～…\\s]*");

    /** Whether {@code text}, in {@code language} ("zh" or "en"), only says the advice did not work. */
    public static boolean says(String text, String language) {
        return ShortMessage.isWhole(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN, CHINESE, ENGLISH);
    }

    private AdviceDidNotWork() {
    }
}
