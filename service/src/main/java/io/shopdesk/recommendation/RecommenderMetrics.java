package io.shopdesk.recommendation;

/**
 * How well a recommender did on held-out ratings: rating prediction error (RMSE, MAE over every test rating) and
 * top-N quality (precision, recall and NDCG at N, averaged over the test users with at least one relevant item).
 *
 * @param ratings     test ratings scored
 * @param rankedUsers users over whom the ranking metrics are averaged
 */
public record RecommenderMetrics(double rmse, double mae, double precision, double recall, double ndcg, int ratings,
                                 int rankedUsers) {

    /** The mean of several folds' metrics, each fold weighted equally (as Surprise and LensKit report them). */
    public static RecommenderMetrics mean(java.util.List<RecommenderMetrics> folds) {
        int n = folds.size();
        return new RecommenderMetrics(
                folds.stream().mapToDouble(RecommenderMetrics::rmse).sum() / n,
                folds.stream().mapToDouble(RecommenderMetrics::mae).sum() / n,
                folds.stream().mapToDouble(RecommenderMetrics::precision).sum() / n,
                folds.stream().mapToDouble(RecommenderMetrics::recall).sum() / n,
                folds.stream().mapToDouble(RecommenderMetrics::ndcg).sum() / n,
                folds.stream().mapToInt(RecommenderMetrics::ratings).sum(),
                folds.stream().mapToInt(RecommenderMetrics::rankedUsers).sum());
    }
}
