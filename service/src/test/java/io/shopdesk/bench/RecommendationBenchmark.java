package io.shopdesk.bench;

import io.shopdesk.recommendation.ItemCfTrainer;
import io.shopdesk.recommendation.MatrixFactorizationTrainer;
import io.shopdesk.recommendation.PopularityModel;
import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductCatalogue;
import io.shopdesk.recommendation.RatingData;
import io.shopdesk.recommendation.ShopperRecommender;
import io.shopdesk.recommendation.SyntheticRatings;
import io.shopdesk.recommendation.TrainedRecommenders;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Recommendations for one shopper in-process, the hot path behind the chat's product cards: a synthetic catalogue
 * of 10,000 products in 7 categories and 100,000 shoppers with 1,000,000 ratings (SyntheticRatings), the shipped
 * model settings. {@code knownShopper}: mf scores over every product of all categories, skipping rated ones, top 9;
 * {@code knownShopperOneCategory}: the same within one category; {@code similarItems}: the item-cf neighbours of a
 * product. Sample time, so JMH reports p99. Setup prints the training times. Run: service/bench/jmh.sh Recommendation
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Threads(1)
public class RecommendationBenchmark {
    static final String[] CATEGORIES = {"shoes", "apparel", "electronics", "home", "sports", "beauty", "kids"};
    static final int ITEMS = 10_000;
    static final int USERS = 100_000;

    ShopperRecommender recommender;
    ProductCatalogue catalogue;
    IntPredicate all;
    IntPredicate electronics;
    final SplittableRandom random = new SplittableRandom(1);

    @Setup
    public void setUp() {
        long start = System.nanoTime();
        RatingData ratings = SyntheticRatings.generate(USERS, ITEMS, 1_000_000, 42);
        long generated = System.nanoTime();
        PopularityModel popularity = PopularityModel.train(ratings);
        var itemCf = new ItemCfTrainer().train(ratings);
        long cf = System.nanoTime();
        var mf = new MatrixFactorizationTrainer().train(ratings);
        long done = System.nanoTime();
        System.out.printf("%n%d ratings, %d users, %d items: generated in %.1f s; item-cf trained in %.1f s; mf in %.1f s%n",
                ratings.size(), ratings.userCount(), ratings.itemCount(), (generated - start) / 1e9, (cf - generated) / 1e9,
                (done - cf) / 1e9);
        List<Product> products = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            products.add(new Product("i" + (i + 1), "商品" + i, "Product " + i, CATEGORIES[i % CATEGORIES.length], "Brand",
                    BigDecimal.valueOf(50 + (i * 37) % 3000), i % 13 == 0 ? 0 : 10, Map.of("color", "black"),
                    Set.of("tag"), i % 5 == 0));
        }
        catalogue = new ProductCatalogue(products);
        recommender = new ShopperRecommender(catalogue, new TrainedRecommenders(ratings, popularity, itemCf, mf));
        all = p -> true;
        electronics = p -> "electronics".equals(catalogue.get(p).category());
    }

    private String shopper() {
        return "u" + (1 + random.nextInt(USERS));
    }

    @Benchmark
    public List<ShopperRecommender.Scored> knownShopper() {
        return recommender.recommend(shopper(), -1, all, 9);
    }

    @Benchmark
    public List<ShopperRecommender.Scored> knownShopperOneCategory() {
        return recommender.recommend(shopper(), -1, electronics, 9);
    }

    @Benchmark
    public List<ShopperRecommender.Scored> similarItems() {
        return recommender.recommend(null, random.nextInt(ITEMS), all, 9);
    }
}
