package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.RatingData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What shoppers did with products, as one preference per shopper and product for the recommenders: the shopper's
 * rating when there is one, else 4 for a purchase, else 2.5 for a view (interest without commitment). Users are
 * shopper ids as text, items skus. Thread-safe (JdbcClient is).
 */
@Repository
public class InteractionRepository {
    static final float PURCHASE = 4f;
    static final float VIEW = 2.5f;

    private final JdbcClient jdbc;

    public InteractionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The shoppers' own ratings of these products (sku to how many and their mean), read now; a product nobody rated
     * is not in the map.
     */
    public Map<String, RatingSummary> ratingsOf(Collection<String> skus) {
        Map<String, RatingSummary> ratings = new LinkedHashMap<>();
        if (skus.isEmpty()) {
            return ratings;
        }
        jdbc.sql("""
                SELECT p.sku, COUNT(*), AVG(CAST(r.rating AS DOUBLE PRECISION))
                FROM product_ratings r JOIN products p ON p.id = r.product_id
                WHERE p.sku IN (:skus) GROUP BY p.sku""").param("skus", List.copyOf(skus))
                .query(rs -> {
                    ratings.put(rs.getString(1), new RatingSummary(rs.getInt(2), rs.getDouble(3)));
                });
        return ratings;
    }

    public RatingData preferences() {
        Map<String, float[]> best = new LinkedHashMap<>();
        // Priority: rating (3) over purchase (2) over view (1).
        jdbc.sql("""
                SELECT v.shopper_id, p.sku, 1 AS kind, 0 AS rating FROM product_views v JOIN products p ON p.id = v.product_id
                UNION ALL
                SELECT b.shopper_id, p.sku, 2, 0 FROM product_purchases b JOIN products p ON p.id = b.product_id
                UNION ALL
                SELECT r.shopper_id, p.sku, 3, r.rating FROM product_ratings r JOIN products p ON p.id = r.product_id
                ORDER BY 1, 2""").query(rs -> {
            String key = rs.getLong(1) + "\t" + rs.getString(2);
            int kind = rs.getInt(3);
            float value = kind == 3 ? rs.getInt(4) : kind == 2 ? PURCHASE : VIEW;
            float[] current = best.get(key);
            if (current == null || current[0] < kind) {
                best.put(key, new float[] {kind, value});
            }
        });
        List<RatingData.Rating> ratings = new ArrayList<>(best.size());
        best.forEach((key, v) -> {
            int tab = key.indexOf('\t');
            ratings.add(new RatingData.Rating(key.substring(0, tab), key.substring(tab + 1), v[1]));
        });
        return RatingData.of(ratings);
    }
}
