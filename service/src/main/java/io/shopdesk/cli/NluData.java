package io.shopdesk.cli;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.intent.IntentData;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentDataWarnings;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentFeatures;
import io.shopdesk.nlp.intent.IntentTrainer;
import io.shopdesk.nlp.intent.LabelConflicts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Data preparation shared by the {@code nlu} commands: reading CSV or Rasa files, renaming the data's
 * out-of-scope label to {@code oos}, applying the training data's synonyms, and featurising with a progress bar.
 * Stateless and thread-safe.
 */
final class NluData {

    private NluData() {
    }

    /**
     * Reads the files as one data set; {@code oosLabel} becomes {@link IntentPrediction#OUT_OF_SCOPE}. Prints the
     * data's {@link IntentDataWarnings} on standard error, naming the files.
     */
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
        String names = String.join(", ", files.stream().map(Path::toString).toList());
        IntentDataWarnings.of(examples, oosLabel).forEach(w -> System.err.println("warning: " + names + ": " + w));
        return new IntentData(examples, synonyms, regexes, lookups);
    }

    /**
     * Refuses training data with an intent of a single example (or a single intent), or a text labelled with more than
     * one intent, before any work, naming the files: otherwise featurising ran first, and cross-validation's message
     * about folds hid the simpler problem.
     */
    static void requireTrainable(List<IntentExample> examples, List<Path> files) {
        // A text under two intents is a mistake in the data, not a matter of degree: the team's file had a greeting
        // pasted under goodbye, and training went on with a warning scrolled away above the figures.
        // Each copy is named with its file and line, as the service's release job names them.
        IntentDataWarnings.textsUnderSeveralLabels(examples).ifPresent(conflicts -> {
            throw new io.shopdesk.nlp.intent.IntentDataException(LabelConflicts.in(files).orElseGet(() ->
                    String.join(", ", files.stream().map(Path::toString).toList()) + ": " + conflicts
                            + "; no model can get both right: keep each under the one intent it means"));
        });
        try {
            IntentTrainer.requireTrainable(examples);
        } catch (io.shopdesk.nlp.intent.IntentDataException e) {
            throw new io.shopdesk.nlp.intent.IntentDataException(String.join(", ", files.stream().map(Path::toString)
                    .toList()) + ": " + e.getMessage());
        }
    }

    /** The examples with {@code from}'s synonyms applied, so test text is normalised as the training text was. */
    static List<IntentExample> normalised(List<IntentExample> examples, IntentData from) {
        return examples.stream().map(e -> new IntentExample(from.normalise(e.text()), e.intent())).toList();
    }

    /**
     * Every example's features, in order, computed on all cores (the trainer is thread-safe and each message's
     * features depend on it alone, so the result is the same as one thread's); this thread only shows progress.
     */
    static List<IntentFeatures> featurise(IntentTrainer trainer, List<IntentExample> examples, String task) {
        IntentFeatures[] features = new IntentFeatures[examples.size()];
        AtomicInteger done = new AtomicInteger();
        try (Progress progress = new Progress(task, examples.size())) {
            CompletableFuture<Void> work = CompletableFuture.runAsync(() -> IntStream.range(0, features.length).parallel()
                    .forEach(i -> {
                        features[i] = trainer.features(examples.get(i));
                        done.incrementAndGet();
                    }));
            while (!work.isDone()) {
                progress.stepTo(done.get());
                try {
                    work.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // not done yet: show progress again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while featurising", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            progress.stepTo(features.length);
        }
        return List.of(features);
    }

    /** Says when the trainer added out-of-scope background sentences, which users would not otherwise know. */
    static void printBackground(int background) {
        if (background > 0) {
            System.out.printf(Locale.ROOT, "The training data has no oos examples: %d general-English background sentences "
                    + "were added as oos (nlp-models/background/en.txt)%n", background);
        }
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
