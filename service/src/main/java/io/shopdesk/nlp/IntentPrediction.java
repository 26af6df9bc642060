package io.shopdesk.nlp;

import java.util.List;

/**
 * The intent classifier's answer: the best label, its calibrated probability, the three best labels, and whether the
 * message is out of scope (the model predicted {@code oos} or was not sure enough). When out of scope, {@code name}
 * is {@code "oos"} and {@code top} still shows what the model considered.
 */
public record IntentPrediction(String name, double confidence, boolean outOfScope, List<ScoredIntent> top) {

    public static final String OUT_OF_SCOPE = "oos";

    public record ScoredIntent(String name, double confidence) {
    }

    public static IntentPrediction outOfScope(List<ScoredIntent> top) {
        double best = top.isEmpty() ? 0 : top.getFirst().confidence();
        return new IntentPrediction(OUT_OF_SCOPE, best, true, List.copyOf(top));
    }
}
