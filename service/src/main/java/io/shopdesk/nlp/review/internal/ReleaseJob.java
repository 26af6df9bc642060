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
     * @param status      {@code running}, then {@code released}, {@code refused} (a figure under its floor, or the
     *                    training data changed while it ran) or {@code failed} (the data could not be trained)
     * @param reason      when finished, why: {@code released}, {@code below_floor}, {@code data_changed},
     *                    {@code invalid_data}, {@code error}
     * @param phase       {@code reading}, {@code featurising}, {@code cross_validating}, {@code training},
     *                    {@code releasing}, {@code done}
     * @param progress    0 to 1
     * @param recipe      folds, seed, threshold and tolerance used (the current release's)
     * @param floorFrom   the release version whose floors were used; null when there was no release with floors
     * @param comparisons the candidate's cross-validated figures beside the floors, once measured
     * @param outcome     in words, when finished
     * @param released    the new release's version, when released
     */
    record View(long id, String startedBy, Instant startedAt, Instant finishedAt, String status, String reason, String phase,
                double progress, String detail, Recipe recipe, String floorFrom,
                List<ReleaseGate.Comparison> comparisons, String outcome, String released, List<String> warnings) {
    }

    record Recipe(int folds, long seed, double oosThreshold, double tolerance) {
    }

    private volatile View view;

    ReleaseJob(long id, String startedBy, Instant startedAt) {
        view = new View(id, startedBy, startedAt, null, "running", null, "reading", 0, null, null, null, List.of(), null,
                null, List.of());
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
        View v = view;
        view = new View(v.id(), v.startedBy(), v.startedAt(), null, v.status(), null, phase, progress, detail, v.recipe(),
                v.floorFrom(), v.comparisons(), null, null, v.warnings());
    }

    void measuredWith(Recipe recipe, String floorFrom, List<String> warnings) {
        View v = view;
        view = new View(v.id(), v.startedBy(), v.startedAt(), null, v.status(), null, v.phase(), v.progress(), v.detail(),
                recipe, floorFrom, v.comparisons(), null, null, List.copyOf(warnings));
    }

    void compared(List<ReleaseGate.Comparison> comparisons) {
        View v = view;
        view = new View(v.id(), v.startedBy(), v.startedAt(), null, v.status(), null, v.phase(), v.progress(), v.detail(),
                v.recipe(), v.floorFrom(), List.copyOf(comparisons), null, null, v.warnings());
    }

    void finish(String status, String reason, String outcome, String released, Instant at) {
        View v = view;
        view = new View(v.id(), v.startedBy(), v.startedAt(), at, status, reason, "done", status.equals("released") ? 1 : v.progress(),
                null, v.recipe(), v.floorFrom(), v.comparisons(), outcome, released, v.warnings());
    }
}
