package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.internal.StagesForTests;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped release ({@code nlp-models/intent-model/model.bin}, written before the model had its {@link FeatureIndex})
 * still loads and gives, bit for bit, the probabilities of the lookup it had before: the serialised
 * {@code Map.copyOf} asked feature by feature, the columns sorted, the scorer run on them. Over every shipped example
 * and 1,000 off-topic sentences, so unknown features and messages without any known one are covered too.
 */
class ShippedReleaseProbabilitiesTest {
    static final Path MODELS = Path.of("nlp-models");
    static IntentModel model;
    static IntentTrainer trainer;
    static Map<String, Integer> serialisedIndex;
    static IntentScorer scorer;
    static List<String> texts = new ArrayList<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws Exception {
        Path release = MODELS.resolve("intent-model");
        model = IntentModelStore.load(release, IntentModelStore.manifest(release).orElseThrow().trainingDataHash())
                .orElseThrow();
        trainer = StagesForTests.intentTrainer();
        serialisedIndex = (Map<String, Integer>) field("featureIndex").get(model);
        scorer = (IntentScorer) field("scorer").get(model);
        IntentDataReader.readFolder(MODELS.resolve("intents")).forEach(e -> texts.add(e.text()));
        List<String> background = Files.readAllLines(MODELS.resolve("background/en.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        texts.addAll(background.subList(background.size() - 1000, background.size()));
        texts.addAll(List.of("qzxv wjkp", "", "????", "SD12345678"));
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = IntentModel.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    @Test
    void everyProbabilityIsTheOldLookupsBitForBit() {
        int withoutKnownFeature = 0;
        for (String text : texts) {
            IntentFeatures features = trainer.features(text);
            double[] expected = oldDistribution(features);
            assertThat(model.distribution(features)).as(text).isEqualTo(expected);
            withoutKnownFeature += model.knowsAnyFeature(features) ? 0 : 1;
            assertThat(Arrays.equals(model.distribution(features), expected)).as(text).isTrue();
        }
        assertThat(texts).hasSizeGreaterThan(3600);
        assertThat(withoutKnownFeature).as("texts with no feature the model knows").isBetween(1, 10);
    }

    @Test
    void theIndexHoldsExactlyTheSerialisedColumns() {
        FeatureIndex index = new FeatureIndex(serialisedIndex);
        assertThat(index.size()).isEqualTo(serialisedIndex.size()).isEqualTo(model.featureCount()).isEqualTo(20742);
        serialisedIndex.forEach((name, column) -> assertThat(index.columnOf(name)).as(name).isEqualTo(column));
        Set<String> unknown = new HashSet<>();
        for (String name : serialisedIndex.keySet()) {
            unknown.add(name + "\u0000");
            unknown.add("x" + name);
        }
        unknown.removeAll(serialisedIndex.keySet());
        unknown.forEach(name -> assertThat(index.columnOf(name)).as(name).isEqualTo(-1));
    }

    /** IntentModel's lookup before FeatureIndex, step by step. */
    private static double[] oldDistribution(IntentFeatures features) {
        int[] x = new int[features.names().size()];
        int n = 0;
        for (String feature : features.names()) {
            Integer index = serialisedIndex.get(feature);
            if (index != null) {
                x[n++] = index;
            }
        }
        x = Arrays.copyOf(x, n);
        Arrays.sort(x);
        double[] probabilities = new double[model.labels().size()];
        if (x.length == 0) {
            Arrays.fill(probabilities, 1.0 / probabilities.length);
        } else {
            scorer.probabilities(x, model.embeddingsSha256() == null ? null : features.embedding(), probabilities);
        }
        return probabilities;
    }
}
