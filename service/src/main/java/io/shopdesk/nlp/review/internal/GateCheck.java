package io.shopdesk.nlp.review.internal;

import java.util.List;

/**
 * One check of the release gate, as the job, its history and the review page show it: its name, whether it passed,
 * what it found in words, and each figure it compared with the live release's beside it. Immutable.
 *
 * @param check   {@code below_floor}, {@code intent_f1_drop}, {@code off_topic_probe} or {@code new_label_agreement}
 *                ({@link LabelAgreement}); when it fails, the job's {@code reason}
 * @param summary in words, naming the figures that failed
 */
record GateCheck(String check, boolean passes, String summary, List<Figure> figures) {

    GateCheck {
        figures = List.copyOf(figures);
    }

    /**
     * One figure side by side: the live release's, the candidate's, and the limit the candidate's must respect.
     *
     * @param live      null when the live release did not record it
     * @param candidate null when the candidate cannot measure it
     * @param limit     a floor ({@code atLeast}) or a ceiling (not {@code atLeast}); null when there is none
     */
    record Figure(String figure, Double live, Double candidate, Double limit, boolean atLeast, boolean passes) {
    }
}
