package io.shopdesk.nlp.internal;

import com.hankcs.hanlp.HanLP;

/**
 * A message written in Traditional characters (我的帳號登錄不了, 忘記密碼了, 訂單到哪裡了) read as its Simplified
 * form before any stage sees it: the intent model, the dialogue's rules, the FAQ and the e-commerce dictionary are all
 * Simplified, and such a message fell back to "I don't understand" twice and went to a person (stop 33). HanLP's
 * conversion of the whole text is kept when it has the text's length, so that entity offsets still point into what
 * the shopper typed; otherwise each character is converted alone. A text without Han characters comes back as it is.
 * Thread-safe (stateless; HanLP's conversion dictionaries are read-only once loaded).
 */
public final class TraditionalChinese {

    private TraditionalChinese() {
    }

    /** {@code text} in Simplified characters, the same length as {@code text}. */
    public static String simplify(String text) {
        if (text == null || text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return text;
        }
        String whole = HanLP.convertToSimplifiedChinese(text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder simplified = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String one = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    ? HanLP.convertToSimplifiedChinese(String.valueOf(c)) : null;
            simplified.append(one != null && one.length() == 1 ? one.charAt(0) : c);
        }
        return simplified.toString();
    }
}
