package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.internal.IntentStage;
import io.shopdesk.nlp.review.ReviewSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The review inbox: the {@link MissedMessages} of the asked period, each with how the live model classifies its text
 * now (so a message a later release places shows as fixed), and the team's label when it has one; filtered and paged.
 * Thread-safe (stateless; each request reads the transcripts, the reviewed files and the serving model).
 */
@Component
class ReviewInbox {

    /** An intent and its confidence. */
    record Classified(String intent, Double confidence) {
    }

    /** A label from the reviewed files, with who gave it and when (null when the file was edited by hand). */
    record Label(String intent, String file, String labelledBy, Instant labelledAt) {
    }

    /**
     * One row of the inbox.
     *
     * @param recorded what the model of the day made of the newest message
     * @param live     what the serving model makes of the text now
     * @param fixed    the live model now places it: as labelled, or (unlabelled) in scope, sure enough, and not as it
     *                 was recorded
     */
    record Item(String text, String language, int count, Instant firstSeen, Instant lastSeen, Set<String> reasons,
                String sampleConversationId, String botRule, String botReply, Classified recorded, Classified live,
                boolean fixed, Label label) {
    }

    record Page(int days, Instant since, double confidenceBar, String model, List<String> intents, int total, int page,
                int size, List<Item> items) {
    }

    private final MissedMessages missed;
    private final ReviewedExamples examples;
    private final LabelAuthors authors;
    private final IntentStage intents;
    private final ReviewSettings settings;
    private final Clock clock;

    ReviewInbox(MissedMessages missed, ReviewedExamples examples, LabelAuthors authors, IntentStage intents,
                ReviewSettings settings, Clock clock) {
        this.missed = missed;
        this.examples = examples;
        this.authors = authors;
        this.intents = intents;
        this.settings = settings;
        this.clock = clock;
    }

    Page page(ReviewQuery query) {
        Instant since = clock.instant().minus(Duration.ofDays(query.days()));
        Map<String, ReviewedExamples.Labelled> labelled = examples.labelled();
        Map<String, LabelAuthors.Author> by = authors.all();
        List<Item> matching = new ArrayList<>();
        for (MissedMessage m : missed.since(since)) {
            if (query.language() != null && !query.language().equals(m.language())
                    || query.reason() != null && !m.reasons().contains(query.reason())) {
                continue;
            }
            ReviewedExamples.Labelled l = labelled.get(m.key());
            LabelAuthors.Author author = l == null ? null : by.get(m.key());
            Label label = l == null ? null : new Label(l.intent(), l.file(), author == null ? null : author.username(),
                    author == null ? null : author.at());
            IntentPrediction now = intents.classify(m.text());
            boolean fixed = label != null ? label.intent().equals(now.name())
                    : !now.outOfScope() && now.confidence() >= settings.confidenceBar() && !now.name().equals(m.intent());
            if (query.fixed() != null && query.fixed() != fixed || query.labelled() != null && query.labelled() != (label != null)) {
                continue;
            }
            matching.add(new Item(m.text(), m.language(), m.count(), m.firstSeen(), m.lastSeen(), m.reasons(),
                    m.sampleConversationId(), m.botRule(), m.botReply(), new Classified(m.intent(), m.confidence()),
                    new Classified(now.name(), round(now.confidence())), fixed, label));
        }
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new Page(query.days(), since, settings.confidenceBar(), intents.source(), knownIntents(),
                matching.size(), query.page(), query.size(), List.copyOf(matching.subList(from, to)));
    }

    /** The serving model's intents and {@code oos}, for the label picker and for checking a label. */
    List<String> knownIntents() {
        TreeSet<String> known = new TreeSet<>(intents.model().labels());
        known.add(IntentPrediction.OUT_OF_SCOPE);
        return List.copyOf(known);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
