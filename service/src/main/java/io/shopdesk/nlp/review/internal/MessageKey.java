package io.shopdesk.nlp.review.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two shopper messages count as the same in the review inbox: equal after Unicode compatibility folding (NFKC:
 * full-width ＳＤ１２ and half-width SD12, full-width punctuation ，？ and , ?), case folding, trimming and collapsing
 * runs of whitespace. Punctuation is kept ("refund?" and "refund!" are two rows): the inbox shows what shoppers
 * typed, and {@code IntentExample.textKey()} decides what counts as a copy of a training example. Thread-safe
 * (stateless).
 */
final class MessageKey {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private MessageKey() {
    }

    static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        return WHITESPACE.matcher(folded).replaceAll(" ");
    }
}
