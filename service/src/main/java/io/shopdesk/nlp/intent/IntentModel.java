package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.IntentPrediction.ScoredIntent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import smile.classification.Maxent;

/**
 * A trained intent classifier: a multinomial maximum-entropy model (Smile's {@link Maxent}, L-BFGS) over sparse binary
 * features from {@link IntentFeaturizer}. Its probabilities are the calibrated confidence; a message is out of scope
 * when the model picks {@code oos} or its best probability is under the threshold. Immutable and thread-safe.
 */
public final class IntentModel implements Serializable {
    private final Map<String, Integer> featureIndex;
    private final String[] labels;
    private final Maxent maxent;
    private final double oosThreshold;

    IntentModel(Map<String, Integer> featureIndex, String[] labels, Maxent maxent, double oosThreshold) {
        this.featureIndex = Map.copyOf(featureIndex);
        this.labels = labels.clone();
        this.maxent = maxent;
        this.oosThreshold = oosThreshold;
    }

    public List<String> labels() {
        return List.of(labels);
    }

    public double oosThreshold() {
        return oosThreshold;
    }

    public int featureCount() {
        return featureIndex.size();
    }

    /** Same model, another out-of-scope threshold (for tuning on validation data). */
    public IntentModel withOosThreshold(double threshold) {
        return new IntentModel(featureIndex, labels, maxent, threshold);
    }

    /** The probability of every label, in the order of {@link #labels()}. */
    public double[] distribution(Set<String> features) {
        int[] x = indices(features);
        double[] probabilities = new double[labels.length];
        if (x.length == 0) {
            Arrays.fill(probabilities, 1.0 / labels.length);
        } else {
            maxent.predict(x, probabilities);
        }
        return probabilities;
    }

    private int[] indices(Set<String> features) {
        return features.stream().map(featureIndex::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).sorted().toArray();
    }

    public IntentPrediction predict(Set<String> features) {
        int[] x = indices(features);
        double[] probabilities = distribution(features);
        List<ScoredIntent> ranked = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            ranked.add(new ScoredIntent(labels[i], probabilities[i]));
        }
        ranked.sort(Comparator.comparingDouble(ScoredIntent::confidence).reversed());
        List<ScoredIntent> top = List.copyOf(ranked.subList(0, Math.min(3, ranked.size())));
        ScoredIntent best = top.getFirst();
        if (x.length == 0 || best.name().equals(IntentPrediction.OUT_OF_SCOPE) || best.confidence() < oosThreshold) {
            return IntentPrediction.outOfScope(top);
        }
        return new IntentPrediction(best.name(), best.confidence(), false, top);
    }
}
