package io.shopdesk.recommendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The hot path: the best catalogue products for one shopper and one filter, from trained models. With an anchor
 * product, its precomputed item-cf neighbours (no arithmetic, a walk down a list); for a shopper the models know,
 * the factorisation's score over the products that pass the filter (one dot product each), skipping what they
 * already bought or rated; otherwise popularity. Stock is not filtered here: the rules do it, and say so.
 * Immutable and thread-safe; a call allocates only its result and a small top-N buffer.
 */
public final class ShopperRecommender {

    /** One proposal: the catalogue number of the product, the model that proposed it and its score. */
    public record Scored(int product, String model, double score) {
    }

    private final ProductCatalogue catalogue;
    private final TrainedRecommenders models;
    private final int[] catalogueToModel;
    private final int[] modelToCatalogue;
    private final Map<String, Integer> users;

    public ShopperRecommender(ProductCatalogue catalogue, TrainedRecommenders models) {
        this.catalogue = catalogue;
        this.models = models;
        RatingData data = models.ratings();
        this.catalogueToModel = new int[catalogue.size()];
        this.modelToCatalogue = new int[data.itemCount()];
        java.util.Arrays.fill(modelToCatalogue, -1);
        Map<String, Integer> items = new HashMap<>();
        for (int i = 0; i < data.itemCount(); i++) {
            items.put(data.itemId(i), i);
        }
        for (int p = 0; p < catalogue.size(); p++) {
            Integer m = items.get(catalogue.get(p).sku());
            catalogueToModel[p] = m == null ? -1 : m;
            if (m != null) {
                modelToCatalogue[m] = p;
            }
        }
        Map<String, Integer> userIndex = new HashMap<>();
        for (int u = 0; u < data.userCount(); u++) {
            userIndex.put(data.userId(u), u);
        }
        this.users = Map.copyOf(userIndex);
    }

    public ProductCatalogue catalogue() {
        return catalogue;
    }

    /**
     * How many shoppers viewed, bought or rated the product in the data the models were trained on (the popularity
     * model's count); 0 for a product the data does not have. What a comparison may say of how popular a card is.
     */
    public int shoppersOf(String sku) {
        int p = catalogue.index(sku);
        int m = p < 0 ? -1 : catalogueToModel[p];
        return m < 0 ? 0 : models.popularity().count(m);
    }

    /** Whether the models have history for this shopper id. */
    public boolean knows(String shopper) {
        return shopper != null && users.containsKey(shopper);
    }

    /**
     * Up to {@code n} products passing {@code filter} (catalogue numbers), best first.
     *
     * @param shopper the shopper's id in the ratings (customer id as text), or null for a guest
     * @param anchor  a product's catalogue number to find similar items for, or -1
     */
    public List<Scored> recommend(String shopper, int anchor, IntPredicate filter, int n) {
        int modelAnchor = anchor < 0 ? -1 : catalogueToModel[anchor];
        if (modelAnchor >= 0) {
            List<Scored> similar = similar(modelAnchor, anchor, filter, n);
            if (!similar.isEmpty()) {
                return similar;
            }
        }
        Integer user = shopper == null ? null : users.get(shopper);
        RecommenderModel model = user != null ? models.mf() : models.popularity();
        int u = user == null ? 0 : user;
        // Items the shopper already rated are dropped after ranking, not looked up per product: keep that many extra.
        int rated = user == null ? 0 : models.itemCf().ratedCount(u);
        double[] scores = new double[n + rated];
        int[] best = new int[n + rated];
        int size = 0;
        for (int p = 0; p < catalogueToModel.length; p++) {
            if (p == anchor || !filter.test(p)) {
                continue;
            }
            int m = catalogueToModel[p];
            double score = m < 0 ? Double.NEGATIVE_INFINITY : model.rank(u, m);
            size = insert(best, scores, size, p, score);
        }
        List<Scored> result = new ArrayList<>(n);
        for (int x = 0; x < size && result.size() < n; x++) {
            int m = catalogueToModel[best[x]];
            if (user == null || m < 0 || !models.itemCf().hasRated(u, m)) {
                result.add(new Scored(best[x], model.name(), scores[x]));
            }
        }
        return result;
    }

    private List<Scored> similar(int modelAnchor, int anchor, IntPredicate filter, int n) {
        int[] near = models.itemCf().neighbours(modelAnchor);
        float[] sims = models.itemCf().similarities(modelAnchor);
        List<Scored> result = new ArrayList<>(n);
        for (int x = 0; x < near.length && result.size() < n; x++) {
            int p = modelToCatalogue[near[x]];
            if (p >= 0 && p != anchor && filter.test(p)) {
                result.add(new Scored(p, models.itemCf().name(), sims[x]));
            }
        }
        return result;
    }

    /** Keeps the n best in descending order; ties keep the earlier product. */
    private static int insert(int[] best, double[] scores, int size, int product, double score) {
        int n = best.length;
        if (n == 0 || (size == n && score <= scores[n - 1])) {
            return size;
        }
        int at = size == n ? n - 1 : size++;
        while (at > 0 && scores[at - 1] < score) {
            best[at] = best[at - 1];
            scores[at] = scores[at - 1];
            at--;
        }
        best[at] = product;
        scores[at] = score;
        return size;
    }
}
