package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.internal.StagesForTests;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shipped release's feature lookup, the serialised {@code Map.copyOf} (what {@link IntentModel} asked before) against
 * {@link FeatureIndex}, on the review inbox benchmark's texts (the background sentences and every shipped example),
 * featurised once: per round, every text's features looked up, and every text classified with each. Prints the
 * medians of 15 rounds for docs/benchmarks.md; asserts only that both found the same columns. Tagged
 * {@code benchmark}: {@code ./mvnw -B -q -o test -Dtest=FeatureIndexBenchmark -Dsurefire.excludedGroups=none -pl service}.
 */
@Tag("benchmark")
class FeatureIndexBenchmark {

    @Test
    @SuppressWarnings("unchecked")
    void lookupsOfTheShippedRelease() throws Exception {
        Path models = Path.of("nlp-models");
        Path release = models.resolve("intent-model");
        IntentModel model = IntentModelStore.load(release, IntentModelStore.manifest(release).orElseThrow()
                .trainingDataHash()).orElseThrow();
        Field field = IntentModel.class.getDeclaredField("featureIndex");
        field.setAccessible(true);
        Map<String, Integer> map = (Map<String, Integer>) field.get(model);
        FeatureIndex index = new FeatureIndex(map);
        IntentTrainer trainer = StagesForTests.intentTrainer();
        List<String> texts = new ArrayList<>(Files.readAllLines(models.resolve("background/en.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        IntentDataReader.readFolder(models.resolve("intents")).forEach(e -> texts.add(e.text()));
        List<IntentFeatures> features = texts.parallelStream().map(trainer::features).toList();
        long names = features.stream().mapToLong(f -> f.names().size()).sum();
        long[] mapNs = new long[15];
        long[] indexNs = new long[15];
        long[] predictNs = new long[15];
        long checksum = 0;
        for (int round = 0; round < mapNs.length; round++) {
            long start = System.nanoTime();
            long a = 0;
            for (IntentFeatures f : features) {
                for (String name : f.names()) {
                    Integer column = map.get(name);
                    a += column == null ? -1 : column;
                }
            }
            mapNs[round] = System.nanoTime() - start;
            start = System.nanoTime();
            long b = 0;
            for (IntentFeatures f : features) {
                for (String name : f.names()) {
                    b += index.columnOf(name);
                }
            }
            indexNs[round] = System.nanoTime() - start;
            if (a != b) {
                throw new AssertionError("the two lookups found other columns: " + a + " against " + b);
            }
            start = System.nanoTime();
            for (IntentFeatures f : features) {
                checksum += model.predict(f).name().length();
            }
            predictNs[round] = System.nanoTime() - start;
        }
        System.out.printf("FEATURE-INDEX-BENCH texts=%d lookups=%d features-known=%d map-copyOf-median-ms=%.1f "
                        + "feature-index-median-ms=%.1f predict-all-median-ms=%.1f (checksum %d)%n", texts.size(), names,
                map.size(), median(mapNs) / 1e6, median(indexNs) / 1e6, median(predictNs) / 1e6, checksum);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
