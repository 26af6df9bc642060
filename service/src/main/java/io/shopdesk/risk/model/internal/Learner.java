package io.shopdesk.risk.model.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.stream.IntStream;
import smile.classification.GradientTreeBoost;
import smile.classification.LogisticRegression;
import smile.classification.RandomForest;
import smile.model.cart.SplitRule;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;
import smile.math.MathEx;

/**
 * A fitted classifier over encoded feature vectors that gives the probability of the positive class. Implementations
 * are immutable and thread-safe once fitted.
 */
public sealed interface Learner extends Serializable {

    double probability(double[] x);

    /** L2-regularised logistic regression (L-BFGS, pure Java). */
    record Logistic(LogisticRegression.Binomial model) implements Learner {
        @Serial
        private static final long serialVersionUID = 1L;

        public static Logistic fit(double[][] x, int[] y, double lambda) {
            return new Logistic(LogisticRegression.binomial(x, y, new LogisticRegression.Options(lambda, 1e-6, 500)));
        }

        @Override
        public double probability(double[] x) {
            double[] posteriori = new double[2];
            model.predict(x, posteriori);
            return posteriori[1];
        }
    }

    /** Gradient-boosted shallow regression trees with binomial deviance loss; stochastic, so seeded. */
    record BoostedTrees(GradientTreeBoost model, StructType schema) implements Learner {
        @Serial
        private static final long serialVersionUID = 1L;

        public static BoostedTrees fit(double[][] x, int[] y, GradientTreeBoost.Options options, long seed) {
            String[] names = IntStream.range(0, x[0].length).mapToObj(i -> "f" + i).toArray(String[]::new);
            DataFrame features = DataFrame.of(x, names);
            DataFrame data = features.merge(new DataFrame(new IntVector("y", y)));
            MathEx.setSeed(seed);
            return new BoostedTrees(GradientTreeBoost.fit(Formula.lhs("y"), data, options), features.schema());
        }

        @Override
        public double probability(double[] x) {
            double[] posteriori = new double[2];
            model.predict(Tuple.of(schema, x), posteriori);
            return posteriori[1];
        }
    }

    /**
     * A random forest of classification trees; each tree seeded from the one seed, so the forest is repeatable. Each
     * split tries {@code splitFactor · √features} columns (1 is the usual √features).
     */
    record Forest(RandomForest model, StructType schema) implements Learner {
        @Serial
        private static final long serialVersionUID = 1L;

        public static Forest fit(double[][] x, int[] y, int trees, int nodeSize, double splitFactor, long seed) {
            String[] names = IntStream.range(0, x[0].length).mapToObj(i -> "f" + i).toArray(String[]::new);
            DataFrame features = DataFrame.of(x, names);
            DataFrame data = features.merge(new DataFrame(new IntVector("y", y)));
            long[] seeds = new java.util.Random(seed).longs(trees).toArray();
            int mtry = (int) Math.min(x[0].length, Math.max(1, Math.floor(splitFactor * Math.sqrt(x[0].length))));
            var options = new RandomForest.Options(trees, mtry, SplitRule.GINI, 20, Math.max(2, x.length / nodeSize),
                    nodeSize, 1.0, null, seeds, null);
            return new Forest(RandomForest.fit(Formula.lhs("y"), data, options), features.schema());
        }

        @Override
        public double probability(double[] x) {
            double[] posteriori = new double[2];
            model.predict(Tuple.of(schema, x), posteriori);
            return posteriori[1];
        }
    }

    /**
     * A learner that sees the weight-of-evidence view of the one-hot vector, optionally beside the one-hot vector
     * itself ({@code keepOneHot}), instead of the one-hot vector alone.
     */
    record OnEvidence(EvidenceEncoding encoding, boolean keepOneHot, Learner inner) implements Learner {
        @Serial
        private static final long serialVersionUID = 1L;

        /** The rows as {@code inner} must be fitted on them. */
        public static double[][] view(EvidenceEncoding encoding, boolean keepOneHot, double[][] oneHot) {
            double[][] x = new double[oneHot.length][];
            for (int i = 0; i < oneHot.length; i++) {
                x[i] = view(encoding, keepOneHot, oneHot[i]);
            }
            return x;
        }

        private static double[] view(EvidenceEncoding encoding, boolean keepOneHot, double[] oneHot) {
            double[] evidence = encoding.apply(oneHot);
            if (!keepOneHot) {
                return evidence;
            }
            double[] both = Arrays.copyOf(oneHot, oneHot.length + evidence.length);
            System.arraycopy(evidence, 0, both, oneHot.length, evidence.length);
            return both;
        }

        @Override
        public double probability(double[] x) {
            return inner.probability(view(encoding, keepOneHot, x));
        }
    }

    /**
     * A learner that sees only the first {@code width} features: the encoder's {@link FeatureEncoder#baseWidth()}
     * slots without the log-ratios that follow them, for a member that is not meant to see those.
     */
    record Head(int width, Learner inner) implements Learner {
        @Serial
        private static final long serialVersionUID = 1L;

        /** The rows cut to their first {@code width} features, as {@code inner} must be fitted on them. */
        public static double[][] view(int width, double[][] x) {
            double[][] head = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                head[i] = Arrays.copyOf(x[i], width);
            }
            return head;
        }

        @Override
        public double probability(double[] x) {
            return inner.probability(Arrays.copyOf(x, width));
        }
    }

    /** The mean of several learners' probabilities. */
    record Average(java.util.List<Learner> members) implements Learner {
        @Serial
        private static final long serialVersionUID = 1L;

        public Average {
            members = java.util.List.copyOf(members);
        }

        @Override
        public double probability(double[] x) {
            double sum = 0;
            for (Learner member : members) {
                sum += member.probability(x);
            }
            return sum / members.size();
        }
    }
}
