package io.shopdesk.recommendation.internal;

/**
 * Where a word from one of the shop's word lists ({@code attributes.csv}, {@code recipients.csv}) stands in a
 * lower-cased message: a Latin word only as a whole word ("red" is not in "bored", "son" not in "season"), a Chinese
 * one anywhere (Chinese has no spaces). Stateless.
 */
final class WordInMessage {
    private WordInMessage() {
    }

    /** The first place {@code word} stands in {@code text} by that rule, or -1. */
    static int find(String text, String word) {
        boolean latin = word.charAt(0) < 128;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean left = !latin || at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean right = !latin || end == text.length() || !Character.isLetter(text.charAt(end));
            if (left && right) {
                return at;
            }
        }
        return -1;
    }
}
