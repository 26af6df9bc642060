package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.IntentPrediction.ScoredIntent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trained intent classifier: an {@link IntentScorer} (by default {@link SoftmaxRegression}) over sparse features
 * from {@link IntentFeaturizer} and, when it was trained with them, static sentence embeddings (it records the
 * table's SHA-256 so it is never fed another table's vectors). Its probabilities are the confidence; a message is
 * out of scope when the model picks {@code oos}, its best probability is under the threshold, or it has no feature
 * the model knows. Immutable and thread-safe.
 */
public final class IntentModel implements Serializable {
    private static final long serialVersionUID = 3L;
    private static final int TOP = 3;

    /** What is serialised (the release format since version 3); lookups go through {@link #index}. */
    private final Map<String, Integer> featureIndex;
    private final transient FeatureIndex index;
    private final String[] labels;
    private final IntentScorer scorer;
    private final double oosThreshold;
    private final String embeddingsSha256;

    IntentModel(Map<String, Integer> featureIndex, String[] labels, IntentScorer scorer, double oosThreshold,
                String embeddingsSha256) {
        this(Map.copyOf(featureIndex), null, labels, scorer, oosThreshold, embeddingsSha256);
    }

    private IntentModel(Map<String, Integer> featureIndex, FeatureIndex index, String[] labels, IntentScorer scorer,
                        double oosThreshold, String embeddingsSha256) {
        this.featureIndex = featureIndex;
        this.index = index != null ? index : new FeatureIndex(featureIndex);
        this.labels = labels.clone();
        this.scorer = scorer;
        this.oosThreshold = oosThreshold;
        this.embeddingsSha256 = embeddingsSha256;
    }

    /** A loaded release gets its lookup table built, as a trained model does: the file holds only the map. */
    @java.io.Serial
    private Object readResolve() {
        return new IntentModel(featureIndex, labels, scorer, oosThreshold, embeddingsSha256);
    }

    /** The SHA-256 of the embedding table the model was trained with, or null when it uses none. */
    public String embeddingsSha256() {
        return embeddingsSha256;
    }

    public List<String> labels() {
        return List.of(labels);
    }

    public double oosThreshold() {
        return oosThreshold;
    }

    public int featureCount() {
        return index.size();
    }

    /** Same model, another out-of-scope threshold (for tuning on validation data). */
    public IntentModel withOosThreshold(double threshold) {
        return new IntentModel(featureIndex, index, labels, scorer, threshold, embeddingsSha256);
    }

    /** The probability of every label, in the order of {@link #labels()}; even odds when no feature is known. */
    public double[] distribution(IntentFeatures features) {
        return distribution(indices(features.names()), features.embedding());
    }

    private double[] distribution(int[] x, float[] embedding) {
        double[] probabilities = new double[labels.length];
        if (x.length == 0) {
            Arrays.fill(probabilities, 1.0 / labels.length);
        } else {
            scorer.probabilities(x, embeddingsSha256 == null ? null : embedding, probabilities);
        }
        return probabilities;
    }

    private int[] indices(Set<String> features) {
        int[] x = new int[features.size()];
        int n = 0;
        for (String feature : features) {
            int column = index.columnOf(feature);
            if (column >= 0) {
                x[n++] = column;
            }
        }
        x = Arrays.copyOf(x, n);
        Arrays.sort(x);
        return x;
    }

    /**
     * Whether the message has at least one feature seen in training. A message without one is out of scope whatever
     * its probabilities (they are even odds), so evaluation needs to know it to score the model as it is served.
     */
    boolean knowsAnyFeature(IntentFeatures features) {
        for (String feature : features.names()) {
            if (index.columnOf(feature) >= 0) {
                return true;
            }
        }
        return false;
    }

    public IntentPrediction predict(IntentFeatures features) {
        int[] x = indices(features.names());
        double[] probabilities = distribution(x, features.embedding());
        List<ScoredIntent> top = top(probabilities);
        ScoredIntent best = top.getFirst();
        if (x.length == 0 || best.name().equals(IntentPrediction.OUT_OF_SCOPE) || best.confidence() < oosThreshold) {
            return IntentPrediction.outOfScope(top);
        }
        return new IntentPrediction(best.name(), best.confidence(), false, top);
    }

    /** The {@value #TOP} most probable labels, best first; ties keep label order. */
    private List<ScoredIntent> top(double[] probabilities) {
        int n = Math.min(TOP, labels.length);
        int[] best = new int[n];
        Arrays.fill(best, -1);
        for (int c = 0; c < probabilities.length; c++) {
            for (int r = 0; r < n; r++) {
                if (best[r] < 0 || probabilities[c] > probabilities[best[r]]) {
                    System.arraycopy(best, r, best, r + 1, n - r - 1);
                    best[r] = c;
                    break;
                }
            }
        }
        List<ScoredIntent> top = new ArrayList<>(n);
        for (int c : best) {
            top.add(new ScoredIntent(labels[c], probabilities[c]));
        }
        return List.copyOf(top);
    }
}
