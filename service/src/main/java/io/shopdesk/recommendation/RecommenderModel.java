package io.shopdesk.recommendation;

/**
 * A trained recommender over densely numbered users and items (see {@link RatingData}). {@link #predict} estimates
 * a rating (for RMSE and MAE); {@link #rank} orders items for a user (for top-N lists), which for most models is the
 * same number. Implementations are immutable and thread-safe.
 */
public interface RecommenderModel {

    /** The algorithm's name as the commands print it: popularity, item-cf, mf. */
    String name();

    int userCount();

    int itemCount();

    /** The estimated rating of {@code item} by {@code user}, clipped to the training scale. */
    double predict(int user, int item);

    /** A score to order items for {@code user}; higher first. */
    default double rank(int user, int item) {
        return predict(user, item);
    }
}
