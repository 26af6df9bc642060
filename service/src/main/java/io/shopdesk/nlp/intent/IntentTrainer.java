package io.shopdesk.nlp.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import smile.classification.Maxent;

/**
 * Trains an {@link IntentModel} from labelled examples. The settings are fixed once for every data set (no tuning
 * to one benchmark): {@value #EPOCHS} shuffled passes of stochastic gradient descent at learning rate
 * {@value #LEARNING_RATE} decaying as 1/(1 + pass) (or L-BFGS with L2 weight {@value #LAMBDA}, see {@link Optimizer}),
 * every feature seen in training. Deterministic: the same examples
 * give the same model. Thread-safe (no state between calls).
 */
public final class IntentTrainer {
    static final double LAMBDA = 0.1;
    static final int EPOCHS = 12;
    static final double LEARNING_RATE = 0.5;
    private static final long SEED = 42;

    private static final double TOLERANCE = 1e-5;
    private static final int MAX_ITERATIONS = 500;

    /** How the weights are fitted. */
    public enum Optimizer {
        /** Online passes: seconds on 15,000 examples × 150 intents; the default for intent models. */
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

    public IntentTrainer(MessageTokenizer tokenizer) {
        this(tokenizer, Optimizer.SGD);
    }

    public IntentTrainer(MessageTokenizer tokenizer, Optimizer optimizer) {
        this(tokenizer, optimizer, PatternFeatures.NONE);
    }

    private IntentTrainer(MessageTokenizer tokenizer, Optimizer optimizer, PatternFeatures patterns) {
        this.tokenizer = tokenizer;
        this.optimizer = optimizer;
        this.patterns = patterns;
    }

    /**
     * The same trainer whose features also say which of the data's Rasa regexes and lookup tables a message
     * matches ({@code rx:NAME}, {@code lk:NAME}). A model trained this way must be fed features from this trainer.
     */
    public IntentTrainer withPatterns(IntentData data) {
        return new IntentTrainer(tokenizer, optimizer, new PatternFeatures(data.regexes(), data.lookups()));
    }

    public IntentModel train(List<IntentExample> examples, double oosThreshold) {
        return train(examples, examples.stream().map(this::features).toList(), oosThreshold);
    }

    /**
     * Trains on examples whose features (from {@link #features(String)}) are already known, so a cross-validation
     * featurises each message once and a command can show progress while featurising.
     */
    public IntentModel train(List<IntentExample> examples, List<Set<String>> featureSets, double oosThreshold) {
        Map<String, Long> perIntent = new HashMap<>();
        examples.forEach(e -> perIntent.merge(e.intent(), 1L, Long::sum));
        perIntent.forEach((intent, count) -> {
            if (count < 2) {
                throw new IntentDataException("intent '" + intent + "' has only one example; every intent needs at least two");
            }
        });
        if (perIntent.size() < 2) {
            throw new IntentDataException("at least two intents are needed, found " + perIntent.keySet());
        }
        String[] labels = new TreeSet<>(perIntent.keySet()).toArray(String[]::new);
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            labelIndex.put(labels[i], i);
        }
        Map<String, Integer> featureIndex = new HashMap<>();
        new TreeSet<>(featureSets.stream().flatMap(Set::stream).toList())
                .forEach(f -> featureIndex.put(f, featureIndex.size()));
        int[][] x = new int[examples.size()][];
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            x[i] = featureSets.get(i).stream().mapToInt(featureIndex::get).sorted().toArray();
            y[i] = labelIndex.get(examples.get(i).intent());
        }
        Maxent maxent = optimizer == Optimizer.LBFGS
                ? Maxent.fit(featureIndex.size(), x, y, new Maxent.Options(LAMBDA, TOLERANCE, MAX_ITERATIONS))
                : stochastic(featureIndex.size(), labels.length, x, y);
        return new IntentModel(featureIndex, labels, maxent, oosThreshold);
    }

    /**
     * Smile's maximum-entropy model trained by its own online updates (stochastic gradient descent): a fixed
     * number of shuffled passes with a decaying learning rate. L-BFGS over all examples at once costs minutes on
     * 15,000 examples and 150 intents; these passes cost seconds and, stopping early, regularise as well.
     * Deterministic: the shuffle is seeded.
     */
    static Maxent stochastic(int p, int k, int[][] x, int[] y) {
        Maxent.Multinomial model = new Maxent.Multinomial(new double[k - 1][p + 1], 0.0, LAMBDA,
                new smile.util.IntSet(java.util.stream.IntStream.range(0, k).toArray()));
        int[] order = java.util.stream.IntStream.range(0, x.length).toArray();
        java.util.Random random = new java.util.Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            model.setLearningRate(LEARNING_RATE / (1 + epoch));
            for (int i : order) {
                model.update(x[i], y[i]);
            }
        }
        return model;
    }

    public Set<String> features(IntentExample example) {
        return features(example.text());
    }

    public Set<String> features(String text) {
        MessageTokenizer.Tokenized tokenized = tokenizer.tokenize(text);
        Set<String> features = IntentFeaturizer.features(text, tokenized.language(), tokenized.tokens());
        if (!patterns.isEmpty()) {
            features.addAll(patterns.features(text));
        }
        return features;
    }

    /** Examples grouped by intent, for reports. */
    public static Map<String, List<IntentExample>> byIntent(List<IntentExample> examples) {
        Map<String, List<IntentExample>> grouped = new HashMap<>();
        examples.forEach(e -> grouped.computeIfAbsent(e.intent(), k -> new ArrayList<>()).add(e));
        return grouped;
    }
}
