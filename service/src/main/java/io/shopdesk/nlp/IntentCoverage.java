package io.shopdesk.nlp;

import java.util.Collection;
import java.util.List;

/**
 * Which of the intent model's labels the bot has no answer for: a team's new intent is classified as soon as it is
 * trained, but until something answers it the shopper gets "I don't understand" at any confidence. The release job and
 * the review page warn with it. Implemented by the feature that answers (the dialogue), so that {@code nlp} does not
 * depend on it. Implementations are thread-safe.
 */
public interface IntentCoverage {
    /** Of {@code labels}, those nothing answers, in the order given. */
    List<String> unanswered(Collection<String> labels);
}
