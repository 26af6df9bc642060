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
 * to one benchmark): L2 weight {@value #LAMBDA}, features seen at least once. Deterministic: the same examples give
 * the same model. Thread-safe (no state between calls).
 */
public final class IntentTrainer {
    static final double LAMBDA = 0.1;
    private static final double TOLERANCE = 1e-5;
    private static final int MAX_ITERATIONS = 500;

    private final MessageTokenizer tokenizer;

    public IntentTrainer(MessageTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public IntentModel train(List<IntentExample> examples, double oosThreshold) {
        return train(examples, examples.stream().map(this::features).toList(), oosThreshold);
    }

    /** Trains on examples whose features are already known, so a cross-validation featurises each message once. */
    IntentModel train(List<IntentExample> examples, List<Set<String>> featureSets, double oosThreshold) {
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
        Maxent maxent = Maxent.fit(featureIndex.size(), x, y, new Maxent.Options(LAMBDA, TOLERANCE, MAX_ITERATIONS));
        return new IntentModel(featureIndex, labels, maxent, oosThreshold);
    }

    public Set<String> features(IntentExample example) {
        return features(example.text());
    }

    public Set<String> features(String text) {
        MessageTokenizer.Tokenized tokenized = tokenizer.tokenize(text);
        return IntentFeaturizer.features(text, tokenized.language(), tokenized.tokens());
    }

    /** Examples grouped by intent, for reports. */
    public static Map<String, List<IntentExample>> byIntent(List<IntentExample> examples) {
        Map<String, List<IntentExample>> grouped = new HashMap<>();
        examples.forEach(e -> grouped.computeIfAbsent(e.intent(), k -> new ArrayList<>()).add(e));
        return grouped;
    }
}
