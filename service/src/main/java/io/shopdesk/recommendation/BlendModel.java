package io.shopdesk.recommendation;

/**
 * A fixed-weight average of two models' estimates (here mf and item-cf, half each). The two make different
 * mistakes, factors smoothing over everything a user rated and neighbours following a few close items, so the
 * average is usually closer than either (Koren 2008 combines them in one model; averaging is the cheap version).
 * The weight is set once, not fitted to a test set. Immutable and thread-safe.
 */
public final class BlendModel implements RecommenderModel {
    private final RecommenderModel first;
    private final RecommenderModel second;
    private final double weight;

    public BlendModel(RecommenderModel first, RecommenderModel second, double weight) {
        this.first = first;
        this.second = second;
        this.weight = weight;
    }

    /** Trains mf and item-cf with their fixed settings and averages them half and half. */
    public static BlendModel train(RatingData data) {
        return new BlendModel(new MatrixFactorizationTrainer().train(data), new ItemCfTrainer().train(data), 0.5);
    }

    @Override
    public String name() {
        return first.name() + "+" + second.name();
    }

    @Override
    public int userCount() {
        return first.userCount();
    }

    @Override
    public int itemCount() {
        return first.itemCount();
    }

    @Override
    public double predict(int user, int item) {
        return weight * first.predict(user, item) + (1 - weight) * second.predict(user, item);
    }

    @Override
    public double rank(int user, int item) {
        return weight * first.rank(user, item) + (1 - weight) * second.rank(user, item);
    }
}
