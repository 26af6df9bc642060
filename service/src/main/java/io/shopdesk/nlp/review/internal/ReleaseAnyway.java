package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.intent.IntentModelStore;
import io.shopdesk.nlp.intent.IntentReleaseTrainer;
import io.shopdesk.nlp.internal.IntentStage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Release anyway": releases the candidate a job's gate refused by {@code below_floor} alone, kept on disk
 * ({@link RefusedCandidate}), with the supervisor's written reason, also after a restart. A new intent changes the
 * task, and an aggregate figure may move a little below the previous release's floor for it; the noise checks are
 * never overridden. A later job, a change of the training data or of the live release drops that chance, and
 * {@link #availability} says so before anyone clicks, so that the history does not offer it for an old job. Not
 * thread-safe: {@link ReleaseJobs} calls it under its lock.
 */
final class ReleaseAnyway {
    private static final Logger log = LoggerFactory.getLogger(ReleaseAnyway.class);

    /** Why a job's candidate cannot be released anyway (409), with an {@code error} code the page can tell apart. */
    static final class Refused extends RuntimeException {
        final String error;

        Refused(String error, String message) {
            super(message);
            this.error = error;
        }
    }

    private final IntentStage intents;
    private final ReviewedExamples examples;
    private final ReleaseJobHistory history;
    private final RefusedCandidate refused;

    ReleaseAnyway(IntentStage intents, ReviewedExamples examples, ReleaseJobHistory history, RefusedCandidate refused) {
        this.intents = intents;
        this.examples = examples;
        this.history = history;
        this.refused = refused;
    }

    void keep(long job, IntentReleaseTrainer.Candidate candidate, String liveVersion) {
        refused.keep(job, candidate, liveVersion);
    }

    /** Drops the kept candidate: a new job supersedes it (its figures no longer describe what would go live). */
    void drop() {
        refused.clear();
    }

    /**
     * {@code view} with {@link ReleaseJob.View#releaseAnyway} filled in for a job refused by {@code below_floor} alone:
     * {@code offered}, {@code candidate_gone} or {@code release_changed}. The training data is not hashed here (the
     * history lists many jobs); a change of it is answered {@code data_changed} when someone tries.
     */
    ReleaseJob.View availability(ReleaseJob.View view) {
        if (view.override() != null || !view.refusedOnlyBelowFloor()) {
            return view;
        }
        Optional<RefusedCandidate.Kept> kept = refused.of(view.id());
        if (kept.isEmpty()) {
            return view.withReleaseAnyway("candidate_gone");
        }
        return view.withReleaseAnyway(Objects.equals(liveVersion(), kept.get().liveVersion()) ? "offered"
                : "release_changed");
    }

    private String liveVersion() {
        return IntentModelStore.manifest(intents.releaseFolder()).map(IntentModelStore.Manifest::version).orElse(null);
    }

    /**
     * Releases job {@code view}'s candidate for {@code username} with their {@code reason} (recorded in the job's
     * history and the release manifest); {@link Refused} when the job was not refused by {@code below_floor} alone,
     * was overridden already, its candidate is no longer kept, or the training data or the live release changed.
     */
    ReleaseJob.ReleaseOverride release(ReleaseJob.View view, String username, String reason, Instant at) {
        long id = view.id();
        if (view.override() != null) {
            throw new Refused("already_overridden", "Job " + id + " was released anyway already, by "
                    + view.override().by() + " at " + view.override().at() + " (" + view.released() + ").");
        }
        if (!view.status().equals("refused")) {
            throw new Refused("not_refused", "Job " + id + " was not refused (it is " + view.status()
                    + "); only a refusal by below_floor alone can be released anyway.");
        }
        if (!view.refusedOnlyBelowFloor()) {
            List<String> noise = view.checks().stream().filter(c -> !c.passes()).map(GateCheck::check)
                    .filter(c -> !c.equals("below_floor")).toList();
            throw new Refused("not_overridable", "Job " + id + " was refused by "
                    + (noise.isEmpty() ? view.reason() : String.join(", ", noise)) + ", which cannot be overridden: "
                    + "only a refusal by below_floor alone can be released anyway. Fix the labels and train again.");
        }
        Optional<RefusedCandidate.Kept> kept = refused.of(id);
        if (kept.isEmpty()) {
            throw new Refused("candidate_gone", "Job " + id + "'s candidate is no longer kept (a later job "
                    + "ran): train again, then release that job anyway.");
        }
        if (!Objects.equals(liveVersion(), kept.get().liveVersion())) {
            refused.clear();
            throw new Refused("release_changed", "The live release changed since job " + id
                    + " measured its candidate against it: train again.");
        }
        ReleaseJob.ReleaseOverride override = new ReleaseJob.ReleaseOverride(username, at, reason);
        IntentReleaseTrainer release = new IntentReleaseTrainer(intents.trainer());
        Path releases = intents.releaseFolder();
        String dataHash = kept.get().dataHash();
        String version = examples.locked(() -> {
            if (!TrainingSnapshot.read(examples.folder(), release).hash().equals(dataHash)) {
                return null;
            }
            return refused.release(releases, new IntentModelStore.GateOverride("below_floor", username,
                    at.toString(), reason, id)).version();
        });
        if (version == null) {
            refused.clear();
            throw new Refused("data_changed", "The training data changed since job " + id
                    + " trained its candidate: train again.");
        }
        String outcome = "Released " + version + " anyway by " + username + " below the floor ("
                + view.checks().stream().filter(c -> !c.passes()).map(GateCheck::summary).findFirst().orElse("")
                + "); reason: " + reason + ". The service swaps it in";
        log.info("Intent release {} written below the floor by {} (job {}): {}", version, username, id, reason);
        history.overridden(id, override, version, outcome);
        return override;
    }
}
