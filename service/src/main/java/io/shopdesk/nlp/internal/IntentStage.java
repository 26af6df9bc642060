package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.Key;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.Stage;
import io.shopdesk.nlp.embedding.EmbeddingTableException;
import io.shopdesk.nlp.embedding.StaticEmbeddings;
import io.shopdesk.nlp.intent.IntentDataException;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentFeatures;
import io.shopdesk.nlp.intent.IntentFeaturizer;
import io.shopdesk.nlp.intent.IntentModel;
import io.shopdesk.nlp.intent.IntentModelStore;
import io.shopdesk.nlp.intent.IntentTrainer;
import io.shopdesk.nlp.intent.OutOfScopeBackground;
import io.shopdesk.watch.FolderWatcher;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The intent with its confidence, the three best intents, and out-of-scope detection. The model is the release in
 * {@code nlp-models/intent-model/} when it was trained on the current {@code nlp-models/intents/} ({@code *.csv}, Rasa
 * {@code *.yml}); otherwise one is trained at start-up. English messages also get their sentence vector from the
 * static embeddings in {@code nlp-models/embeddings/} (without that table the stage runs on sparse features alone and
 * says so). A new release (its manifest changes) is swapped in without a restart; a message in flight keeps the model
 * it started with. The training data is watched too, but only for what it says about the data: a file broken or fixed
 * while the service runs changes {@link #problem()} and {@link #source()} at once (before, {@code serving} kept saying
 * "the training data cannot be read" after the fix until the next release or restart); an edit never retrains the
 * serving model (a label waits for its release). Thread-safe: the model and the embeddings are immutable, the model
 * and what is said about it are held in volatile fields.
 */
@Component
public class IntentStage implements Stage, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IntentStage.class);

    private final StageTokenizer tokenizer;
    private final NlpSettings settings;
    private final FolderWatcher watcher;
    private final FolderWatcher dataWatcher;
    private final StaticEmbeddings embeddings;
    private final OutOfScopeBackground background;
    private volatile IntentModel model;
    /** Where the serving model came from ("release 3", "trained at start-up on …"), without the data's state. */
    private volatile String source;
    /** The training data's error and the data hash it was found for; null while the data reads. */
    private volatile DataError dataError;

    private record DataError(String message, String hash) {
    }

    public IntentStage(StageTokenizer tokenizer, NlpSettings settings) {
        this.tokenizer = tokenizer;
        this.settings = settings;
        this.embeddings = embeddings(settings.modelsDir());
        this.background = OutOfScopeBackground.fromModels(settings.modelsDir());
        if (background.size() == 0) {
            log.warn("No {} under {}: in-memory intent models train without an out-of-scope background",
                    OutOfScopeBackground.FILE, settings.modelsDir());
        }
        // Watching starts before the first load, so a release that lands while it runs (seconds, when it trains) is
        // loaded right after it rather than missed.
        this.watcher = new FolderWatcher("intent-model", releaseDir(), Duration.ofSeconds(2), this::load);
        String dataRead = FolderWatcher.fingerprint(dataDir());
        load();
        this.dataWatcher = new FolderWatcher("intents", dataDir(), Duration.ofSeconds(2), dataRead, this::readData);
    }

    private Path dataDir() {
        return settings.modelsDir().resolve("intents");
    }

    private String dataHash() {
        return IntentModelStore.dataHash(IntentDataReader.dataFiles(dataDir()), IntentTrainer.fingerprint(embeddings, background));
    }

    /**
     * Reads the training files again after they changed, for their state only: an error found ({@code FILE:LINE}) is
     * logged and said by {@link #problem()} and {@link #source()}; files that read again clear it. The serving model
     * stays either way: a release (the release folder's watcher) or a restart changes it.
     */
    synchronized void readData() {
        String hash = dataHash();
        try {
            IntentDataReader.readFolder(dataDir());
            if (dataError != null) {
                log.info("Intent training data reads again; still serving {} (train and release to serve it)", source);
            }
            dataError = null;
        } catch (IntentDataException e) {
            dataError = new DataError(e.getMessage(), hash);
            log.error("Intent training data cannot be read: {}. Releases are refused until it is fixed.", e.getMessage());
        }
    }

    private static StaticEmbeddings embeddings(Path modelsDir) {
        try {
            return StaticEmbeddings.fromModels(modelsDir);
        } catch (EmbeddingTableException e) {
            log.warn("Intent features without sentence vectors: {}", e.getMessage());
            return null;
        }
    }

    private Path releaseDir() {
        return settings.modelsDir().resolve("intent-model");
    }

    private synchronized void load() {
        long start = System.nanoTime();
        Path data = dataDir();
        String hash = dataHash();
        java.util.Optional<IntentModelStore.Manifest> manifest;
        java.util.Optional<IntentModel> released;
        try {
            manifest = IntentModelStore.manifest(releaseDir());
            released = IntentModelStore.load(releaseDir(), hash);
        } catch (RuntimeException e) {
            // A manifest someone broke (a merge conflict, a hand edit) is no release: train rather than fail to start.
            log.warn("Intent release in {} is unreadable ({}); it is ignored", releaseDir(), e.toString());
            manifest = java.util.Optional.empty();
            released = java.util.Optional.empty();
        }
        if (released.isPresent()) {
            model = released.get().withOosThreshold(settings.oosThreshold());
            source = "release " + manifest.map(IntentModelStore.Manifest::version).orElse("?");
            // A release is trained on readable data only, so data that hashes as its own reads.
            dataError = null;
        } else if (model != null && manifest.map(m -> hash.equals(m.trainingDataHash())).orElse(false)) {
            // The manifest is for this data but the model file is not its: a release is being written (model file
            // first, manifest last), so keep serving and load it when the manifest lands, instead of training.
            log.warn("Intent release in {} does not match its manifest (being written?); still serving {}",
                    releaseDir(), source);
            return;
        } else {
            java.util.List<io.shopdesk.nlp.intent.IntentExample> examples;
            try {
                examples = IntentDataReader.readFolder(data);
            } catch (IntentDataException e) {
                // A team's broken file must not take the shop's bot down: serve the last release (whatever data it
                // was trained on), say what is wrong until it is fixed, and let no release be trained on it.
                dataError = new DataError(e.getMessage(), hash);
                log.error("Intent training data cannot be read: {}. Releases are refused until it is fixed.",
                        e.getMessage());
                if (model != null && released.isEmpty()) {
                    return;
                }
                IntentModel last = manifest.flatMap(m -> IntentModelStore.load(releaseDir(), m.trainingDataHash()))
                        .orElseThrow(() -> new IntentDataException(e.getMessage()
                                + " (and no intent release in " + releaseDir() + " to serve meanwhile)"));
                model = last.withOosThreshold(settings.oosThreshold());
                source = "release " + manifest.get().version();
                log.info("Intent model: {}, {} intents", source(), model.labels().size());
                return;
            }
            dataError = null;
            IntentTrainer trainer = embeddings == null ? new IntentTrainer(tokenizer) : new IntentTrainer(tokenizer, embeddings, background);
            model = trainer.train(examples, settings.oosThreshold());
            // A team on the review page has "Train and release" in front of it; the command line is the other way.
            source = "trained at start-up on " + examples.size() + " examples (no release for this data: Train and "
                    + "release on the review page, or run `nlu train`)";
        }
        log.info("Intent model: {}, {} intents, {} features, ready in {} ms", source, model.labels().size(),
                model.featureCount(), (System.nanoTime() - start) / 1_000_000);
    }

    public IntentModel model() {
        return model;
    }

    /**
     * How the serving model classifies {@code text} now, featurised as training featurises it (the text folded, the
     * pipeline's tokens): for reviewing old messages against the current release without running the whole pipeline.
     */
    public IntentPrediction classify(String text) {
        return model.predict(trainer().features(text));
    }

    /**
     * A trainer with the parts this stage serves with (tokeniser, embedding table, out-of-scope background): the
     * parts {@code nlu train} uses, so a release trained with it is one the stage loads.
     */
    public IntentTrainer trainer() {
        return new IntentTrainer(tokenizer, embeddings, background);
    }

    /** The folder the stage watches for releases. */
    public Path releaseFolder() {
        return releaseDir();
    }

    /**
     * The training data's error ({@code FILE:LINE: …}) while the files are still the ones it was found in; null once
     * they read (or were changed: a release job or {@code /current} reads them again).
     */
    @Override
    public String problem() {
        DataError error = dataError;
        if (error == null) {
            return null;
        }
        return dataHash().equals(error.hash()) ? error.message() : null;
    }

    /**
     * Where the serving model came from, for health and {@code /api/nlu/releases/current}'s {@code serving}, followed
     * by {@code (the training data cannot be read: FILE:LINE: …)} while {@link #problem()} says so.
     */
    public String source() {
        String problem = problem();
        return problem == null ? source : source + " (the training data cannot be read: " + problem + ")";
    }

    @Override
    public String name() {
        return "intent";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.LANGUAGE, Keys.TOKENS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.INTENT);
    }

    @Override
    public void process(Annotations annotations) {
        IntentModel current = model;
        var names = IntentFeaturizer.features(annotations.text(), annotations.language(),
                annotations.getOrDefault(Keys.TOKENS, List.of()));
        float[] vector = IntentTrainer.sentenceVector(embeddings, annotations.text(), annotations.language());
        annotations.put(Keys.INTENT, current.predict(new IntentFeatures(names, vector)));
    }

    @PreDestroy
    @Override
    public void close() {
        watcher.close();
        dataWatcher.close();
    }
}
