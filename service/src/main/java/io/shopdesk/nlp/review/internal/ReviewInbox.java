package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.intent.IntentModel;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The review inbox: the {@link MissedMessages} of the asked period, each with how the live model classifies its text
 * now (so a message a later release places shows as fixed), and the team's label when it has one; filtered and paged.
 * Reading up to 50,000 transcript lines and classifying every group is the cost of a page, so the classified rows of
 * a (period, language) are kept for {@link ReviewSettings#inboxCacheTtl()} under the live model and the reviewed
 * files' state: a label, an undo or a new release is seen by the next request, a new shopper message within the TTL.
 * Filters and pages are cut from the kept rows; what the live model makes of a text is kept apart
 * ({@link LivePredictions}), so a label or another period classifies only texts not seen before. Thread-safe (the
 * kept rows are immutable, the map is synchronised).
 */
@Component
class ReviewInbox {
    private static final Logger log = LoggerFactory.getLogger(ReviewInbox.class);

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
    private final LivePredictions predictions;

    ReviewInbox(MissedMessages missed, ReviewedExamples examples, LabelAuthors authors, IntentStage intents,
                ReviewSettings settings, Clock clock) {
        this.missed = missed;
        this.examples = examples;
        this.authors = authors;
        this.intents = intents;
        this.settings = settings;
        this.clock = clock;
        this.predictions = new LivePredictions(intents);
    }

    /** What the classified rows depend on; the model by identity (a release, or one trained in memory). */
    private record Key(int days, String language, IntentModel model, String labels) {
    }

    private record Rows(Instant since, Instant at, List<Item> items) {
    }

    private static final int KEPT = 8;
    private final Map<Key, Rows> kept = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rows> eldest) {
            return size() > KEPT;
        }
    };

    Page page(ReviewQuery query) {
        Rows rows = rows(query.days(), query.language());
        List<Item> matching = new ArrayList<>();
        for (Item item : rows.items()) {
            if (query.reason() != null && !item.reasons().contains(query.reason())
                    || query.fixed() != null && query.fixed() != item.fixed()
                    || query.labelled() != null && query.labelled() != (item.label() != null)) {
                continue;
            }
            matching.add(item);
        }
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new Page(query.days(), rows.since(), settings.confidenceBar(), intents.source(), knownIntents(),
                matching.size(), query.page(), query.size(), List.copyOf(matching.subList(from, to)));
    }

    private Rows rows(int days, String language) {
        Key key = new Key(days, language, intents.model(), examples.state());
        Instant now = clock.instant();
        synchronized (kept) {
            Rows rows = kept.get(key);
            if (rows != null && rows.at().plus(settings.inboxCacheTtl()).isAfter(now)) {
                return rows;
            }
        }
        Rows rows = classify(days, language, key.model(), now);
        if (!settings.inboxCacheTtl().isZero()) {
            synchronized (kept) {
                kept.keySet().removeIf(k -> k.model() != key.model() || !k.labels().equals(key.labels()));
                kept.put(key, rows);
            }
        }
        return rows;
    }

    private Rows classify(int days, String language, IntentModel model, Instant now) {
        Instant since = now.minus(Duration.ofDays(days));
        long start = System.nanoTime();
        List<MissedMessage> read = missed.since(since);
        if (language != null) {
            read = read.stream().filter(m -> language.equals(m.language())).toList();
        }
        long classifying = System.nanoTime();
        Map<String, IntentPrediction> predicted = predictions.of(model, read.stream().map(MissedMessage::text).toList());
        long labelling = System.nanoTime();
        Map<String, ReviewedExamples.Labelled> labelled = examples.labelled();
        Map<String, LabelAuthors.Author> by = authors.all();
        List<Item> items = new ArrayList<>(read.size());
        for (MissedMessage m : read) {
            ReviewedExamples.Labelled l = labelled.get(m.key());
            LabelAuthors.Author author = l == null ? null : by.get(m.key());
            Label label = l == null ? null : new Label(l.intent(), l.file(), author == null ? null : author.username(),
                    author == null ? null : author.at());
            IntentPrediction live = predicted.get(m.text());
            boolean fixed = label != null ? label.intent().equals(live.name())
                    : !live.outOfScope() && live.confidence() >= settings.confidenceBar() && !live.name().equals(m.intent());
            items.add(new Item(m.text(), m.language(), m.count(), m.firstSeen(), m.lastSeen(), m.reasons(),
                    m.sampleConversationId(), m.botRule(), m.botReply(), new Classified(m.intent(), m.confidence()),
                    new Classified(live.name(), round(live.confidence())), fixed, label));
        }
        long end = System.nanoTime();
        log.debug("Review inbox of {} days ({}): {} groups read in {} ms, classified in {} ms, labelled in {} ms",
                days, language == null ? "both" : language, read.size(), (classifying - start) / 1_000_000,
                (labelling - classifying) / 1_000_000, (end - labelling) / 1_000_000);
        return new Rows(since, now, List.copyOf(items));
    }

    /**
     * Classifies the texts of the last {@code days} with {@code model} and keeps what it makes of them
     * ({@link LivePredictions}), so that the first request after a start or a release reads the transcripts but
     * featurises nothing: {@link InboxWarmer} calls it in the background. The rows themselves are not kept here, so a
     * request still sees every message stored up to its own read. The number of texts classified, at most
     * {@link MissedMessages#MAX_ROWS} (the messages one read takes; each distinct text once).
     */
    int warm(IntentModel model, int days) {
        List<String> texts = missed.since(clock.instant().minus(Duration.ofDays(days))).stream()
                .map(MissedMessage::text).toList();
        predictions.of(model, texts);
        return texts.size();
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
