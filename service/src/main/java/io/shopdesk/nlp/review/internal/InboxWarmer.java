package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.intent.IntentModel;
import io.shopdesk.nlp.internal.IntentStage;
import io.shopdesk.nlp.review.ReviewSettings;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Classifies the review inbox's texts in the background when the service has started and whenever a new model
 * serves (a release swapped in), so that the supervisor's first request finds them classified: before, that request
 * featurised every text itself (seconds under load). It looks at which model serves every two seconds (a reference
 * comparison) and warms the longest period the page offers ({@link ReviewQuery#MAX_DAYS} days, at most
 * {@link MissedMessages#MAX_ROWS} messages): what the model makes of each text, not the rows, so a request still reads
 * the transcripts and sees every message stored until then. The memory it costs is the prediction
 * store's ({@link LivePredictions#MAX_TEXTS} texts at most; the features are not kept). Off with
 * {@code shopdesk.nlp.review.inbox-warm=false}. Runs on one daemon thread at the lowest priority; a request during a
 * warm-up waits for it rather than classifying beside it. Thread-safe.
 */
@Component
class InboxWarmer {
    private static final Logger log = LoggerFactory.getLogger(InboxWarmer.class);

    /** What the last warm-up did, for {@code GET /api/nlu/releases/current}. */
    record Warmed(String model, int texts, long millis) {
    }

    private final ReviewInbox inbox;
    private final IntentStage intents;
    private final boolean enabled;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nlu-inbox-warm");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private IntentModel warmedModel;
    private volatile Warmed last;

    InboxWarmer(ReviewInbox inbox, IntentStage intents, ReviewSettings settings) {
        this.inbox = inbox;
        this.intents = intents;
        this.enabled = settings.inboxWarm();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (enabled) {
            worker.scheduleWithFixedDelay(this::warmIfNewModel, 0, 2, TimeUnit.SECONDS);
        }
    }

    /** The last warm-up, or null before the first one ended (or when warming is off). */
    Warmed last() {
        return last;
    }

    private void warmIfNewModel() {
        IntentModel model = intents.model();
        if (model == warmedModel) {
            return;
        }
        String source = intents.source();
        long start = System.nanoTime();
        try {
            int texts = inbox.warm(model, ReviewQuery.MAX_DAYS);
            warmedModel = model;
            last = new Warmed(source, texts, (System.nanoTime() - start) / 1_000_000);
            log.info("Review inbox warmed for {}: {} texts classified in {} ms", source, texts, last.millis());
        } catch (RuntimeException e) {
            // Tried again at the next look (a database still starting, say); the inbox then classifies on request.
            log.warn("Review inbox warm-up failed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
