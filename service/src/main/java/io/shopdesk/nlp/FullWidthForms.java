package io.shopdesk.nlp;

/**
 * Folds full-width Latin letters and digits (ＳＤ１０００００１, ｒｅｆｕｎｄ, what a Chinese keyboard in full-width mode
 * types) to their ASCII forms, one character for one, so every stage reads order ids, amounts, instalment terms and
 * English words alike whichever mode the shopper typed in, and entity offsets still point into the same text.
 * Full-width punctuation (，？！) is left alone: it is ordinary Chinese writing, and the shipped intent data and
 * FAQ are full of it. Thread-safe (stateless).
 */
public final class FullWidthForms {
    private static final char FIRST = '\uFF10';
    private static final char LAST = '\uFF5A';
    private static final int OFFSET = 0xFF10 - '0';

    private FullWidthForms() {
    }

    public static String fold(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST && Character.isLetterOrDigit(c)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c - OFFSET);
            }
        }
        return chars == null ? text : new String(chars);
    }
}
