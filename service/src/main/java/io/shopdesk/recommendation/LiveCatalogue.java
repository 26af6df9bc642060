package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.InteractionRepository;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import io.shopdesk.watch.FolderWatcher;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue {@link RecommendationService} serves, kept current: read at start-up with the models over it (from
 * {@code shopdesk.recommendation.model-dir} when set, else trained on the database's views, purchases and ratings)
 * and the card texts beside the rules; the catalogue folder and the rule folder are watched, a changed catalogue is
 * read again and served with the same models, and one that cannot be read leaves the catalogue in service. Apart
 * from the service, which reads turns and fires the rules, because this is what the service reads from. Thread-safe:
 * the catalogue, the models over it and its words are one immutable {@link CatalogueInService}, and the texts one
 * {@link RecommendationTexts}, each swapped whole; a caller reads {@link #serving()} once per call.
 */
final class LiveCatalogue implements AutoCloseable {
    /** The service's logger: the start-up and reload lines keep the name operators know them by. */
    private static final Logger log = LoggerFactory.getLogger(RecommendationService.class);

    private final RecommendationSettings settings;
    private volatile RecommendationTexts texts;
    private final FolderWatcher textWatcher;
    private final FolderWatcher catalogueWatcher;
    private final TrainedRecommenders models;
    /** The catalogue, the models over it and its words, swapped whole when the catalogue folder changes. */
    private volatile CatalogueInService served;

    /** Reads the catalogue, the texts of the rule folder and the models, and starts watching both folders. */
    LiveCatalogue(RecommendationSettings settings, Path ruleFolder, InteractionRepository interactions) {
        this.settings = settings;
        String catalogueRead = FolderWatcher.fingerprint(settings.catalogue());
        ProductCatalogue catalogue = ProductCatalogue.read(settings.catalogue().resolve("products.csv"));
        this.texts = RecommendationTexts.load(ruleFolder);
        // The rule engine reloads the rules; the card texts beside them are reloaded here.
        this.textWatcher = new FolderWatcher("recommendation-texts", ruleFolder, Duration.ofSeconds(2),
                () -> texts = RecommendationTexts.load(ruleFolder));
        long start = System.nanoTime();
        TrainedRecommenders models = RecommenderModelStore.exists(settings.modelDir())
                ? RecommenderModelStore.read(settings.modelDir())
                : TrainedRecommenders.train(interactions.preferences());
        log.info("Recommenders ready on {} preferences of {} shoppers for {} products in {} ms", models.ratings().size(),
                models.ratings().userCount(), catalogue.size(), (System.nanoTime() - start) / 1_000_000);
        this.models = models;
        this.served = CatalogueInService.read(settings, catalogue, models);
        // Prices, stock and new products take effect without a restart; a broken file keeps the catalogue serving.
        this.catalogueWatcher = new FolderWatcher("product-catalogue", settings.catalogue(), Duration.ofSeconds(2),
                catalogueRead, this::reload);
    }

    /**
     * Reads the catalogue file and the attribute words again and serves them with the same models; a file that cannot
     * be read is logged with its line and the catalogue in service stays.
     *
     * @return whether the new catalogue is in service
     */
    boolean reload() {
        Path file = settings.catalogue().resolve("products.csv");
        try {
            ProductCatalogue catalogue = ProductCatalogue.read(file);
            served = CatalogueInService.read(settings, catalogue, models);
            log.info("Product catalogue reloaded: {} products", catalogue.size());
            return true;
        } catch (RuntimeException e) {
            log.error("Product catalogue {} not reloaded, the previous one keeps serving: {}", file, e.getMessage());
            return false;
        }
    }

    /** The catalogue in service with its models and words; read it once per call. */
    CatalogueInService serving() {
        return served;
    }

    /** The card texts of the rule folder as last read. */
    RecommendationTexts texts() {
        return texts;
    }

    @Override
    public void close() {
        textWatcher.close();
        catalogueWatcher.close();
    }
}
