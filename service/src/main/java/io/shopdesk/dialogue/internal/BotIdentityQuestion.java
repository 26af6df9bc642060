package io.shopdesk.dialogue.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message only asks what the shopper is talking to: "are you a robot?", "am I talking to a bot?", "is this a
 * real person?", 你是机器人吗, 你们是机器人吗, 是真人吗, 你是人工还是机器人. The honest answer is the assistant's (rule SayItIsTheAssistant):
 * English shoppers got the off-topic decline, or, when the intent model read "human" as human_agent, a place in the
 * queue they never asked for. The whole short message must be the question, so "I want a real person" and 我要真人 stay
 * requests for a person. Each language has its own wording, matched only for a message in that language. Stateless and
 * thread-safe.
 */
public final class BotIdentityQuestion {
    static final int MAX_LENGTH_ZH = 30;
    static final int MAX_LENGTH_EN = 60;

    private static final String WHAT = "(?:a |an )?(?:real |actual |live |human )?(?:robot|bot|chat ?bot|machine|computer"
            + "|ai|a\\.i\\.|human(?: being)?|person|people|agent|automated (?:system|reply|assistant|message|response)s?"
            + "|automated|automatic|virtual assistant|assistant)";
    private static final Pattern ENGLISH = Pattern.compile("(?:(?:so|ok|okay|and|but|wait|hi|hello|hey|sorry|just curious|"
            + "quick question|out of curiosity)[,.!\\s]+)*"
            + "(?:(?:are|r) (?:you|u)(?: really| actually| even)?|is this(?: really| actually)?|is (?:this|it) (?:a|an)"
            + "|am i (?:talking|chatting|speaking|writing) (?:to|with)(?: a| an)?|is (?:there|this) a (?:real )?(?:person|human)"
            + ")"
            + "(?: " + WHAT + ")?(?: or (?:a |an )?(?:real |actual |live )?(?:robot|bot|machine|ai|human|person|agent))?"
            + "(?: (?:there|here|on the other end|on the other side|talking|i'?m talking to|typing))?"
            + "(?: right now| now| by any chance)?[\\s?!.…]*");
    // The reviewed Chinese wording (commit 1a0d826), unchanged.
    private static final Pattern CHINESE = Pattern.compile(
            "\\s*(亲|请问|那|所以)?[，,\\s]*(你|您)?(们)?(到底)?(是|是不是)(个|一个)?(机器人|真人|人工|真的人|人|ai|AI|智能客服|自动回复|机器)(吗|么|嘛|吧|啊|呀|呢)*[？?。!！~～\\s]*"
            + "|\\s*(亲|请问|那)?[，,\\s]*(你|您)?(们)?(到底)?是(人工|真人|人|机器人|机器|ai|AI)还是(机器人|机器|ai|AI|人工|真人|人)(啊|呀|呢)*[？?。!！~～\\s]*");

    /** Whether {@code text}, in {@code language} ("zh" or "en"), only asks whether the shopper talks to a bot or a person. */
    public static boolean asks(String text, String language) {
        if (!ShortMessage.within(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN)) {
            return false;
        }
        if ("zh".equals(language)) {
            return CHINESE.matcher(text).matches();
        }
        return ENGLISH.matcher(ShortMessage.english(text)).matches()
                && text.toLowerCase(Locale.ROOT).matches("(?s).*\\b(robot|bot|chat ?bot|machine|computer|ai|a\\.i\\.|human"
                        + "|person|people|automated|automatic|assistant|agent)\\b.*");
    }

    private BotIdentityQuestion() {
    }
}
