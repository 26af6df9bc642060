package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether the whole message only says yes: "yes", "yes please", "sure, go ahead", "please do", "ok", "that's right", 好的,
 * 可以, 是的, 确认, 没错, 麻烦了, 帮我查一下. The rules read it only right after the bot asked a yes/no question (the status of a
 * late order offers an investigation by a colleague: rule LateOrderInvestigationAccepted; a new delivery address to
 * confirm: NewAddressConfirmed); elsewhere "ok" is an acknowledgement.
 * Not a refusal (不用了, 不要, "no thanks") nor thanks alone. Each language has its own wording, matched only for a
 * message in that language. Stateless and thread-safe.
 */
public final class YesAnswer {
    static final int MAX_LENGTH_ZH = 16;
    static final int MAX_LENGTH_EN = 50;

    private static final String YES_EN = "(?:yes|yeah|yea|yep|yup|ya|sure|ok|okay|alright|all right|absolutely|of course"
            + "|definitely|please do|please|pls|go ahead|go on|do it|do that|do so|confirm|confirmed|correct|that's correct"
            + "|that is correct|that's right|right|looks good|exactly)";
    private static final String MORE_EN = "(?:" + YES_EN + "|i would|i'd like that|that would be (?:great|good|helpful)"
            + "|that'd be (?:great|good|helpful)|thanks|thank you|thx|ty)";
    private static final String SEP_EN = "[,.!\\s]*";
    private static final Pattern ENGLISH = Pattern.compile(YES_EN + "(?:" + SEP_EN + MORE_EN + ")*" + SEP_EN);

    private static final String YES_ZH = "(?:好的|好呀|好啊|好吧|好|行|可以的|可以|是的|是|对的|对|要的|要|需要|嗯嗯|嗯"
            + "|麻烦了|麻烦你了|麻烦您了|拜托了|那就查一下吧|那就查一下|帮我查一下吧|帮我查一下|帮我查查|帮我查|查一下吧|查一下|转吧"
            + "|确认修改|确认|确定|没错|没问题|正确|改吧)";
    private static final String SEP_ZH = "[，,。.!！~～\\s]*";
    private static final Pattern CHINESE = Pattern.compile(
            SEP_ZH + YES_ZH + "(?:" + SEP_ZH + "(?:" + YES_ZH + "|谢谢你|谢谢您|谢谢|谢啦))*" + SEP_ZH);

    /** Whether {@code text}, in {@code language} ("zh" or "en"), only says yes. */
    public static boolean is(String text, String language) {
        return ShortMessage.isWhole(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN, CHINESE, ENGLISH);
    }

    private YesAnswer() {
    }
}
