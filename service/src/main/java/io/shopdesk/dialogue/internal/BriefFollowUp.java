package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether a message is a short "and X?" that leaves the question out, as a follow-up to the last answer: 6期呢 after
 * 12期花呗有利息吗, "and 6 months?", "what about 6 months?", "6 months?" after "is there interest on 12 months?". Rule
 * AnswerFollowUpOnLastAnswer gives that answer again only when the FAQ's closest entry to the follow-up is the one just
 * given, so the wording here only says the message is such a follow-up; what it is about is the FAQ's to say. In English
 * the follow-up opens with "and", "what about", "how about" and the like, or is a bare number and a word or two asked
 * as a question ("6 months?"): a bare word ("refund?") is a new question, not a follow-up. Each language has its own
 * wording, matched only for a message in that language. Stateless and thread-safe.
 */
public final class BriefFollowUp {
    static final int MAX_LENGTH_ZH = 12;
    static final int MAX_LENGTH_EN = 40;

    private static final Pattern ENGLISH_OPENED = Pattern.compile("(?:ok(?:ay)?|right|thanks|cool|hmm+|oh)?[,.!\\s]*"
            + "(?:and|and what about|what about|how about|and how about|and for|what if it'?s|and if it'?s|and if i (?:choose|pick|take)"
            + "|same for|and with|what about with|and also)"
            + " (?:(?:for|with|the|a|an|if it's|on)\\s)?(?:[\\p{L}\\p{N}'-]+)(?:\\s[\\p{L}\\p{N}'-]+){0,3}(?: then| instead)?\\s*[?？]*\\s*");
    private static final Pattern ENGLISH_BARE = Pattern.compile("(?:for |with |on )?\\p{N}+\\s?(?:[\\p{L}'-]+)(?:\\s[\\p{L}'-]+)?"
            + "(?: then| instead)?\\s*[?？]+\\s*");
    // The reviewed Chinese wording (commit bfdb203), unchanged: a short …呢.
    private static final Pattern CHINESE = Pattern.compile(
            "\\s*(那|那么|那如果|如果是?|要是)?[^，,。？?！!呢]{1,8}(的话)?呢[？?。~～\\s]*");

    /** Whether {@code text}, in {@code language} ("zh" or "en"), is a short follow-up that leaves its question out. */
    public static boolean is(String text, String language) {
        if (!ShortMessage.within(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN)) {
            return false;
        }
        if ("zh".equals(language)) {
            return CHINESE.matcher(text).matches();
        }
        String t = ShortMessage.english(text);
        return ENGLISH_OPENED.matcher(t).matches() || ENGLISH_BARE.matcher(t).matches();
    }

    private BriefFollowUp() {
    }
}
