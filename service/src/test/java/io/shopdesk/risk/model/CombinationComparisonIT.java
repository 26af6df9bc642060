package io.shopdesk.risk.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shopdesk.risk.model.FinancingModelTrainer.Family;
import io.shopdesk.risk.model.FinancingModelTrainer.Recipe;
import io.shopdesk.risk.model.internal.BinaryScores;
import io.shopdesk.risk.model.internal.EvidenceEncoding;
import io.shopdesk.risk.model.internal.FeatureEncoder;
import io.shopdesk.risk.model.internal.Learner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import smile.classification.GradientTreeBoost;
import smile.classification.LogisticRegression;
import smile.classification.SVM;
import smile.math.kernel.GaussianKernel;

/**
 * Started by hand: saves every member's inner out-of-fold and outer held-out probabilities for the same folds as
 * {@link FinancingCrossValidator} (outer 10-fold with the seed, inner 5-fold with seed + 1) and scores ways of
 * combining members on them: plain mean (woe + forest reproduces the release recipe before the log-ratios; woe +
 * forest-ratio the current {@link FinancingModelTrainer#RELEASE}), stacking (a logistic regression on the
 * members' inner out-of-fold logits, learned inside the training fold), rank mean. The threshold is the
 * Platt-calibrated one of the combined inner out-of-fold probabilities, as in the cross-validator, unless
 * {@code -DfixedThreshold=0.5} fixes it (the decision point of members trained with the cost matrix's weights,
 * {@code *-w5}, which need no calibration). Each line also
 * prints the hindsight cost: the cost at the one threshold cheapest on the pooled held-out predictions themselves (not
 * a fair estimate; a floor for any threshold rule with that ranking).
 * {@code -Dseeds=42,1,2,3,4}; {@code -Dmembers=woe,forest} fits only those members (combinations of others are
 * skipped); {@code -Drepeats=3} repeats the inner split with other seeds and pools the out-of-fold predictions.
 */
@Tag("benchmark")
class CombinationComparisonIT {
    @TempDir
    Path dir;

    /** A member: fitted on a training set, it returns a probability per raw row. */
    interface Member {
        ToDoubleFunction<String[]> fit(FinancingData train, long seed);
    }

    static final Recipe RELEASE = FinancingModelTrainer.RELEASE;

    static Map<String, Member> members() {
        Map<String, Member> m = new LinkedHashMap<>();
        m.put("woe", (d, s) -> {
            FinancingModel model = new FinancingModelTrainer(s, new Recipe(Family.EVIDENCE_LOGISTIC, RELEASE.lambda(),
                    RELEASE.smoothing(), RELEASE.trees(), RELEASE.splitFactor())).train(d);
            return model::probability;
        });
        m.put("forest", (d, s) -> {
            FinancingModel model = new FinancingModelTrainer(s, new Recipe(Family.FOREST, RELEASE.lambda(),
                    RELEASE.smoothing(), RELEASE.trees(), RELEASE.splitFactor())).train(d);
            return model::probability;
        });
        // the most randomised forest smile allows (no extra-trees random cut points): one column tried per split
        m.put("forest-mtry1", (d, s) -> {
            FinancingModel model = new FinancingModelTrainer(s, new Recipe(Family.FOREST, RELEASE.lambda(),
                    RELEASE.smoothing(), RELEASE.trees(), 1e-3)).train(d);
            return model::probability;
        });
        m.put("svm", CombinationComparisonIT::svm);
        m.put("knn", CombinationComparisonIT::knn);
        m.put("nb", CombinationComparisonIT::naiveBayes);
        m.put("woe-pairs", CombinationComparisonIT::pairLogistic);
        m.put("svm-cv", (d, s) -> svmCv(d, s, false));
        m.put("svm-onehot-cv", (d, s) -> svmCv(d, s, true));
        m.put("woe-2pairs", CombinationComparisonIT::namedPairLogistic);
        // third round (settings fixed before any run)
        m.put("gbm-stumps", (d, s) -> boosted(d, s, new GradientTreeBoost.Options(1000, 20, 2, 5, 0.02, 0.7, null, null)));
        m.put("gbm-4", (d, s) -> boosted(d, s, new GradientTreeBoost.Options(500, 20, 4, 5, 0.02, 0.7, null, null)));
        m.put("lda", CombinationComparisonIT::lda);
        m.put("woe-bag", CombinationComparisonIT::baggedLogistic);
        m.put("woe-log", CombinationComparisonIT::logLogistic);
        m.put("forest-ratio", CombinationComparisonIT::ratioForest);
        m.put("forest-woe500", CombinationComparisonIT::evidenceForest);
        // fourth round (settings fixed before any run): the logistic members with each defaulter counted as often as
        // the cost matrix weighs it (5), as exact weights (rows repeated), and the release forest (log-ratios)
        m.put("woe-w5", (d, s) -> {
            View v = View.of(d);
            return weightedLogistic(d, v.y, v::apply, 5);
        });
        m.put("woe-log-w5", (d, s) -> weightedLogLogistic(d, 5));
        m.put("woe-logsq-w5", (d, s) -> weightedLogLogistic(d, 5, true));
        m.put("forest-release", (d, s) -> {
            FinancingModel model = new FinancingModelTrainer(s, new Recipe(Family.FOREST, RELEASE.lambda(),
                    RELEASE.smoothing(), RELEASE.trees(), RELEASE.splitFactor(), true)).train(d);
            return model::probability;
        });
        // the members below need forest-release in -Dmembers (they fit it through this map)
        // the release forest with its probability moved to the cost-weighted scale (odds x 5, Bayes' prior shift)
        m.put("forest-release-odds5", (d, s) -> {
            ToDoubleFunction<String[]> forest = m.get("forest-release").fit(d, s);
            return row -> {
                double p = forest.applyAsDouble(row);
                return 5 * p / (5 * p + 1 - p);
            };
        });
        // the release forest trained with every defaulter repeated 5 times
        m.put("forest-w5", (d, s) -> {
            int[] repeated = IntStream.range(0, d.size()).flatMap(i -> IntStream.generate(() -> i).limit(d.isPositive(i) ? 5 : 1)).toArray();
            return m.get("forest-release").fit(d.subset(repeated), s);
        });
        return m;
    }

    /** Weight-of-evidence view (numerics standardised, one evidence value per categorical column). */
    record View(FeatureEncoder encoder, EvidenceEncoding evidence, double[][] x, int[] y) {
        static View of(FinancingData d) {
            FeatureEncoder encoder = FeatureEncoder.fit(d.columns(), d.rows());
            double[][] oneHot = d.rows().stream().map(encoder::encode).toArray(double[][]::new);
            int[] y = IntStream.range(0, d.size()).map(i -> d.isPositive(i) ? 1 : 0).toArray();
            EvidenceEncoding evidence = EvidenceEncoding.fit(encoder, oneHot, y, RELEASE.smoothing());
            double[][] x = Arrays.stream(oneHot).map(evidence::apply).toArray(double[][]::new);
            return new View(encoder, evidence, x, y);
        }

        double[] apply(String[] row) {
            return evidence.apply(encoder.encode(row));
        }
    }

    /** Gaussian-kernel SVM on the evidence view, Platt-scaled on its training scores. */
    static ToDoubleFunction<String[]> svm(FinancingData d, long seed) {
        View v = View.of(d);
        int[] pm = Arrays.stream(v.y).map(l -> l == 1 ? 1 : -1).toArray();
        double sigma = Math.sqrt(v.x[0].length / 2.0);
        smile.math.MathEx.setSeed(seed);
        SVM<double[]> model = SVM.fit(v.x, pm, new GaussianKernel(sigma), new SVM.Options(1.0));
        double[][] scores = Arrays.stream(v.x).map(r -> new double[]{model.score(r)}).toArray(double[][]::new);
        LogisticRegression.Binomial platt = LogisticRegression.binomial(scores, v.y, new LogisticRegression.Options(1e-6, 1e-8, 200));
        return row -> {
            double[] post = new double[2];
            platt.predict(new double[]{model.score(v.apply(row))}, post);
            return post[1];
        };
    }

    /**
     * Gaussian-kernel SVM (σ = √(width / 2), C = 1) on the evidence view or on the one-hot view (standardised
     * numerics, 0/1 levels), Platt-scaled on out-of-fold scores of a 3-fold split of its own training set.
     */
    static ToDoubleFunction<String[]> svmCv(FinancingData d, long seed, boolean oneHot) {
        View v = View.of(d);
        java.util.function.Function<String[], double[]> view = oneHot ? v.encoder::encode : v::apply;
        double[][] x = d.rows().stream().map(view).toArray(double[][]::new);
        int[] pm = Arrays.stream(v.y).map(l -> l == 1 ? 1 : -1).toArray();
        double sigma = Math.sqrt(x[0].length / 2.0);
        int[] foldOf = FinancingCrossValidator.assignFolds(d, 3, seed + 7);
        double[][] scores = new double[x.length][1];
        for (int g = 0; g < 3; g++) {
            int h = g;
            int[] idx = IntStream.range(0, x.length).filter(i -> foldOf[i] != h).toArray();
            smile.math.MathEx.setSeed(seed);
            SVM<double[]> inner = SVM.fit(Arrays.stream(idx).mapToObj(i -> x[i]).toArray(double[][]::new),
                    Arrays.stream(idx).map(i -> pm[i]).toArray(), new GaussianKernel(sigma), new SVM.Options(1.0));
            for (int i = 0; i < x.length; i++) {
                if (foldOf[i] == g) {
                    scores[i][0] = inner.score(x[i]);
                }
            }
        }
        LogisticRegression.Binomial platt = LogisticRegression.binomial(scores, v.y, new LogisticRegression.Options(1e-6, 1e-8, 200));
        smile.math.MathEx.setSeed(seed);
        SVM<double[]> model = SVM.fit(x, pm, new GaussianKernel(sigma), new SVM.Options(1.0));
        return row -> {
            double[] post = new double[2];
            platt.predict(new double[]{model.score(view.apply(row))}, post);
            return post[1];
        };
    }

    /**
     * The evidence logistic with two named pair evidences beside the evidence view: checking account status x
     * credit history, and purpose x duration tertile (tertile cuts from the training set), smoothing m = 10.
     */
    static ToDoubleFunction<String[]> namedPairLogistic(FinancingData d, long seed) {
        View v = View.of(d);
        int checking = d.columns().indexOf("checking_status");
        int history = d.columns().indexOf("credit_history");
        int purpose = d.columns().indexOf("purpose");
        int duration = d.columns().indexOf("duration");
        double[] durations = d.rows().stream().mapToDouble(r -> Double.parseDouble(r[duration])).sorted().toArray();
        double cut1 = durations[durations.length / 3];
        double cut2 = durations[2 * durations.length / 3];
        java.util.function.Function<String[], String[]> keys = r -> {
            double t = Double.parseDouble(r[duration]);
            return new String[]{r[checking] + "|" + r[history], r[purpose] + "|" + (t <= cut1 ? 0 : t <= cut2 ? 1 : 2)};
        };
        double prior = Arrays.stream(v.y).average().orElse(0.3);
        double priorLogOdds = Math.log(prior / (1 - prior));
        double m = RELEASE.smoothing();
        List<Map<String, Double>> pairEvidence = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            Map<String, double[]> counts = new HashMap<>();
            for (int i = 0; i < d.size(); i++) {
                counts.computeIfAbsent(keys.apply(d.rows().get(i))[p], k -> new double[2])[v.y[i]]++;
            }
            Map<String, Double> ev = new HashMap<>();
            counts.forEach((level, pq) -> ev.put(level, Math.log((pq[1] + m * prior) / (pq[0] + m * (1 - prior))) - priorLogOdds));
            pairEvidence.add(ev);
        }
        java.util.function.Function<String[], double[]> features = row -> {
            double[] base = v.apply(row);
            String[] k = keys.apply(row);
            double[] x = Arrays.copyOf(base, base.length + 2);
            for (int p = 0; p < 2; p++) {
                x[base.length + p] = pairEvidence.get(p).getOrDefault(k[p], 0.0);
            }
            return x;
        };
        return logistic(d, v.y, features);
    }

    /** Share of defaulters among the 40 nearest training applicants in the evidence view (smoothed to the prior). */
    static ToDoubleFunction<String[]> knn(FinancingData d, long seed) {
        View v = View.of(d);
        int k = 40;
        double prior = Arrays.stream(v.y).average().orElse(0.3);
        return row -> {
            double[] q = v.apply(row);
            double[] dist = new double[v.x.length];
            for (int i = 0; i < v.x.length; i++) {
                double s = 0;
                for (int j = 0; j < q.length; j++) {
                    double t = q[j] - v.x[i][j];
                    s += t * t;
                }
                dist[i] = s;
            }
            Integer[] order = IntStream.range(0, dist.length).boxed().sorted(Comparator.comparingDouble(i -> dist[i])).toArray(Integer[]::new);
            double pos = 0;
            for (int i = 0; i < k; i++) {
                pos += v.y[order[i]];
            }
            return (pos + 2 * prior) / (k + 2);
        };
    }

    /** Each class's mean of every column of the view; {@code count} receives the class sizes. */
    static double[][] classMeans(View v, int[] count) {
        int width = v.x[0].length;
        double[][] mean = new double[2][width];
        for (int i = 0; i < v.x.length; i++) {
            count[v.y[i]]++;
            for (int c = 0; c < width; c++) {
                mean[v.y[i]][c] += v.x[i][c];
            }
        }
        for (int l = 0; l < 2; l++) {
            for (int c = 0; c < width; c++) {
                mean[l][c] /= count[l];
            }
        }
        return mean;
    }

    /** Naive Bayes: evidence of each categorical level plus Gaussian class likelihood ratios of the numerics. */
    static ToDoubleFunction<String[]> naiveBayes(FinancingData d, long seed) {
        View v = View.of(d);
        int width = v.x[0].length;
        boolean[] numeric = new boolean[width];
        for (int c = 0; c < width; c++) {
            numeric[c] = v.encoder.columns().get(c).numeric();
        }
        int[] count = new int[2];
        double[][] mean = classMeans(v, count);
        double[][] var = new double[2][width];
        for (int i = 0; i < v.x.length; i++) {
            for (int c = 0; c < width; c++) {
                double t = v.x[i][c] - mean[v.y[i]][c];
                var[v.y[i]][c] += t * t;
            }
        }
        for (int l = 0; l < 2; l++) {
            for (int c = 0; c < width; c++) {
                var[l][c] = var[l][c] / count[l] + 1e-3;
            }
        }
        double priorLogOdds = Math.log((double) count[1] / count[0]);
        return row -> {
            double[] q = v.apply(row);
            double z = priorLogOdds;
            for (int c = 0; c < width; c++) {
                if (numeric[c]) {
                    z += -0.5 * Math.log(var[1][c] / var[0][c])
                            - (q[c] - mean[1][c]) * (q[c] - mean[1][c]) / (2 * var[1][c])
                            + (q[c] - mean[0][c]) * (q[c] - mean[0][c]) / (2 * var[0][c]);
                } else {
                    z += q[c];
                }
            }
            return 1 / (1 + Math.exp(-z));
        };
    }

    /**
     * The evidence logistic with, beside the evidence view, the evidence of each pair among the four categorical
     * columns of highest information value in the training set (six pairs, smoothing m = 10, unseen pair 0).
     */
    static ToDoubleFunction<String[]> pairLogistic(FinancingData d, long seed) {
        View v = View.of(d);
        List<FeatureEncoder.Column> columns = v.encoder.columns();
        double prior = Arrays.stream(v.y).average().orElse(0.3);
        double m = RELEASE.smoothing();
        // information value of each categorical column
        List<Integer> categorical = new ArrayList<>();
        Map<Integer, Double> iv = new HashMap<>();
        int pos = Arrays.stream(v.y).sum();
        int neg = v.y.length - pos;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).numeric()) {
                continue;
            }
            categorical.add(c);
            Map<String, double[]> counts = new HashMap<>();
            for (int i = 0; i < d.size(); i++) {
                counts.computeIfAbsent(d.rows().get(i)[c], k -> new double[2])[v.y[i]]++;
            }
            double value = 0;
            for (double[] pq : counts.values()) {
                double a = (pq[1] + 0.5) / pos;
                double b = (pq[0] + 0.5) / neg;
                value += (a - b) * Math.log(a / b);
            }
            iv.put(c, value);
        }
        List<Integer> top = categorical.stream().sorted(Comparator.comparingDouble(c -> -iv.get(c))).limit(4).toList();
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < top.size(); a++) {
            for (int b = a + 1; b < top.size(); b++) {
                pairs.add(new int[]{top.get(a), top.get(b)});
            }
        }
        List<Map<String, Double>> pairEvidence = new ArrayList<>();
        double priorLogOdds = Math.log(prior / (1 - prior));
        for (int[] pair : pairs) {
            Map<String, double[]> counts = new HashMap<>();
            for (int i = 0; i < d.size(); i++) {
                String[] r = d.rows().get(i);
                counts.computeIfAbsent(r[pair[0]] + "|" + r[pair[1]], k -> new double[2])[v.y[i]]++;
            }
            Map<String, Double> ev = new HashMap<>();
            counts.forEach((level, pq) -> ev.put(level, Math.log((pq[1] + m * prior) / (pq[0] + m * (1 - prior))) - priorLogOdds));
            pairEvidence.add(ev);
        }
        java.util.function.Function<String[], double[]> features = row -> {
            double[] base = v.apply(row);
            double[] x = Arrays.copyOf(base, base.length + pairs.size());
            for (int p = 0; p < pairs.size(); p++) {
                x[base.length + p] = pairEvidence.get(p).getOrDefault(row[pairs.get(p)[0]] + "|" + row[pairs.get(p)[1]], 0.0);
            }
            return x;
        };
        return logistic(d, v.y, features);
    }

    /** Gradient-boosted trees (binomial deviance) on the evidence view. */
    static ToDoubleFunction<String[]> boosted(FinancingData d, long seed, GradientTreeBoost.Options options) {
        View v = View.of(d);
        Learner model = Learner.BoostedTrees.fit(v.x, v.y, options, seed);
        return row -> model.probability(v.apply(row));
    }

    /** Two-class linear discriminant analysis on the evidence view (pooled covariance, training priors). */
    static ToDoubleFunction<String[]> lda(FinancingData d, long seed) {
        View v = View.of(d);
        int w = v.x[0].length;
        int[] count = new int[2];
        double[][] mean = classMeans(v, count);
        double[][] cov = new double[w][w + 1];
        for (int i = 0; i < v.x.length; i++) {
            for (int a = 0; a < w; a++) {
                for (int b = 0; b < w; b++) {
                    cov[a][b] += (v.x[i][a] - mean[v.y[i]][a]) * (v.x[i][b] - mean[v.y[i]][b]) / (v.x.length - 2);
                }
            }
        }
        for (int a = 0; a < w; a++) {
            cov[a][a] += 1e-6;
            cov[a][w] = mean[1][a] - mean[0][a];
        }
        // solve cov . beta = mu1 - mu0 (Gauss-Jordan with partial pivoting)
        for (int col = 0; col < w; col++) {
            int pivot = col;
            for (int r = col + 1; r < w; r++) {
                if (Math.abs(cov[r][col]) > Math.abs(cov[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = cov[col];
            cov[col] = cov[pivot];
            cov[pivot] = t;
            for (int r = 0; r < w; r++) {
                if (r != col) {
                    double f = cov[r][col] / cov[col][col];
                    for (int k = col; k <= w; k++) {
                        cov[r][k] -= f * cov[col][k];
                    }
                }
            }
        }
        double[] beta = new double[w];
        double b0 = Math.log((double) count[1] / count[0]);
        for (int a = 0; a < w; a++) {
            beta[a] = cov[a][w] / cov[a][a];
            b0 -= beta[a] * (mean[1][a] + mean[0][a]) / 2;
        }
        double intercept = b0;
        return row -> {
            double[] q = v.apply(row);
            double z = intercept;
            for (int a = 0; a < w; a++) {
                z += beta[a] * q[a];
            }
            return 1 / (1 + Math.exp(-z));
        };
    }

    /** The evidence logistic fitted on 25 bootstrap samples (evidence re-learned on each), probabilities averaged. */
    static ToDoubleFunction<String[]> baggedLogistic(FinancingData d, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<ToDoubleFunction<String[]>> fits = new ArrayList<>();
        for (int b = 0; b < 25; b++) {
            FinancingData sample = d.subset(random.ints(d.size(), 0, d.size()).toArray());
            View v = View.of(sample);
            fits.add(logistic(sample, v.y, v::apply));
        }
        return row -> fits.stream().mapToDouble(f -> f.applyAsDouble(row)).average().orElseThrow();
    }

    /** Raw value of numeric column c (median when missing). */
    static double raw(FeatureEncoder.Column column, String value) {
        return FeatureEncoder.isMissing(value) ? column.median() : Double.parseDouble(value.strip());
    }

    /** Numeric columns whose training values are all positive (their logs and log-ratios are defined). */
    static List<Integer> positiveNumerics(FinancingData d, FeatureEncoder encoder) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < encoder.columns().size(); c++) {
            FeatureEncoder.Column column = encoder.columns().get(c);
            int cc = c;
            if (column.numeric() && d.rows().stream().allMatch(r -> raw(column, r[cc]) > 0)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The evidence logistic with, beside the evidence view, the standardised log of every all-positive numeric column:
     * a linear model in the logs can weigh any ratio of two such columns (amount / duration is log a - log d).
     */
    static ToDoubleFunction<String[]> logLogistic(FinancingData d, long seed) {
        return weightedLogLogistic(d, 1);
    }

    static ToDoubleFunction<String[]> weightedLogLogistic(FinancingData d, int positiveWeight) {
        return weightedLogLogistic(d, positiveWeight, false);
    }

    /** {@code squares}: each standardised log also enters squared (a U-shaped effect, e.g. of age). */
    static ToDoubleFunction<String[]> weightedLogLogistic(FinancingData d, int positiveWeight, boolean squares) {
        View v = View.of(d);
        List<Integer> logs = positiveNumerics(d, v.encoder);
        double[] mu = new double[logs.size()];
        double[] sd = new double[logs.size()];
        for (int k = 0; k < logs.size(); k++) {
            int c = logs.get(k);
            FeatureEncoder.Column column = v.encoder.columns().get(c);
            double[] l = d.rows().stream().mapToDouble(r -> Math.log(raw(column, r[c]))).toArray();
            mu[k] = Arrays.stream(l).average().orElse(0);
            int kk = k;
            sd[k] = Math.max(1e-9, Math.sqrt(Arrays.stream(l).map(t -> (t - mu[kk]) * (t - mu[kk])).average().orElse(1)));
        }
        java.util.function.Function<String[], double[]> features = row -> {
            double[] base = v.apply(row);
            double[] x = Arrays.copyOf(base, base.length + logs.size() * (squares ? 2 : 1));
            for (int k = 0; k < logs.size(); k++) {
                FeatureEncoder.Column column = v.encoder.columns().get(logs.get(k));
                x[base.length + k] = (Math.log(Math.max(1e-9, raw(column, row[logs.get(k)]))) - mu[k]) / sd[k];
                if (squares) {
                    x[base.length + logs.size() + k] = x[base.length + k] * x[base.length + k];
                }
            }
            return x;
        };
        return weightedLogistic(d, v.y, features, positiveWeight);
    }

    /**
     * The release forest (200 trees, 2 sqrt f) on one-hot plus the log-ratio of every pair of all-positive numerics:
     * the prototype of what {@link FeatureEncoder#fit(List, List, boolean)} now builds for the release (same columns,
     * same values, same figures).
     */
    static ToDoubleFunction<String[]> ratioForest(FinancingData d, long seed) {
        FeatureEncoder encoder = FeatureEncoder.fit(d.columns(), d.rows());
        List<Integer> pos = positiveNumerics(d, encoder);
        java.util.function.Function<String[], double[]> features = row -> {
            double[] base = encoder.encode(row);
            List<Double> extra = new ArrayList<>();
            for (int a = 0; a < pos.size(); a++) {
                for (int b = a + 1; b < pos.size(); b++) {
                    double va = Math.max(1e-9, raw(encoder.columns().get(pos.get(a)), row[pos.get(a)]));
                    double vb = Math.max(1e-9, raw(encoder.columns().get(pos.get(b)), row[pos.get(b)]));
                    extra.add(Math.log(va / vb));
                }
            }
            double[] x = Arrays.copyOf(base, base.length + extra.size());
            for (int k = 0; k < extra.size(); k++) {
                x[base.length + k] = extra.get(k);
            }
            return x;
        };
        double[][] x = d.rows().stream().map(features).toArray(double[][]::new);
        int[] y = IntStream.range(0, d.size()).map(i -> d.isPositive(i) ? 1 : 0).toArray();
        Learner model = Learner.Forest.fit(x, y, RELEASE.trees(), FinancingModelTrainer.NODE_SIZE, RELEASE.splitFactor(), seed);
        return row -> model.probability(features.apply(row));
    }

    /** A 500-tree forest (2 sqrt f) on the one-hot and the evidence columns together. */
    static ToDoubleFunction<String[]> evidenceForest(FinancingData d, long seed) {
        View v = View.of(d);
        java.util.function.Function<String[], double[]> features = row -> {
            double[] oneHot = v.encoder.encode(row);
            double[] ev = v.evidence.apply(oneHot);
            double[] x = Arrays.copyOf(oneHot, oneHot.length + ev.length);
            System.arraycopy(ev, 0, x, oneHot.length, ev.length);
            return x;
        };
        double[][] x = d.rows().stream().map(features).toArray(double[][]::new);
        Learner model = Learner.Forest.fit(x, v.y, 500, FinancingModelTrainer.NODE_SIZE, RELEASE.splitFactor(), seed);
        return row -> model.probability(features.apply(row));
    }

    /** An L2 logistic regression (the release's lambda) on {@code features} of every training row. */
    static ToDoubleFunction<String[]> logistic(FinancingData d, int[] y, java.util.function.Function<String[], double[]> features) {
        return weightedLogistic(d, y, features, 1);
    }

    /** The L2 logistic with every positive row counted {@code positiveWeight} times (exact integer weights). */
    static ToDoubleFunction<String[]> weightedLogistic(FinancingData d, int[] y, java.util.function.Function<String[], double[]> features,
            int positiveWeight) {
        List<double[]> x = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            double[] row = features.apply(d.rows().get(i));
            for (int k = 0; k < (y[i] == 1 ? positiveWeight : 1); k++) {
                x.add(row);
                labels.add(y[i]);
            }
        }
        LogisticRegression.Binomial model = LogisticRegression.binomial(x.toArray(double[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(), new LogisticRegression.Options(RELEASE.lambda(), 1e-6, 500));
        return row -> {
            double[] post = new double[2];
            model.predict(features.apply(row), post);
            return post[1];
        };
    }

    /** Saved predictions of one outer fold: [member][row]. */
    record Fold(double[][] inner, boolean[] innerY, double[][] outer, boolean[] outerY) {
    }

    /** Fitted on a fold's inner out-of-fold predictions ([member][row]), combines one row's member probabilities. */
    interface Combiner {
        ToDoubleFunction<double[]> fit(double[][] inner, boolean[] y);
    }

    static double logit(double p) {
        double q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
        return Math.log(q / (1 - q));
    }

    static Combiner mean(int... use) {
        if (Arrays.stream(use).anyMatch(m -> m < 0)) {
            return null;
        }
        return (inner, y) -> p -> Arrays.stream(use).mapToDouble(m -> p[m]).average().orElseThrow();
    }

    static Combiner weightedMean(double[] weights, int... use) {
        if (Arrays.stream(use).anyMatch(m -> m < 0)) {
            return null;
        }
        return (inner, y) -> p -> IntStream.range(0, use.length).mapToDouble(k -> weights[k] * p[use[k]]).sum();
    }

    static Combiner logitMean(int... use) {
        if (Arrays.stream(use).anyMatch(m -> m < 0)) {
            return null;
        }
        return (inner, y) -> p -> 1 / (1 + Math.exp(-Arrays.stream(use).mapToDouble(m -> logit(p[m])).average().orElseThrow()));
    }

    static Combiner stack(double lambda, int... use) {
        return weightedStack(lambda, 1, use);
    }

    /** Stacking whose logistic regression counts every positive {@code positiveWeight} times (rows repeated). */
    static Combiner weightedStack(double lambda, int positiveWeight, int... use) {
        if (Arrays.stream(use).anyMatch(m -> m < 0)) {
            return null;
        }
        return (inner, y) -> {
            List<double[]> rows = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                double[] row = new double[use.length];
                for (int k = 0; k < use.length; k++) {
                    row[k] = logit(inner[use[k]][i]);
                }
                for (int r = 0; r < (y[i] ? positiveWeight : 1); r++) {
                    rows.add(row);
                    labels.add(y[i] ? 1 : 0);
                }
            }
            double[][] x = rows.toArray(double[][]::new);
            int[] yi = labels.stream().mapToInt(Integer::intValue).toArray();
            LogisticRegression.Binomial model = LogisticRegression.binomial(x, yi, new LogisticRegression.Options(lambda, 1e-8, 500));
            return p -> {
                double[] z = new double[use.length];
                for (int k = 0; k < use.length; k++) {
                    z[k] = logit(p[use[k]]);
                }
                double[] post = new double[2];
                model.predict(z, post);
                return post[1];
            };
        };
    }

    static Combiner rankMean(int... use) {
        if (Arrays.stream(use).anyMatch(m -> m < 0)) {
            return null;
        }
        return (inner, y) -> {
            double[][] sorted = new double[use.length][];
            for (int k = 0; k < use.length; k++) {
                sorted[k] = inner[use[k]].clone();
                Arrays.sort(sorted[k]);
            }
            return p -> {
                double sum = 0;
                for (int k = 0; k < use.length; k++) {
                    int below = Arrays.binarySearch(sorted[k], p[use[k]]);
                    double rank = below >= 0 ? below : -below - 1;
                    sum += (rank + 0.5) / (sorted[k].length + 1);
                }
                return sum / use.length;
            };
        };
    }

    static double[] column(double[][] byMember, int i) {
        double[] p = new double[byMember.length];
        for (int m = 0; m < byMember.length; m++) {
            p[m] = byMember[m][i];
        }
        return p;
    }

    /** AUC pooled and cost per applicant of a combiner over the saved folds. */
    static double[] score(List<Fold> folds, Combiner combiner, int n) {
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        boolean[] decided = new boolean[n];
        int at = 0;
        double cost = 0;
        for (Fold f : folds) {
            ToDoubleFunction<double[]> c = combiner.fit(f.inner, f.innerY);
            double[] innerP = IntStream.range(0, f.innerY.length).mapToDouble(i -> c.applyAsDouble(column(f.inner, i))).toArray();
            // -DfixedThreshold=0.5: the decision point of a model trained with cost weights, no calibration
            String fixed = System.getProperty("fixedThreshold", "");
            double threshold = fixed.isBlank() ? BinaryScores.calibratedThreshold(innerP, f.innerY, 1, 5) : Double.parseDouble(fixed);
            for (int k = 0; k < f.outerY.length; k++) {
                p[at] = c.applyAsDouble(column(f.outer, k));
                y[at] = f.outerY[k];
                decided[at] = p[at] >= threshold;
                cost += decided[at] && !y[at] ? 1 : !decided[at] && y[at] ? 5 : 0;
                at++;
            }
        }
        return new double[]{BinaryScores.auc(p, y), cost / n, hindsightCost(p, y)};
    }

    /**
     * Not a fair estimate: the cost per applicant at the one threshold that is cheapest on the pooled held-out
     * predictions themselves, i.e. what a perfect threshold rule could reach with this ranking.
     */
    static double hindsightCost(double[] p, boolean[] y) {
        Integer[] order = IntStream.range(0, p.length).boxed().sorted(Comparator.comparingDouble(i -> -p[i])).toArray(Integer[]::new);
        double fn = 0;
        for (boolean label : y) {
            fn += label ? 5 : 0;
        }
        double best = fn;
        double fp = 0;
        for (int k = 0; k < order.length; k++) {
            // refuse the k + 1 highest-scored applicants
            if (y[order[k]]) {
                fn -= 5;
            } else {
                fp += 1;
            }
            if (k + 1 == order.length || p[order[k + 1]] != p[order[k]]) {
                best = Math.min(best, fn + fp);
            }
        }
        return best / p.length;
    }

    @Test
    void compareCombinations() throws Exception {
        assumeTrue(Files.isRegularFile(GermanCreditIT.DATA), "Skipped: German Credit not found");
        FinancingData data = FinancingData.read(GermanCreditIT.toCsv(GermanCreditIT.DATA, dir.resolve("g.csv")), "class", "2");
        long[] seeds = Arrays.stream(System.getProperty("seeds", "42").split(",")).mapToLong(Long::parseLong).toArray();
        Map<String, Member> members = members();
        String only = System.getProperty("members", "");
        if (!only.isBlank()) {
            members.keySet().retainAll(List.of(only.split(",")));
        }
        int repeats = Integer.getInteger("repeats", 1);
        List<String> names = List.copyOf(members.keySet());
        int woe = names.indexOf("woe"), forest = names.indexOf("forest"), svm = names.indexOf("svm"),
                knn = names.indexOf("knn"), nb = names.indexOf("nb"), pairs = names.indexOf("woe-pairs");
        int svmCv = names.indexOf("svm-cv"), svmOneHot = names.indexOf("svm-onehot-cv"), pairs2 = names.indexOf("woe-2pairs");
        int forest1 = names.indexOf("forest-mtry1");
        int gbm1 = names.indexOf("gbm-stumps"), gbm4 = names.indexOf("gbm-4"), lda = names.indexOf("lda"),
                bag = names.indexOf("woe-bag"), logs = names.indexOf("woe-log"), ratio = names.indexOf("forest-ratio"),
                forest500 = names.indexOf("forest-woe500");
        Map<String, Combiner> combiners = new LinkedHashMap<>();
        for (int m = 0; m < names.size(); m++) {
            combiners.put(names.get(m) + " alone", mean(m));
        }
        combiners.put("mean woe+forest (release)", mean(woe, forest));
        combiners.put("logit-mean woe+forest", logitMean(woe, forest));
        combiners.put("rank-mean woe+forest", rankMean(woe, forest));
        combiners.put("stack woe+forest", stack(1e-4, woe, forest));
        combiners.put("stack woe+forest l=1", stack(1, woe, forest));
        combiners.put("mean woe+forest+svm", mean(woe, forest, svm));
        combiners.put("mean woe+forest+knn", mean(woe, forest, knn));
        combiners.put("mean woe+forest+nb", mean(woe, forest, nb));
        combiners.put("stack woe+forest+nb", stack(1e-4, woe, forest, nb));
        combiners.put("rank-mean woe+forest+nb", rankMean(woe, forest, nb));
        combiners.put("mean woe+forest+nb+svm", mean(woe, forest, nb, svm));
        combiners.put("mean woe-pairs+forest+nb", mean(pairs, forest, nb));
        combiners.put("mean woe-pairs+forest", mean(pairs, forest));
        combiners.put("mean woe+woe-pairs+forest", mean(woe, pairs, forest));
        combiners.put("mean all", mean(woe, forest, svm, knn, nb, pairs));
        combiners.put("rank-mean all", rankMean(woe, forest, svm, knn, nb, pairs));
        combiners.put("stack all", stack(1e-4, woe, forest, svm, knn, nb, pairs));
        combiners.put("stack all l=1", stack(1, woe, forest, svm, knn, nb, pairs));
        combiners.put("stack woe+forest+svm", stack(1e-4, woe, forest, svm));
        combiners.put("rank-mean woe+forest+svm", rankMean(woe, forest, svm));
        combiners.put("mean woe+forest+svm-cv", mean(woe, forest, svmCv));
        combiners.put("mean woe+forest+svm-onehot-cv", mean(woe, forest, svmOneHot));
        combiners.put("mean woe-2pairs+forest", mean(pairs2, forest));
        combiners.put("mean woe+woe-2pairs+forest", mean(woe, pairs2, forest));
        combiners.put("stack woe+forest+svm-onehot-cv", stack(1e-4, woe, forest, svmOneHot));
        combiners.put("stack woe-2pairs+forest", stack(1e-4, pairs2, forest));
        combiners.put("rank-mean woe-2pairs+forest", rankMean(pairs2, forest));
        combiners.put("mean woe+forest+forest-mtry1", mean(woe, forest, forest1));
        combiners.put("mean woe+forest-mtry1", mean(woe, forest1));
        // third round
        for (int x : new int[]{gbm1, gbm4, lda, bag, logs, ratio, forest500}) {
            if (x >= 0) {
                combiners.put("mean woe+forest+" + names.get(x), mean(woe, forest, x));
            }
        }
        for (int x : new int[]{gbm1, gbm4, ratio, forest500}) {
            if (x >= 0) {
                combiners.put("mean woe+" + names.get(x) + " (for forest)", mean(woe, x));
            }
        }
        for (int x : new int[]{lda, bag, logs}) {
            if (x >= 0) {
                combiners.put("mean " + names.get(x) + "+forest (for woe)", mean(x, forest));
            }
        }
        combiners.put("mean woe+forest+gbm-stumps+lda", mean(woe, forest, gbm1, lda));
        // fourth round
        int w5 = names.indexOf("woe-w5"), logW5 = names.indexOf("woe-log-w5"), forestRelease = names.indexOf("forest-release");
        combiners.put("mean woe+forest-release (release)", mean(woe, forestRelease));
        combiners.put("mean woe-w5+forest-release", mean(w5, forestRelease));
        combiners.put("logit-mean woe-w5+forest-release", logitMean(w5, forestRelease));
        combiners.put("mean woe-log-w5+forest-release", mean(logW5, forestRelease));
        combiners.put("logit-mean woe-log-w5+forest-release", logitMean(logW5, forestRelease));
        combiners.put("mean woe-w5+woe-log-w5", mean(w5, logW5));
        int odds5 = names.indexOf("forest-release-odds5"), forestW5 = names.indexOf("forest-w5");
        combiners.put("mean woe-log-w5+forest-release-odds5", mean(logW5, odds5));
        combiners.put("logit-mean woe-log-w5+forest-release-odds5", logitMean(logW5, odds5));
        combiners.put("mean woe-log-w5+forest-w5", mean(logW5, forestW5));
        combiners.put("logit-mean woe-log-w5+forest-w5", logitMean(logW5, forestW5));
        combiners.put("mean woe-w5+forest-release-odds5", mean(w5, odds5));
        combiners.put("mean woe-w5+forest-w5", mean(w5, forestW5));
        combiners.put("weighted stack woe-log-w5+forest-release", weightedStack(1e-4, 5, logW5, forestRelease));
        combiners.put("weighted stack woe-log+forest-release", weightedStack(1e-4, 5, names.indexOf("woe-log"), forestRelease));
        combiners.put("weighted stack woe+forest-release", weightedStack(1e-4, 5, woe, forestRelease));
        combiners.put("0.75 woe-log-w5 + 0.25 forest-release-odds5", weightedMean(new double[]{0.75, 0.25}, logW5, odds5));
        combiners.put("0.75 woe-log-w5 + 0.25 forest-w5", weightedMean(new double[]{0.75, 0.25}, logW5, forestW5));
        combiners.entrySet().removeIf(e -> e.getValue() == null);
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (long seed : seeds) {
            long start = System.nanoTime();
            List<Fold> folds = new ArrayList<>();
            int[] foldOf = FinancingCrossValidator.assignFolds(data, 10, seed);
            for (int fold = 0; fold < 10; fold++) {
                int f = fold;
                FinancingData train = data.subset(IntStream.range(0, data.size()).filter(i -> foldOf[i] != f).toArray());
                int[] testIdx = IntStream.range(0, data.size()).filter(i -> foldOf[i] == f).toArray();
                // inner 5-fold split with seed + 1 (the cross-validator's), repeated with other seeds when repeats > 1;
                // the repeats' out-of-fold predictions are pooled (each training applicant appears once per repeat)
                double[][] inner = new double[names.size()][repeats * train.size()];
                boolean[] innerY = new boolean[repeats * train.size()];
                for (int r = 0; r < repeats; r++) {
                    int offset = r * train.size();
                    int[] innerOf = FinancingCrossValidator.assignFolds(train, FinancingCrossValidator.INNER_FOLDS, seed + 1 + 1000L * r);
                    for (int g = 0; g < FinancingCrossValidator.INNER_FOLDS; g++) {
                        int h = g;
                        FinancingData innerTrain = train.subset(IntStream.range(0, train.size()).filter(i -> innerOf[i] != h).toArray());
                        for (int m = 0; m < names.size(); m++) {
                            ToDoubleFunction<String[]> model = members.get(names.get(m)).fit(innerTrain, seed);
                            for (int i = 0; i < train.size(); i++) {
                                if (innerOf[i] == g) {
                                    inner[m][offset + i] = model.applyAsDouble(train.rows().get(i));
                                }
                            }
                        }
                    }
                    System.arraycopy(train.positive(), 0, innerY, offset, train.size());
                }
                double[][] outer = new double[names.size()][testIdx.length];
                for (int m = 0; m < names.size(); m++) {
                    ToDoubleFunction<String[]> model = members.get(names.get(m)).fit(train, seed);
                    for (int k = 0; k < testIdx.length; k++) {
                        outer[m][k] = model.applyAsDouble(data.rows().get(testIdx[k]));
                    }
                }
                boolean[] outerY = new boolean[testIdx.length];
                for (int k = 0; k < testIdx.length; k++) {
                    outerY[k] = data.isPositive(testIdx[k]);
                }
                folds.add(new Fold(inner, innerY, outer, outerY));
            }
            System.out.printf("seed %d: members fitted in %.1f s%n", seed, (System.nanoTime() - start) / 1e9);
            for (int used = 1; used <= repeats; used++) {
                // the first `used` repeats of the inner split only
                int u = used;
                List<Fold> view = folds.stream().map(f -> {
                    int n = f.innerY.length / repeats * u;
                    return new Fold(Arrays.stream(f.inner).map(p -> Arrays.copyOf(p, n)).toArray(double[][]::new),
                            Arrays.copyOf(f.innerY, n), f.outer, f.outerY);
                }).toList();
                for (var e : combiners.entrySet()) {
                    String name = e.getKey() + (repeats > 1 ? " inner x" + used : "");
                    double[] s = score(view, e.getValue(), data.size());
                    System.out.printf("seed %d | %-28s | AUC %.4f | cost %.3f | hindsight %.3f%n", seed, name, s[0], s[1], s[2]);
                    double[] acc = sums.computeIfAbsent(name, k -> new double[3]);
                    acc[0] += s[0];
                    acc[1] += s[1];
                    acc[2] += s[2];
                }
            }
        }
        for (var e : sums.entrySet()) {
            System.out.printf("MEAN over %d seeds | %-28s | AUC %.4f | cost %.3f | hindsight %.3f%n", seeds.length, e.getKey(),
                    e.getValue()[0] / seeds.length, e.getValue()[1] / seeds.length, e.getValue()[2] / seeds.length);
        }
    }
}
