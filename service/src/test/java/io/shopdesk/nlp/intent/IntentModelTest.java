package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.internal.StagesForTests;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The intent model trained on the shipped data as IntentStage trains it, on messages that are not in that data. */
class IntentModelTest {
    static final Path DATA = Path.of("nlp-models/intents");
    static List<IntentExample> examples;
    static IntentTrainer trainer;
    static IntentModel model;

    @BeforeAll
    static void train() {
        examples = IntentDataReader.readFolder(DATA);
        trainer = StagesForTests.intentTrainer();
        model = trainer.train(examples, 0.45);
    }

    private static IntentPrediction predict(String text) {
        return model.predict(trainer.features(text));
    }

    @Test
    void learnsEveryLabelOfTheData() {
        assertThat(model.labels()).hasSize(21).contains("order_status", "human_agent", IntentPrediction.OUT_OF_SCOPE)
                .isSorted();
        assertThat(model.oosThreshold()).isEqualTo(0.45);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "我的快递到哪了 | order_status",
            "I want to talk to a human | human_agent",
            "能用花呗分期吗 | installment_inquiry",
            "where is my order SD12345678 | order_status",
    })
    void inScopeMessages(String text, String intent) {
        IntentPrediction prediction = predict(text);

        assertThat(prediction.name()).isEqualTo(intent);
        assertThat(prediction.outOfScope()).isFalse();
        assertThat(prediction.confidence()).isGreaterThanOrEqualTo(0.45).isEqualTo(prediction.top().getFirst().confidence());
        assertThat(prediction.top()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"what's the capital of France", "明天北京会下雨吗"})
    void outOfScopeMessages(String text) {
        IntentPrediction prediction = predict(text);

        assertThat(prediction.name()).isEqualTo(IntentPrediction.OUT_OF_SCOPE);
        assertThat(prediction.outOfScope()).isTrue();
    }

    @Test
    void aMessageWithNoKnownFeatureIsOutOfScopeWithEvenOdds() {
        IntentPrediction prediction = model.predict(IntentFeatures.of(Set.of("w:never-seen")));

        assertThat(prediction.outOfScope()).isTrue();
        assertThat(prediction.confidence()).isEqualTo(1.0 / 21);
    }

    @Test
    void theThresholdTurnsUnsureAnswersIntoOutOfScope() {
        var features = trainer.features("我的快递到哪了");

        assertThat(model.withOosThreshold(1.0).predict(features).name()).isEqualTo(IntentPrediction.OUT_OF_SCOPE);
        assertThat(model.withOosThreshold(1.0).predict(features).top().getFirst().name()).isEqualTo("order_status");
    }

    @Test
    void trainingIsDeterministic() {
        IntentModel again = StagesForTests.intentTrainer().train(IntentDataReader.readFolder(DATA), 0.45);

        assertThat(again.labels()).isEqualTo(model.labels());
        assertThat(again.featureCount()).isEqualTo(model.featureCount());
        for (String text : List.of("我的快递到哪了", "I want to talk to a human", "what's the capital of France", "发票抬头写错了")) {
            var features = trainer.features(text);
            assertThat(again.distribution(features)).as(text).containsExactly(model.distribution(features));
        }
    }
}
