package io.shopdesk.nlp.intent;

import java.util.Locale;
import java.util.regex.Pattern;

/** One labelled training or test message. */
public record IntentExample(String text, String intent) {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The text as copies are recognised: lower-cased, with runs of whitespace as one space and none around it. The
     * features ignore both, so two texts with the same key are the same message to the model.
     */
    public String textKey() {
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
