package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.intent.IntentModelStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a candidate may go live: each cross-validated figure at or above the current release's floor for it (the
 * floors CI holds the shipped release to). A floor of null (no out-of-scope examples when the floor was set) holds
 * nothing; a figure the candidate cannot measure any more against a floor fails. Stateless and thread-safe.
 */
final class ReleaseGate {

    /** One figure side by side with its floor. */
    record Comparison(String figure, Double measured, Double floor, boolean passes) {
    }

    private ReleaseGate() {
    }

    static List<Comparison> compare(IntentModelStore.Figures measured, IntentModelStore.Figures floor) {
        List<Comparison> all = new ArrayList<>(4);
        all.add(one("accuracy", measured.accuracy(), floor == null ? null : floor.accuracy()));
        all.add(one("inScopeAccuracy", measured.inScopeAccuracy(), floor == null ? null : floor.inScopeAccuracy()));
        all.add(one("oosRecall", measured.oosRecall(), floor == null ? null : floor.oosRecall()));
        all.add(one("macroF1", measured.macroF1(), floor == null ? null : floor.macroF1()));
        return all;
    }

    static boolean passes(List<Comparison> comparisons) {
        return comparisons.stream().allMatch(Comparison::passes);
    }

    private static Comparison one(String figure, Double measured, Double floor) {
        boolean passes = floor == null || measured != null && measured >= floor;
        return new Comparison(figure, measured, floor, passes);
    }
}
