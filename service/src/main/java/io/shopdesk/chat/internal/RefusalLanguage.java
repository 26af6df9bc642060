package io.shopdesk.chat.internal;

import io.shopdesk.nlp.Language;

/**
 * The language a refusal (message too long, rate limited, unknown conversation) is said in: that of the refused text
 * ("message too long" to an English essay), else the client's locale, else the conversation's language so far. A
 * refused message is never analysed, so its language is read from its script alone. Thread-safe.
 */
public final class RefusalLanguage {
    private static final int HEAD = 2_000;

    private final ConversationStates states;

    public RefusalLanguage(ConversationStates states) {
        this.states = states;
    }

    /** The refusal's language; null when none of the three tells one. */
    public Language of(String text, String locale, String conversationId) {
        Language shown = evident(text);
        if (shown != null) {
            return shown;
        }
        if (locale != null && !locale.isBlank()) {
            return Language.fromTag(locale, null);
        }
        return states.find(conversationId).map(s -> Language.fromTag(s.getLanguage(), null)).orElse(null);
    }

    /**
     * The language the text itself shows: Chinese for Han characters, English for Latin letters; null when it shows
     * none (digits, emoji). Looks at the first 2,000 characters only (a refused text may be huge).
     */
    static Language evident(String text) {
        if (text == null) {
            return null;
        }
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        if (head.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return Language.ZH;
        }
        return head.codePoints().anyMatch(cp -> cp < 128 && Character.isLetter(cp)) ? Language.EN : null;
    }
}
