package io.shopdesk.nlp.review.internal;

import java.time.Instant;
import java.util.List;

/**
 * One train-and-release run as {@code GET /api/nlu/releases/jobs/{id}} shows it. The job's thread replaces its
 * {@link View} as it goes; readers see one whole view. Thread-safe (a volatile immutable view).
 */
final class ReleaseJob {

    /**
     * What the job is doing or did.
     *
     * @param status      {@code running}, then {@code released}, {@code refused} (a check of the gate failed, or the
     *                    training data changed while it ran) or {@code failed} (the data could not be trained, or the
     *                    service stopped while it ran)
     * @param reason      when finished, why: {@code released}, the first failed check's name ({@code below_floor},
     *                    {@code intent_f1_drop}, {@code off_topic_probe}, {@code new_label_agreement}),
     *                    {@code data_changed}, {@code invalid_data}, {@code error}, {@code interrupted}
     * @param phase       {@code reading}, {@code featurising}, {@code cross_validating}, {@code training},
     *                    {@code probing}, {@code releasing}, {@code done}
     * @param progress    0 to 1
     * @param recipe      folds, seed, threshold and tolerance used (the current release's)
     * @param floorFrom   the release version whose floors were used; null when there was no release with floors
     * @param inputsHash  the training-data hash the job read (the new release's {@code trainingDataHash})
     * @param examples    how many training examples it read
     * @param comparisons the candidate's cross-validated figures beside the floors, once measured
     * @param checks      every check of the gate, in words and with the figures side by side, once measured
     * @param outcome     in words, when finished
     * @param released    the new release's version, when released
     * @param override    when a reviewer released the candidate although {@code below_floor} refused it: who, when
     *                    and why (the job's status is then {@code released}, its reason {@code below_floor_overridden})
     * @param releaseAnyway for a job refused by {@code below_floor} alone: {@code offered} while its candidate can be
     *                      released anyway, else why not ({@code candidate_gone}: a later job replaced it;
     *                      {@code release_changed}: another release went live since); null for any other job
     */
    record View(long id, String startedBy, Instant startedAt, Instant finishedAt, String status, String reason,
                String phase, double progress, String detail, Recipe recipe, String floorFrom, String inputsHash,
                Integer examples, List<ReleaseGate.Comparison> comparisons, List<GateCheck> checks, String outcome,
                String released, List<String> warnings, ReleaseOverride override,
                String releaseAnyway) {

        View progressed(String phase, double progress, String detail) {
            return new View(id, startedBy, startedAt, finishedAt, status, reason, phase, progress, detail, recipe,
                    floorFrom, inputsHash, examples, comparisons, checks, outcome, released, warnings, override, releaseAnyway);
        }

        View read(Recipe recipe, String floorFrom, String inputsHash, int examples, List<String> warnings) {
            return new View(id, startedBy, startedAt, finishedAt, status, reason, phase, progress, detail, recipe,
                    floorFrom, inputsHash, examples, comparisons, checks, outcome, released, List.copyOf(warnings),
                    override, releaseAnyway);
        }

        View checked(List<ReleaseGate.Comparison> comparisons, List<GateCheck> checks) {
            return new View(id, startedBy, startedAt, finishedAt, status, reason, phase, progress, detail, recipe,
                    floorFrom, inputsHash, examples, List.copyOf(comparisons), List.copyOf(checks), outcome, released,
                    warnings, override, releaseAnyway);
        }

        View finished(String status, String reason, String outcome, String released, Instant at) {
            return new View(id, startedBy, startedAt, at, status, reason, "done",
                    status.equals("released") ? 1 : progress, null, recipe, floorFrom, inputsHash, examples,
                    comparisons, checks, outcome, released, warnings, override, releaseAnyway);
        }

        View overridden(ReleaseOverride override, String version, String outcome) {
            return new View(id, startedBy, startedAt, finishedAt, "released", "below_floor_overridden", phase, 1, null,
                    recipe, floorFrom, inputsHash, examples, comparisons, checks, outcome, version, warnings, override, null);
        }

        /** This view saying whether its candidate can still be released anyway ({@link #releaseAnyway}). */
        View withReleaseAnyway(String releaseAnyway) {
            return new View(id, startedBy, startedAt, finishedAt, status, reason, phase, progress, detail, recipe,
                    floorFrom, inputsHash, examples, comparisons, checks, outcome, released, warnings, override,
                    releaseAnyway);
        }

        /** Whether a reviewer may release it anyway: refused, and {@code below_floor} the only failed check. */
        boolean refusedOnlyBelowFloor() {
            return status.equals("refused") && "below_floor".equals(reason)
                    && checks.stream().filter(c -> !c.passes()).allMatch(c -> c.check().equals("below_floor"));
        }
    }

    /** A reviewer's release of a candidate {@code below_floor} alone refused: who (login name), when, why. */
    record ReleaseOverride(String by, Instant at, String reason) {
    }

    record Recipe(int folds, long seed, double oosThreshold, double tolerance) {
    }

    private volatile View view;

    ReleaseJob(long id, String startedBy, Instant startedAt) {
        view = new View(id, startedBy, startedAt, null, "running", null, "reading", 0, null, null, null, null, null,
                List.of(), List.of(), null, null, List.of(), null, null);
    }

    View view() {
        return view;
    }

    long id() {
        return view.id();
    }

    boolean running() {
        return view.status().equals("running");
    }

    void progress(String phase, double progress, String detail) {
        view = view.progressed(phase, progress, detail);
    }

    void read(Recipe recipe, String floorFrom, String inputsHash, int examples, List<String> warnings) {
        view = view.read(recipe, floorFrom, inputsHash, examples, warnings);
    }

    void checked(List<ReleaseGate.Comparison> comparisons, List<GateCheck> checks) {
        view = view.checked(comparisons, checks);
    }

    void overridden(ReleaseOverride override, String version, String outcome) {
        view = view.overridden(override, version, outcome);
    }

    void finish(String status, String reason, String outcome, String released, Instant at) {
        view = view.finished(status, reason, outcome, released, at);
    }

    /** Shows {@code last}, the job's final view, once it is recorded. */
    void publish(View last) {
        view = last;
    }
}
