package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three models on data small enough to compute by hand. */
class RecommenderModelsTest {

    /** u1: A=5 B=3; u2: A=4 B=4 C=1; u3: B=2 C=5. */
    static final RatingData TINY = RatingData.of(List.of(
            new RatingData.Rating("u1", "A", 5), new RatingData.Rating("u1", "B", 3),
            new RatingData.Rating("u2", "A", 4), new RatingData.Rating("u2", "B", 4), new RatingData.Rating("u2", "C", 1),
            new RatingData.Rating("u3", "B", 2), new RatingData.Rating("u3", "C", 5)));

    @Test
    void cosineSimilarityOverCoRatingUsers() {
        ItemCfModel model = new ItemCfTrainer(new ItemCfTrainer.Settings(40, 10, 0, false)).train(TINY);
        int a = TINY.itemIndex("A");
        int b = TINY.itemIndex("B");
        int c = TINY.itemIndex("C");
        // A·B over u1,u2: (5*3 + 4*4) / (sqrt(25+16) * sqrt(9+16)) = 31 / (5 sqrt 41)
        assertThat(model.similarity(a, b)).isCloseTo(31 / (5 * Math.sqrt(41)), within(1e-6));
        assertThat(model.similarity(a, b)).isCloseTo(0.968277, within(1e-6));
        // B·C over u2,u3: (4*1 + 2*5) / (sqrt(16+4) * sqrt(1+25)) = 14 / sqrt(520)
        assertThat(model.similarity(b, c)).isCloseTo(14 / Math.sqrt(520), within(1e-6));
        // A·C over u2 alone: 4*1 / (4 * 1) = 1, the reason for shrinkage
        assertThat(model.similarity(a, c)).isCloseTo(1.0, within(1e-6));
        assertThat(model.similarity(b, a)).isCloseTo(model.similarity(a, b), within(1e-9));
        assertThat(model.neighbours(a)).containsExactly(c, b);
        assertThat(model.neighbours(b)).containsExactly(a, c);
    }

    @Test
    void shrinkageDiscountsSimilaritiesWithFewCoRaters() {
        ItemCfModel model = new ItemCfTrainer(new ItemCfTrainer.Settings(40, 10, 1, false)).train(TINY);
        int a = TINY.itemIndex("A");
        // two co-raters: * 2 / (2 + 1); one co-rater: * 1 / (1 + 1)
        assertThat(model.similarity(a, TINY.itemIndex("B"))).isCloseTo(0.968277 * 2 / 3, within(1e-6));
        assertThat(model.similarity(a, TINY.itemIndex("C"))).isCloseTo(0.5, within(1e-6));
        assertThat(model.neighbours(a)).containsExactly(TINY.itemIndex("B"), TINY.itemIndex("C"));
    }

    @Test
    void popularityCountsAndDampedMeans() {
        PopularityModel model = PopularityModel.train(RatingData.of(List.of(
                new RatingData.Rating("u1", "A", 5), new RatingData.Rating("u2", "A", 5),
                new RatingData.Rating("u3", "B", 1))));
        double mean = 11.0 / 3;
        assertThat(model.predict(0, 0)).isCloseTo((10 + 25 * mean) / 27, within(1e-9));
        assertThat(model.predict(0, 1)).isCloseTo((1 + 25 * mean) / 26, within(1e-9));
        assertThat(model.count(0)).isEqualTo(2);
        assertThat(model.rank(2, 0)).isGreaterThan(model.rank(2, 1));
    }

    @Test
    void matrixFactorisationRecoversARankOneMatrixAndIsDeterministic() {
        List<RatingData.Rating> ratings = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            for (int i = 0; i < 15; i++) {
                double x = -1 + 2.0 * u / 19;
                double y = -1 + 2.0 * i / 14;
                ratings.add(new RatingData.Rating("u" + u, "i" + i, 3 + 1.5 * x * y));
            }
        }
        RatingData data = RatingData.of(ratings);
        var settings = new MatrixFactorizationTrainer.Settings(2, 400, 0.02, 1.0, 0.0, 0.0, 0.1, 7);
        MatrixFactorizationModel model = new MatrixFactorizationTrainer(settings).train(data);
        double squared = 0;
        for (int r = 0; r < data.size(); r++) {
            double error = model.predict(data.user(r), data.item(r)) - data.value(r);
            squared += error * error;
        }
        assertThat(Math.sqrt(squared / data.size())).isLessThan(0.05);
        MatrixFactorizationModel again = new MatrixFactorizationTrainer(settings).train(data);
        assertThat(again.predict(3, 4)).isEqualTo(model.predict(3, 4));
    }

    @Test
    void anUnseenUserGetsTheItemsBiasOnly() {
        RatingData data = RatingData.of(List.of(new RatingData.Rating("u1", "A", 5), new RatingData.Rating("u2", "B", 1)));
        RatingData train = data.subset(new int[] {0});
        MatrixFactorizationModel model = new MatrixFactorizationTrainer().train(train);
        // u2 and B were never seen: prediction is the training mean, inside the scale
        assertThat(model.predict(1, 1)).isEqualTo(5.0);
    }

    @Test
    void itemCfPredictsTheBaselinePlusWeightedNeighbourDeviations() {
        ItemCfModel model = new ItemCfTrainer(new ItemCfTrainer.Settings(40, 10, 0, false)).train(TINY);
        int u1 = TINY.userIndex("u1");
        int c = TINY.itemIndex("C");
        // u1 rated A and B, both neighbours of C: the prediction moves from the baseline by their deviations
        double baselineOnly = new ItemCfTrainer(new ItemCfTrainer.Settings(0, 0, 0, false)).train(TINY).predict(u1, c);
        assertThat(model.predict(u1, c)).isNotEqualTo(baselineOnly).isBetween(1.0, 5.0);
    }
}
