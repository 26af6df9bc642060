package io.shopdesk.cli;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.intent.IntentData;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentFeatures;
import io.shopdesk.nlp.intent.IntentTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Data preparation shared by the {@code nlu} evaluation commands: reading CSV or Rasa files, renaming the data's
 * out-of-scope label to {@code oos}, applying the training data's synonyms, and featurising with a progress bar.
 * Stateless and thread-safe.
 */
final class NluData {

    private NluData() {
    }

    /** Reads the files as one data set; {@code oosLabel} becomes {@link IntentPrediction#OUT_OF_SCOPE}. */
    static IntentData read(List<Path> files, String oosLabel) {
        List<IntentExample> examples = new ArrayList<>();
        Map<String, String> synonyms = new LinkedHashMap<>();
        Map<String, List<String>> regexes = new HashMap<>();
        Map<String, List<String>> lookups = new HashMap<>();
        for (Path file : files) {
            IntentData data = IntentDataReader.readData(file);
            data.examples().forEach(e -> examples.add(e.intent().equals(oosLabel)
                    ? new IntentExample(e.text(), IntentPrediction.OUT_OF_SCOPE) : e));
            synonyms.putAll(data.synonyms());
            data.regexes().forEach((k, v) -> regexes.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            data.lookups().forEach((k, v) -> lookups.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        return new IntentData(examples, synonyms, regexes, lookups);
    }

    /** The examples with {@code from}'s synonyms applied, so test text is normalised as the training text was. */
    static List<IntentExample> normalised(List<IntentExample> examples, IntentData from) {
        return examples.stream().map(e -> new IntentExample(from.normalise(e.text()), e.intent())).toList();
    }

    static List<IntentFeatures> featurise(IntentTrainer trainer, List<IntentExample> examples, String task) {
        List<IntentFeatures> features = new ArrayList<>(examples.size());
        try (Progress progress = new Progress(task, examples.size())) {
            for (IntentExample example : examples) {
                features.add(trainer.features(example));
                progress.step();
            }
        }
        return features;
    }

    /** A figure for the JSON line: four decimals, or null when undefined (no out-of-scope examples). */
    static Double figure(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 10_000) / 10_000.0;
    }

    /** A figure for the summary: four decimals, or "n/a". */
    static String shown(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}
