package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.Baseline;
import io.shopdesk.recommendation.internal.UserRatings;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Trains {@link ItemCfModel}: the cosine similarity of every pair of items over the users who rated both, shrunk
 * towards 0 when few users support it ({@code n / (n + shrinkage)}), and for each item the most similar ones kept.
 * With {@code residuals} the vectors are the ratings minus the baseline (so that a generous user or a popular item
 * does not make everything look alike); without, the raw ratings. Work per item is independent, so items are
 * processed in parallel, each with its own accumulators. Thread-safe (stateless apart from its settings).
 */
public final class ItemCfTrainer {

    /**
     * @param k          neighbours used for one prediction (among those the user rated)
     * @param kept       neighbours kept per item
     * @param shrinkage  0 for plain cosine
     * @param residuals  cosine of baseline residuals instead of raw ratings
     */
    public record Settings(int k, int kept, double shrinkage, boolean residuals) {
        public static final Settings DEFAULT = new Settings(40, 200, 100, true);
    }

    private final Settings settings;

    public ItemCfTrainer(Settings settings) {
        this.settings = settings;
    }

    public ItemCfTrainer() {
        this(Settings.DEFAULT);
    }

    public Settings settings() {
        return settings;
    }

    /** The settings as a map, for a manifest. */
    public java.util.Map<String, Object> settingsMap() {
        return java.util.Map.of("k", settings.k(), "kept", settings.kept(), "shrinkage", settings.shrinkage(),
                "residuals", settings.residuals());
    }

    public ItemCfModel train(RatingData data) {
        Baseline baseline = Baseline.fit(data, 10, 15, 10);
        UserRatings byUser = UserRatings.byUser(data);
        UserRatings byItem = UserRatings.byItem(data);
        int items = data.itemCount();
        int[][] neighbours = new int[items][];
        float[][] similarities = new float[items][];
        ThreadLocal<Accumulators> local = ThreadLocal.withInitial(() -> new Accumulators(items));
        IntStream.range(0, items).parallel().forEach(i -> {
            Accumulators acc = local.get();
            for (int p = byItem.from(i); p < byItem.to(i); p++) {
                int u = byItem.key(p);
                double xi = x(baseline, u, i, byItem.value(p));
                for (int q = byUser.from(u); q < byUser.to(u); q++) {
                    int j = byUser.key(q);
                    if (j != i) {
                        double xj = x(baseline, u, j, byUser.value(q));
                        acc.add(j, xi, xj);
                    }
                }
            }
            acc.top(i, settings, neighbours, similarities);
        });
        return new ItemCfModel(baseline, byUser, neighbours, similarities, settings.k(), data.min(), data.max());
    }

    private double x(Baseline baseline, int user, int item, float rating) {
        return settings.residuals() ? rating - baseline.estimate(user, item) : rating;
    }

    /** Per-thread sums over co-rating users, reset between items by the list of touched items. */
    private static final class Accumulators {
        final double[] dot;
        final double[] sqI;
        final double[] sqJ;
        final int[] count;
        final int[] touched;
        int touchedCount;

        Accumulators(int items) {
            dot = new double[items];
            sqI = new double[items];
            sqJ = new double[items];
            count = new int[items];
            touched = new int[items];
        }

        void add(int j, double xi, double xj) {
            if (count[j] == 0) {
                touched[touchedCount++] = j;
            }
            dot[j] += xi * xj;
            sqI[j] += xi * xi;
            sqJ[j] += xj * xj;
            count[j]++;
        }

        void top(int item, Settings settings, int[][] neighbours, float[][] similarities) {
            long[] packed = new long[touchedCount];
            int n = 0;
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                double norm = Math.sqrt(sqI[j] * sqJ[j]);
                double sim = norm == 0 ? 0 : dot[j] / norm;
                if (settings.shrinkage() > 0) {
                    sim *= count[j] / (count[j] + settings.shrinkage());
                }
                if (sim > 0) {
                    // Sort key: similarity descending, then item ascending, so ties are deterministic.
                    packed[n++] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits((float) sim)) << 32) | j;
                }
                dot[j] = 0;
                sqI[j] = 0;
                sqJ[j] = 0;
                count[j] = 0;
            }
            touchedCount = 0;
            long[] kept = Arrays.copyOf(packed, n);
            Arrays.sort(kept);
            int size = Math.min(n, settings.kept());
            int[] ids = new int[size];
            float[] sims = new float[size];
            for (int x = 0; x < size; x++) {
                ids[x] = (int) (kept[x] & 0xffffffffL);
                sims[x] = Float.intBitsToFloat(Integer.MAX_VALUE - (int) (kept[x] >>> 32));
            }
            neighbours[item] = ids;
            similarities[item] = sims;
        }
    }
}
