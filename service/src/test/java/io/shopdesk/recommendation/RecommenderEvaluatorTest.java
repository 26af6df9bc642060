package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The metrics' formulas on hand examples, and the folds of the cross-validator. */
class RecommenderEvaluatorTest {

    @Test
    void precisionRecallAndNdcgOnAHandExample() {
        // Top list: hit, miss, hit; 4 relevant items in the test set; N = 10.
        boolean[] hits = {true, false, true};
        assertThat(RecommenderEvaluator.precision(hits, 10)).isEqualTo(0.2);
        assertThat(RecommenderEvaluator.recall(hits, 4)).isEqualTo(0.5);
        // DCG = 1/log2(2) + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) + 1/log2(4) + 1/log2(5)
        double ideal = 1 + 1 / (Math.log(3) / Math.log(2)) + 0.5 + 1 / (Math.log(5) / Math.log(2));
        assertThat(RecommenderEvaluator.ndcg(hits, 4, 10)).isCloseTo(1.5 / ideal, within(1e-12));
        assertThat(RecommenderEvaluator.ndcg(hits, 4, 10)).isCloseTo(0.585570, within(1e-6));
        assertThat(RecommenderEvaluator.ndcg(new boolean[] {true, true}, 2, 10)).isEqualTo(1.0);
    }

    @Test
    void rmseMaeAndRankingOfAModelOnHeldOutRatings() {
        RatingData all = RatingData.of(List.of(
                new RatingData.Rating("u1", "A", 5), new RatingData.Rating("u2", "A", 5),
                new RatingData.Rating("u3", "B", 1), new RatingData.Rating("u1", "B", 4),
                new RatingData.Rating("u2", "C", 2)));
        RatingData train = all.subset(new int[] {0, 1, 2});
        RatingData test = all.subset(new int[] {3, 4});
        RecommenderModel model = PopularityModel.train(train);
        RecommenderMetrics m = new RecommenderEvaluator(1, 4).evaluate(model, train, test);
        double mean = 11.0 / 3;
        double predictedB = (1 + 25 * mean) / 26;
        // C was never trained: the damped mean of no ratings is the global mean
        double errB = predictedB - 4;
        double errC = mean - 2;
        assertThat(m.rmse()).isCloseTo(Math.sqrt((errB * errB + errC * errC) / 2), within(1e-9));
        assertThat(m.mae()).isCloseTo((Math.abs(errB) + Math.abs(errC)) / 2, within(1e-9));
        // u1's only relevant test item is B, the only trained item u1 did not rate: a hit at rank 1
        assertThat(m.rankedUsers()).isEqualTo(1);
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.ndcg()).isEqualTo(1.0);
    }

    @Test
    void foldsPartitionTheRowsAndDependOnlyOnTheSeed() {
        RecommenderCrossValidator cv = new RecommenderCrossValidator(5, 42, new RecommenderEvaluator());
        int[][] folds = cv.folds(23);
        assertThat(folds).hasNumberOfRows(5);
        assertThat(java.util.Arrays.stream(folds).mapToInt(f -> f.length).toArray()).containsExactly(4, 5, 4, 5, 5);
        assertThat(java.util.Arrays.stream(folds).flatMapToInt(java.util.Arrays::stream).sorted().toArray())
                .containsExactly(java.util.stream.IntStream.range(0, 23).toArray());
        assertThat(new RecommenderCrossValidator(5, 42, new RecommenderEvaluator()).folds(23)[2]).containsExactly(folds[2]);
    }
}
