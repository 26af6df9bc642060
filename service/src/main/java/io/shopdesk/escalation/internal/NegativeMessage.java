package io.shopdesk.escalation.internal;

/**
 * How both sentiment lexicons ({@link ChineseSentiment}, {@link EnglishOutburstLexicon}) score a message that has
 * negative words: its most negative word, deepened by {@value #DEEPEN} for each further strongly negative word (at or
 * below {@value #STRONG}) and for each sign of anger beside the words (two or more exclamation marks; shouting in
 * English), clipped at -1. One rule, so that a shopper is as upset in either language for the same signs. Stateless.
 */
final class NegativeMessage {
    /** A word at or below this score is strongly negative: a second one deepens the message. */
    static final double STRONG = -0.6;
    /** How much each further strong word, or each sign of anger, deepens a negative message. */
    static final double DEEPEN = 0.2;

    private NegativeMessage() {
    }

    static boolean strong(double wordScore) {
        return wordScore <= STRONG;
    }

    /** Two or more exclamation marks, half- or full-width. */
    static boolean exclaims(String text) {
        return text.chars().filter(c -> c == '!' || c == '！').count() >= 2;
    }

    /** The message's score from its most negative word, its count of strong words and its other signs of anger. */
    static double score(double mostNegative, int strongWords, int angerSigns) {
        return Math.max(-1, mostNegative - DEEPEN * (Math.max(0, strongWords - 1) + angerSigns));
    }
}
