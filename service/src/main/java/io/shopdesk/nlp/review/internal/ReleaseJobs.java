package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.intent.IntentCrossValidator;
import io.shopdesk.nlp.intent.IntentDataException;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentDataWarnings;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentModel;
import io.shopdesk.nlp.intent.IntentModelStore;
import io.shopdesk.nlp.intent.IntentReleaseTrainer;
import io.shopdesk.nlp.internal.IntentStage;
import io.shopdesk.nlp.review.ReviewSettings;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Train and release from the review page: one job at a time, in the background. A job reads
 * {@code nlp-models/intents/} ({@code *.csv} and Rasa {@code *.yml}, examples only, as {@code nlu train} reads
 * them) while no label changes them, cross-validates the recipe with the current release's folds, seed, threshold
 * and tolerance (each fold also trained without the new examples, for {@link ReleaseChecks#intentF1} and
 * {@link LabelAgreement}: the reviewed files' and those of an intent the live model does not know), trains the
 * candidate on every example through {@link IntentReleaseTrainer} (what {@code nlu train} runs, so the release is the
 * one it would write from these files), and releases it only when every check of {@link ReleaseChecks} and
 * {@link LabelAgreement} passes. The intent stage's watcher then swaps the release in. Files changed while it
 * trained refuse the release: the service would not load a release for other data. Each job is recorded in
 * {@link ReleaseJobHistory}
 * when it starts and when it ends, so a restart keeps the history; the running job is followed in memory.
 *
 * <p>A candidate that only {@code below_floor} refused is kept on disk ({@link RefusedCandidate}, the last job's only)
 * so that a reviewer can release it anyway with a written reason ({@link #override}), also after a restart: a new
 * intent changes the task, and an aggregate figure may move a little below the previous release's floor for it. The
 * noise checks are never overridden. A later job, a change of the training data or of the live release drops that
 * chance (train again).
 * Thread-safe.
 */
@Component
class ReleaseJobs {
    private static final Logger log = LoggerFactory.getLogger(ReleaseJobs.class);

    /** A job is running already. */
    static final class Busy extends RuntimeException {
        final long running;

        Busy(long running) {
            super("Release job " + running + " is still running");
            this.running = running;
        }
    }

    /** Why a job's candidate cannot be released anyway (409), with an {@code error} code the page can tell apart. */
    static final class OverrideRefused extends RuntimeException {
        final String error;

        OverrideRefused(String error, String message) {
            super(message);
            this.error = error;
        }
    }

    private final IntentStage intents;
    private final ReviewedExamples examples;
    private final NlpSettings settings;
    private final ReviewSettings review;
    private final ReleaseJobHistory history;
    private final OffTopicProbe probe;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nlu-release");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private ReleaseJob current;
    /** The last job's candidate while it may be released anyway, on disk. */
    private final RefusedCandidate refused;
    /** Whether the current job's end is in the history table (an override must not be overwritten by it). */
    private boolean currentRecorded;

    ReleaseJobs(IntentStage intents, ReviewedExamples examples, NlpSettings settings, ReviewSettings review,
                ReleaseJobHistory history, Clock clock) {
        this.intents = intents;
        this.examples = examples;
        this.settings = settings;
        this.review = review;
        this.history = history;
        this.probe = OffTopicProbe.fromModels(settings.modelsDir());
        this.clock = clock;
        this.refused = new RefusedCandidate(intents.releaseFolder().resolveSibling(RefusedCandidate.FOLDER));
    }

    /** Starts a job for {@code username}; {@link Busy} when one runs. */
    synchronized ReleaseJob start(String username) {
        if (current != null && current.running()) {
            throw new Busy(current.id());
        }
        var at = now();
        ReleaseJob job = new ReleaseJob(history.started(username, at), username, at);
        current = job;
        currentRecorded = false;
        // A new job supersedes the one whose candidate was kept: its figures no longer describe what would go live.
        refused.clear();
        worker.submit(() -> {
            try {
                run(job);
            } finally {
                synchronized (this) {
                    try {
                        history.finished(job.view());
                    } finally {
                        currentRecorded = true;
                        notifyAll();
                    }
                }
            }
        });
        return job;
    }

    /**
     * Releases job {@code id}'s candidate although {@code below_floor} refused it, for {@code username} with their
     * {@code reason} (recorded in the job's history and the release manifest); the job's view after it.
     * {@link OverrideRefused} when the job was not refused by {@code below_floor} alone, was overridden already, its
     * candidate is no longer kept, or the training data or the live release changed since; {@link Busy} while a job
     * runs.
     */
    synchronized ReleaseJob.View override(long id, String username, String reason) {
        if (current != null && current.running()) {
            throw new Busy(current.id());
        }
        while (current != null && current.id() == id && !currentRecorded) {
            try {
                wait(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while job " + id + " was recorded", e);
            }
        }
        ReleaseJob.View view = job(id).orElseThrow(() -> new IllegalArgumentException("no release job " + id));
        if (view.override() != null) {
            throw new OverrideRefused("already_overridden", "Job " + id + " was released anyway already, by "
                    + view.override().by() + " at " + view.override().at() + " (" + view.released() + ").");
        }
        if (!view.status().equals("refused")) {
            throw new OverrideRefused("not_refused", "Job " + id + " was not refused (it is " + view.status()
                    + "); only a refusal by below_floor alone can be released anyway.");
        }
        if (!view.refusedOnlyBelowFloor()) {
            List<String> noise = view.checks().stream().filter(c -> !c.passes()).map(GateCheck::check)
                    .filter(c -> !c.equals("below_floor")).toList();
            throw new OverrideRefused("not_overridable", "Job " + id + " was refused by "
                    + (noise.isEmpty() ? view.reason() : String.join(", ", noise)) + ", which cannot be overridden: "
                    + "only a refusal by below_floor alone can be released anyway. Fix the labels and train again.");
        }
        Optional<RefusedCandidate.Kept> kept = refused.of(id);
        if (kept.isEmpty()) {
            throw new OverrideRefused("candidate_gone", "Job " + id + "'s candidate is no longer kept (a later job "
                    + "ran): train again, then release that job anyway.");
        }
        Path releases = intents.releaseFolder();
        String liveVersion = IntentModelStore.manifest(releases).map(IntentModelStore.Manifest::version).orElse(null);
        if (!java.util.Objects.equals(liveVersion, kept.get().liveVersion())) {
            refused.clear();
            throw new OverrideRefused("release_changed", "The live release changed since job " + id
                    + " measured its candidate against it: train again.");
        }
        ReleaseJob.ReleaseOverride override = new ReleaseJob.ReleaseOverride(username, now(), reason);
        IntentReleaseTrainer release = new IntentReleaseTrainer(intents.trainer());
        String dataHash = kept.get().dataHash();
        String version = examples.locked(() -> {
            if (!read(release).hash().equals(dataHash)) {
                return null;
            }
            return refused.release(releases, new IntentModelStore.GateOverride("below_floor", username,
                    override.at().toString(), reason, id)).version();
        });
        if (version == null) {
            refused.clear();
            throw new OverrideRefused("data_changed", "The training data changed since job " + id
                    + " trained its candidate: train again.");
        }
        String outcome = "Released " + version + " anyway by " + username + " below the floor ("
                + view.checks().stream().filter(c -> !c.passes()).map(GateCheck::summary).findFirst().orElse("")
                + "); reason: " + reason + ". The service swaps it in";
        log.info("Intent release {} written below the floor by {} (job {}): {}", version, username, id, reason);
        history.overridden(id, override, version, outcome);
        if (current != null && current.id() == id) {
            current.overridden(override, version, outcome);
        }
        return job(id).orElseThrow();
    }

    /** The service's last job as it goes (its row may lag a moment behind), or a recorded one. */
    Optional<ReleaseJob.View> job(long id) {
        synchronized (this) {
            if (current != null && current.id() == id) {
                return Optional.of(current.view());
            }
        }
        return history.find(id);
    }

    /** The newest {@code limit} jobs, newest first; the running one as it goes. */
    List<ReleaseJob.View> recent(int limit) {
        ReleaseJob last;
        synchronized (this) {
            last = current;
        }
        return history.recent(limit).stream().map(v -> last != null && last.id() == v.id() ? last.view() : v).toList();
    }

    /** The running job, if any. */
    synchronized Optional<ReleaseJob> running() {
        return Optional.ofNullable(current).filter(ReleaseJob::running);
    }

    /** The training data; {@code reviewed[i]}: example i is from a reviewed file (the team's labels). */
    private record Snapshot(List<IntentExample> examples, boolean[] reviewed, String hash) {
        /** The examples the gate treats as new: the reviewed files', and those of an intent the live model lacks. */
        boolean[] newExamples(List<String> liveLabels) {
            java.util.Set<String> known = java.util.Set.copyOf(liveLabels);
            boolean[] fresh = new boolean[reviewed.length];
            for (int i = 0; i < fresh.length; i++) {
                fresh[i] = reviewed[i] || !known.contains(examples.get(i).intent());
            }
            return fresh;
        }
    }

    private static int count(boolean[] marks) {
        int n = 0;
        for (boolean m : marks) {
            n += m ? 1 : 0;
        }
        return n;
    }

    private void run(ReleaseJob job) {
        try {
            Path releases = intents.releaseFolder();
            Optional<IntentModelStore.Manifest> live = IntentModelStore.manifest(releases);
            IntentModelStore.CrossValidation recorded = live.map(IntentModelStore.Manifest::crossValidation).orElse(null);
            IntentReleaseTrainer.Recipe recipe = recorded == null
                    ? IntentReleaseTrainer.Recipe.defaults(settings.oosThreshold()) : IntentReleaseTrainer.Recipe.of(recorded);
            IntentReleaseTrainer release = new IntentReleaseTrainer(intents.trainer());
            Snapshot data = examples.locked(() -> read(release));
            job.read(new ReleaseJob.Recipe(recipe.folds(), recipe.seed(), recipe.oosThreshold(), recipe.tolerance()),
                    recorded == null ? null : live.get().version(), data.hash(), data.examples().size(),
                    IntentDataWarnings.ofServiceData(data.examples()));
            IntentModel liveModel = IntentModelStore.load(releases, live.map(IntentModelStore.Manifest::trainingDataHash)
                    .orElse("")).orElse(intents.model());
            boolean[] fresh = data.newExamples(liveModel.labels());
            IntentReleaseTrainer.PairedCrossValidation paired = release.crossValidatePaired(data.examples(),
                    fresh, recipe, listener(job, recipe.folds()));
            IntentModelStore.CrossValidation measured = paired == null ? null : paired.crossValidation();
            job.progress("training", 0.9, null);
            IntentReleaseTrainer.Candidate candidate = release.train(data.examples(),
                    all -> all.parallelStream().map(release.trainer()::features).toList(), data.hash(), recipe, measured);
            job.progress("probing", 0.95, null);
            List<ReleaseGate.Comparison> comparisons = measured == null ? List.of()
                    : ReleaseGate.compare(measured.measured(), recorded == null ? null : recorded.floor());
            OffTopicProbe.Featurised probed = probe.featurise(release.trainer());
            List<GateCheck> checks = List.of(
                    ReleaseChecks.floors(comparisons, recorded),
                    ReleaseChecks.intentF1(paired == null ? null : paired.f1Without(),
                            paired == null ? null : paired.f1With(), count(fresh), review.intentF1Drop()),
                    ReleaseChecks.offTopic(probed.placedBy(liveModel.withOosThreshold(settings.oosThreshold())),
                            probed.placedBy(candidate.model().withOosThreshold(settings.oosThreshold())),
                            review.offTopicRise()),
                    LabelAgreement.check(data.examples(), fresh, paired == null ? null : paired.heldOutWithoutTop(),
                            paired == null ? null : paired.heldOutWith(), review.minLabelAgreement(),
                            review.labelAgreementGroup()));
            job.checked(comparisons, checks);
            Optional<GateCheck> failed = checks.stream().filter(c -> !c.passes()).findFirst();
            if (failed.isPresent()) {
                if (checks.stream().filter(c -> !c.passes()).allMatch(c -> c.check().equals("below_floor"))) {
                    keep(job.id(), candidate, live.map(IntentModelStore.Manifest::version).orElse(null));
                }
                log.info("Intent release job {} by {} refused: {}", job.id(), job.view().startedBy(), checks);
                job.finish("refused", failed.get().check(), "Refused: " + String.join(" ", checks.stream()
                        .filter(c -> !c.passes()).map(GateCheck::summary).toList()) + " The live model stays.", null,
                        now());
                return;
            }
            job.progress("releasing", 0.98, null);
            String version = examples.locked(() -> {
                if (!read(release).hash().equals(data.hash())) {
                    return null;
                }
                return candidate.writeTo(releases).version();
            });
            if (version == null) {
                job.finish("refused", "data_changed", "The training data changed while the job ran; train again to "
                        + "release it", null, now());
            } else {
                log.info("Intent release {} written by {} (job {})", version, job.view().startedBy(), job.id());
                job.finish("released", "released", "Released " + version + "; the service swaps it in", version,
                        now());
            }
        } catch (IntentDataException e) {
            job.finish("failed", "invalid_data", e.getMessage(), null, now());
        } catch (RuntimeException e) {
            log.warn("Release job {} failed", job.id(), e);
            job.finish("failed", "error", e.toString(), null, now());
        }
    }

    private synchronized void keep(long job, IntentReleaseTrainer.Candidate candidate, String liveVersion) {
        refused.keep(job, candidate, liveVersion);
    }

    private Snapshot read(IntentReleaseTrainer release) {
        List<Path> files = IntentDataReader.dataFiles(examples.folder());
        List<IntentExample> all = new ArrayList<>();
        List<Boolean> reviewed = new ArrayList<>();
        for (Path file : files) {
            List<IntentExample> read = IntentDataReader.read(file);
            all.addAll(read);
            boolean team = file.getFileName().toString().startsWith("reviewed-");
            read.forEach(e -> reviewed.add(team));
        }
        boolean[] marks = new boolean[reviewed.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = reviewed.get(i);
        }
        return new Snapshot(all, marks, release.dataHash(files, "oos"));
    }

    /** Featurising is the first tenth of the progress, the folds the next eight. */
    private static IntentCrossValidator.Listener listener(ReleaseJob job, int folds) {
        return new IntentCrossValidator.Listener() {
            @Override
            public void featurised(int done, int total) {
                if (done == total) {
                    job.progress("cross_validating", 0.1, "0/" + folds);
                } else if (done % 100 == 0) {
                    job.progress("featurising", 0.1 * done / total, done + "/" + total);
                }
            }

            @Override
            public void foldDone(int fold, int all) {
                job.progress("cross_validating", 0.1 + 0.8 * fold / folds, fold + "/" + all);
            }
        };
    }

    /** The clock's time to the microsecond, as the history table keeps it, so the running view and the record agree. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
