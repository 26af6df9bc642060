package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.embedding.StaticEmbeddings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains an {@link IntentModel} from labelled examples. The settings are fixed once for every data set (no tuning
 * to one benchmark): {@link SoftmaxRegression} with {@link SoftmaxRegression.Settings#DEFAULT} over every feature
 * seen in training, plus English messages' static sentence vectors when the trainer has {@link StaticEmbeddings}
 * (or Smile's L-BFGS maximum entropy, see {@link Optimizer}, which uses the sparse features only), plus an
 * {@link OutOfScopeBackground} of general English sentences added as {@code oos} examples when it has one and the
 * training data has no {@code oos} examples of its own.
 * Deterministic: the same examples give the same model. Thread-safe (no state between calls).
 */
public final class IntentTrainer {
    /** How the weights are fitted. */
    public enum Optimizer {
        /**
         * {@link SoftmaxRegression}: TF-IDF unit vectors, seeded SGD passes; seconds on 15,000 examples × 150 intents.
         * The default for intent models.
         */
        SGD,
        /**
         * L2-regularised L-BFGS over all examples: calibrated probabilities when each label has only a handful of
         * examples (FAQ entries with 4-6 questions), too slow for large intent sets.
         */
        LBFGS
    }

    private final MessageTokenizer tokenizer;
    private final Optimizer optimizer;
    private final PatternFeatures patterns;
    private final StaticEmbeddings embeddings;
    private final OutOfScopeBackground background;

    /** A trainer over sparse features only (no sentence vectors, no out-of-scope background). */
    public IntentTrainer(MessageTokenizer tokenizer) {
        this(tokenizer, Optimizer.SGD);
    }

    /** Sparse features and English sentence vectors from {@code embeddings}, no out-of-scope background. */
    public IntentTrainer(MessageTokenizer tokenizer, StaticEmbeddings embeddings) {
        this(tokenizer, embeddings, OutOfScopeBackground.NONE);
    }

    /**
     * The intent models' trainer: sparse features, English sentence vectors from {@code embeddings}, and
     * {@code background} sentences added to the English training data as out-of-scope examples.
     */
    public IntentTrainer(MessageTokenizer tokenizer, StaticEmbeddings embeddings, OutOfScopeBackground background) {
        this(tokenizer, Optimizer.SGD, PatternFeatures.NONE, embeddings, background);
    }

    public IntentTrainer(MessageTokenizer tokenizer, Optimizer optimizer) {
        this(tokenizer, optimizer, PatternFeatures.NONE, null, OutOfScopeBackground.NONE);
    }

    private IntentTrainer(MessageTokenizer tokenizer, Optimizer optimizer, PatternFeatures patterns,
                          StaticEmbeddings embeddings, OutOfScopeBackground background) {
        this.tokenizer = tokenizer;
        this.optimizer = optimizer;
        this.patterns = patterns;
        this.embeddings = optimizer == Optimizer.SGD ? embeddings : null;
        this.background = this.embeddings == null ? OutOfScopeBackground.NONE : background;
    }

    /**
     * The same trainer whose features also say which of the data's Rasa regexes and lookup tables a message
     * matches ({@code rx:NAME}, {@code lk:NAME}). A model trained this way must be fed features from this trainer.
     */
    public IntentTrainer withPatterns(IntentData data) {
        return new IntentTrainer(tokenizer, optimizer, new PatternFeatures(data.regexes(), data.lookups()), embeddings,
                background);
    }

    /** The SHA-256 of the embedding table this trainer reads, or null when it reads none. */
    public String embeddingsSha256() {
        return embeddings == null ? null : embeddings.sha256();
    }

    /**
     * What besides the training files decides the model (the embedding table and the background), for a release's
     * training-data hash: a release is loaded only by a service that would train the same model.
     */
    public String inputsFingerprint() {
        return fingerprint(embeddings, background);
    }

    /** {@link #inputsFingerprint()} of a trainer with these parts. */
    public static String fingerprint(StaticEmbeddings embeddings, OutOfScopeBackground background) {
        return (embeddings == null ? null : embeddings.sha256()) + "+background:" + background.sha256();
    }

    /**
     * What every training set needs: two intents or more, each with two examples or more. The commands check it as soon
     * as the data is read, so a team learns it before any featurising or cross-validation (whose own message, about
     * folds, would hide the simpler problem).
     *
     * @throws IntentDataException naming the first intent with a single example, in name order
     */
    public static void requireTrainable(List<IntentExample> examples) {
        Map<String, Long> perIntent = new java.util.TreeMap<>();
        examples.forEach(e -> perIntent.merge(e.intent(), 1L, Long::sum));
        perIntent.forEach((intent, count) -> {
            if (count < 2) {
                throw new IntentDataException("intent '" + intent + "' has only one example; every intent needs at least two");
            }
        });
        if (perIntent.size() < 2) {
            throw new IntentDataException("at least two intents are needed, found " + perIntent.keySet());
        }
    }

    public IntentModel train(List<IntentExample> examples, double oosThreshold) {
        return train(examples, examples.stream().map(this::features).toList(), oosThreshold);
    }

    /**
     * Trains on examples whose features (from {@link #features(String)}) are already known, so a cross-validation
     * featurises each message once and a command can show progress while featurising.
     */
    public IntentModel train(List<IntentExample> examples, List<IntentFeatures> featureSets, double oosThreshold) {
        requireTrainable(examples);
        List<IntentExample> added = backgroundFor(examples, featureSets);
        if (!added.isEmpty()) {
            examples = new ArrayList<>(examples);
            examples.addAll(added);
            featureSets = new ArrayList<>(featureSets);
            featureSets.addAll(added.parallelStream().map(this::features).toList());
        }
        String[] labels = new TreeSet<>(examples.stream().map(IntentExample::intent).toList()).toArray(String[]::new);
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            labelIndex.put(labels[i], i);
        }
        Map<String, Integer> featureIndex = new HashMap<>();
        new TreeSet<>(featureSets.stream().flatMap(f -> f.names().stream()).toList())
                .forEach(f -> featureIndex.put(f, featureIndex.size()));
        int[][] x = new int[examples.size()][];
        float[][] dense = new float[examples.size()][];
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            x[i] = featureSets.get(i).names().stream().mapToInt(featureIndex::get).sorted().toArray();
            dense[i] = embeddings == null ? null : featureSets.get(i).embedding();
            y[i] = labelIndex.get(examples.get(i).intent());
        }
        IntentScorer scorer = optimizer == Optimizer.LBFGS
                ? MaxentScorer.fit(featureIndex.size(), x, y)
                : SoftmaxRegression.fit(featureIndex.size(), labels.length, x, dense, y, SoftmaxRegression.Settings.DEFAULT);
        return new IntentModel(featureIndex, labels, scorer, oosThreshold, embeddingsSha256());
    }

    /**
     * How many background sentences {@link #train(List, List, double)} adds to these examples as {@code oos}: none
     * when they have {@code oos} examples of their own, else one per ten English examples (see
     * {@link OutOfScopeBackground}). For the commands' summaries.
     */
    public int backgroundExamples(List<IntentExample> examples, List<IntentFeatures> featureSets) {
        return backgroundFor(examples, featureSets).size();
    }

    private List<IntentExample> backgroundFor(List<IntentExample> examples, List<IntentFeatures> featureSets) {
        if (examples.stream().anyMatch(e -> e.intent().equals(IntentPrediction.OUT_OF_SCOPE))) {
            return List.of();
        }
        return background.examplesFor((int) featureSets.stream().filter(f -> f.embedding() != null).count());
    }

    public IntentFeatures features(IntentExample example) {
        return features(example.text());
    }

    public IntentFeatures features(String text) {
        // As the service's pipeline reads a live message (Annotations), so training, evaluation and serving agree.
        text = io.shopdesk.nlp.FullWidthForms.fold(text);
        MessageTokenizer.Tokenized tokenized = tokenizer.tokenize(text);
        Set<String> features = IntentFeaturizer.features(text, tokenized.language(), tokenized.tokens());
        if (!patterns.isEmpty()) {
            features.addAll(patterns.features(text));
        }
        return new IntentFeatures(features, sentenceVector(embeddings, text, tokenized.language()));
    }

    /** The sentence vector the models read: English messages only, null without embeddings. */
    public static float[] sentenceVector(StaticEmbeddings embeddings, String text, Language language) {
        return embeddings != null && language == Language.EN ? embeddings.sentence(text) : null;
    }

    /** Examples grouped by intent, for reports. */
    public static Map<String, List<IntentExample>> byIntent(List<IntentExample> examples) {
        Map<String, List<IntentExample>> grouped = new HashMap<>();
        examples.forEach(e -> grouped.computeIfAbsent(e.intent(), k -> new ArrayList<>()).add(e));
        return grouped;
    }
}
