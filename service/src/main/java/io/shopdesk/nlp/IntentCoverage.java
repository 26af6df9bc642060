package io.shopdesk.nlp;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which of the intent model's labels the bot has no answer for: a team's new intent is classified as soon as it is
 * trained, but until something answers it the shopper gets "I don't understand" at any confidence. The release job and
 * the review page warn with it. Implemented by the feature that answers (the dialogue), so that {@code nlp} does not
 * depend on it. Implementations are thread-safe.
 */
public interface IntentCoverage {
    /** Of {@code labels}, those nothing answers, in the order given. */
    List<String> unanswered(Collection<String> labels);

    /**
     * An intent with no answer of its own whose messages the FAQ search answers anyway: {@code answered} of its
     * {@code examples} (those tried) get an FAQ answer, from {@code entries} (the most frequent first).
     */
    record SearchAnswer(String intent, List<String> entries, int answered, int examples) {
    }

    /**
     * Of the intents given with their example texts (intents {@link #unanswered} names), those whose examples the FAQ
     * search answers, at least half of them, as the shopper's message would be answered with no rule for its
     * intent: such an intent is answered, though maybe not as the team means (a team's {@code price_match} got the
     * shipped price-protection answer while it was listed as unanswered). In the order given.
     */
    default List<SearchAnswer> answeredBySearch(Map<String, List<String>> examples) {
        return List.of();
    }
}
