package io.shopdesk.risk.model;

import io.shopdesk.risk.model.internal.FeatureEncoder;
import io.shopdesk.risk.model.internal.Learner;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A trained financing (instalment) default model: the probability that an applicant defaults, from the applicant's
 * attributes by column name. It carries its own feature schema (which columns it reads, numeric or categorical, the
 * categories it knows, which pairs of numeric columns it also reads as log-ratios), so a released {@code model.bin}
 * is all the service needs. Immutable and thread-safe;
 * Serializable for release as {@code model.bin}. Built by {@link FinancingModelTrainer}.
 */
public final class FinancingModel implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * A column the model reads.
     *
     * @param levels for a categorical column, the categories with a weight of their own ({@code missing} among them
     *               when training had missing cells) and {@code other} last, which takes rare and unseen values;
     *               empty for a numeric column
     */
    public record Column(String name, boolean numeric, List<String> levels) {
    }

    private final FeatureEncoder encoder;
    private final Learner learner;

    FinancingModel(FeatureEncoder encoder, Learner learner) {
        this.encoder = encoder;
        this.learner = learner;
    }

    /**
     * The probability of default. Absent or {@code null} values count as missing (numeric: the training median;
     * categorical: {@code missing}); unseen categories count as {@code other}; keys the model does not read are
     * ignored. In a log-ratio ({@link #logRatios()}) a missing value also takes the training median and a value
     * &le; 0, never seen in training for such a column, counts as a tiny positive one (see {@link FeatureEncoder}).
     *
     * @throws IllegalArgumentException when a numeric column holds text that is not a number
     */
    public double defaultProbability(Map<String, ?> applicant) {
        return probability(encoder.encode(applicant));
    }

    double probability(String[] row) {
        return probability(encoder.encode(row));
    }

    private double probability(double[] x) {
        return learner.probability(x);
    }

    /** The columns the model reads, in training order. */
    public List<Column> columns() {
        return encoder.columns().stream().map(c -> new Column(c.name(), c.numeric(), c.levels())).toList();
    }

    /**
     * The log-ratio features the model computes from pairs of its numeric columns, as {@code log(a/b)}: the pairs
     * whose training values were all positive; empty when the recipe uses none.
     */
    public List<String> logRatios() {
        return encoder.ratioNames();
    }

    /** Length of the encoded feature vector (numeric columns, one slot per categorical level, the log-ratios). */
    public int featureCount() {
        return encoder.width();
    }
}
