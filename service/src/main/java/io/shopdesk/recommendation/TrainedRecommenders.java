package io.shopdesk.recommendation;

/**
 * The three models trained on one ratings set, with the set itself (its ids map the models' numbers back to users
 * and items). What {@code reco train} writes and the service loads. Immutable and thread-safe.
 */
public record TrainedRecommenders(RatingData ratings, PopularityModel popularity, ItemCfModel itemCf,
                                  MatrixFactorizationModel mf) {

    /** Trains all three with their fixed settings. */
    public static TrainedRecommenders train(RatingData ratings) {
        return new TrainedRecommenders(ratings, PopularityModel.train(ratings), new ItemCfTrainer().train(ratings),
                new MatrixFactorizationTrainer().train(ratings));
    }
}
