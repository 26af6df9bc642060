package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.FullWidthForms;
import java.util.Locale;
import java.util.regex.Pattern;

/** One labelled training or test message. */
public record IntentExample(String text, String intent) {
    private static final Pattern SPACES_AND_PUNCTUATION = Pattern.compile("[\\s\\p{P}]+");

    /**
     * The text as copies are recognised: lower-cased, without whitespace or punctuation ("thanks" and "thanks!",
     * "good night" and "goodnight", "好的谢谢" and "好的，谢谢"). Two texts with the same key are, give or take a
     * character n-gram, the same message to the model, so a cross-validation keeps them in one fold.
     */
    public String textKey() {
        String lower = FullWidthForms.fold(text).toLowerCase(Locale.ROOT);
        String key = SPACES_AND_PUNCTUATION.matcher(lower).replaceAll("");
        return key.isEmpty() ? lower.strip() : key; // "?" and "!" are not one message
    }
}
