package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether the whole message only says no: "no", "no thanks", "don't change it", "leave it as it is", 不用了, 不要, 算了,
 * 不对, 先不改了. The rules read it only right after the bot asked a yes/no question (the new delivery address to
 * confirm: rule NewAddressDeclined); elsewhere "no" answers nothing the bot asked. Not "no problem" nor 不客气 (thanks
 * acknowledged), and not "cancel" (a cancellation is a request of its own). Each language has its own wording, matched
 * only for a message in that language, as {@link YesAnswer}'s. Stateless and thread-safe.
 */
public final class NoAnswer {
    static final int MAX_LENGTH_ZH = 16;
    static final int MAX_LENGTH_EN = 50;

    private static final String NO_EN = "(?:no|nope|nah|no thanks|no thank you|no thx|not now|not yet|never mind|nevermind"
            + "|no need|don't|do not|don't change it|do not change it|don't do it|don't do that|leave it|leave it as it is"
            + "|keep it|keep it as it is|keep the old one|keep the old address|that's wrong|that is wrong|that's not right"
            + "|wrong address|not that one|i changed my mind)";
    private static final String SEP_EN = "[,.!\\s]*";
    private static final Pattern ENGLISH = Pattern.compile(NO_EN + "(?:" + SEP_EN + "(?:" + NO_EN + "|please|thanks"
            + "|thank you|sorry))*" + SEP_EN);

    private static final String NO_ZH = "(?:不用了|不用改了|不用|不要了|不要|不了|算了|不改了|先不改了|先不改|不需要|不必了|不对|不是|错了"
            + "|地址不对|不是这个|暂时不用|先不用|否)";
    private static final String SEP_ZH = "[，,。.!！~～\\s]*";
    private static final Pattern CHINESE = Pattern.compile(
            SEP_ZH + NO_ZH + "(?:" + SEP_ZH + "(?:" + NO_ZH + "|谢谢你|谢谢您|谢谢|谢啦))*" + SEP_ZH);

    /** Whether {@code text}, in {@code language} ("zh" or "en"), only says no. */
    public static boolean is(String text, String language) {
        return ShortMessage.isWhole(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN, CHINESE, ENGLISH);
    }

    private NoAnswer() {
    }
}
