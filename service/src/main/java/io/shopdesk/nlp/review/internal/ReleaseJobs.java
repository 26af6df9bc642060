package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.IntentCoverage;
import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.intent.IntentDataException;
import io.shopdesk.nlp.intent.IntentReleaseTrainer;
import io.shopdesk.nlp.internal.IntentStage;
import io.shopdesk.nlp.review.ReviewSettings;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Train and release from the review page: one job at a time, in the background ({@link ReleaseJobRun} does the work),
 * each recorded in {@link ReleaseJobHistory} when it starts and, before its view shows it finished, when it ends, so
 * that a restart keeps the history; the running job is followed in memory. A job is refused at once while the training
 * data cannot be read (409 naming the file and line, as the service's status says), and while another runs.
 * "Release anyway" of a candidate refused by {@code below_floor} alone is {@link ReleaseAnyway}'s; a new job drops
 * that chance, and the history says so for the old job. Thread-safe (its state under its own lock).
 */
@Component
class ReleaseJobs {

    /** A job is running already. */
    static final class Busy extends RuntimeException {
        final long running;

        Busy(long running) {
            super("Release job " + running + " is still running");
            this.running = running;
        }
    }

    private final IntentStage intents;
    private final ReviewedExamples examples;
    private final ReleaseJobHistory history;
    private final ReleaseJobRun runs;
    private final ReleaseAnyway anyway;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nlu-release");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private ReleaseJob current;

    ReleaseJobs(IntentStage intents, ReviewedExamples examples, NlpSettings settings, ReviewSettings review,
                ReleaseJobHistory history, Clock clock, ObjectProvider<IntentCoverage> coverage) {
        this.intents = intents;
        this.examples = examples;
        this.history = history;
        this.clock = clock;
        this.runs = new ReleaseJobRun(intents, examples, settings, review,
                OffTopicProbe.fromModels(settings.modelsDir()), coverage.getIfAvailable(), this::now);
        this.anyway = new ReleaseAnyway(intents, examples, history,
                new RefusedCandidate(intents.releaseFolder().resolveSibling(RefusedCandidate.FOLDER)));
    }

    /**
     * Starts a job for {@code username}; {@link Busy} when one runs, {@link IntentDataException} (naming the file and
     * line) when the training data cannot be read: no job is recorded for data that cannot be trained.
     */
    synchronized ReleaseJob start(String username) {
        if (current != null && current.running()) {
            throw new Busy(current.id());
        }
        examples.locked(() -> TrainingSnapshot.read(examples.folder(), new IntentReleaseTrainer(intents.trainer())));
        Instant at = now();
        ReleaseJob job = new ReleaseJob(history.started(username, at), username, at);
        current = job;
        anyway.drop();
        worker.submit(() -> runs.run(job, this::keep, history::finished));
        return job;
    }

    /** Releases job {@code id}'s candidate anyway ({@link ReleaseAnyway#release}); the job's view after it. */
    synchronized ReleaseJob.View override(long id, String username, String reason) {
        if (current != null && current.running()) {
            throw new Busy(current.id());
        }
        ReleaseJob.View view = job(id).orElseThrow(() -> new IllegalArgumentException("no release job " + id));
        ReleaseJob.ReleaseOverride override = anyway.release(view, username, reason, now());
        if (current != null && current.id() == id) {
            ReleaseJob.View after = history.find(id).orElseThrow();
            current.overridden(override, after.released(), after.outcome());
        }
        return job(id).orElseThrow();
    }

    /** The service's last job as it goes (its row may lag a moment behind), or a recorded one. */
    synchronized Optional<ReleaseJob.View> job(long id) {
        if (current != null && current.id() == id) {
            return Optional.of(anyway.availability(current.view()));
        }
        return history.find(id).map(anyway::availability);
    }

    /** The newest {@code limit} jobs, newest first; the running one as it goes. */
    synchronized List<ReleaseJob.View> recent(int limit) {
        ReleaseJob last = current;
        return history.recent(limit).stream().map(v -> last != null && last.id() == v.id() ? last.view() : v)
                .map(anyway::availability).toList();
    }

    /** The running job, if any. */
    synchronized Optional<ReleaseJob> running() {
        return Optional.ofNullable(current).filter(ReleaseJob::running);
    }

    private synchronized void keep(long job, IntentReleaseTrainer.Candidate candidate, String liveVersion) {
        anyway.keep(job, candidate, liveVersion);
    }

    /** The clock's time to the microsecond, as the history table keeps it, so the running view and the record agree. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Lets a job's last write finish before the database closes: interrupting a thread inside an H2 file database's
     * I/O closes its file channel, and H2 then drops what it had not yet written (the job's row, after a restart:
     * "no release job 1"). A job still training after a few seconds is interrupted; its row stays {@code running} and
     * the next start marks it {@code interrupted}.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }
}
