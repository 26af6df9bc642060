package io.shopdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.nlp.internal.EntityStage;
import io.shopdesk.nlp.internal.IntentStage;
import io.shopdesk.nlp.internal.StagesForTests;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stage order checked at construction, stages run in order, and each stage timed by name. */
class NlpPipelineTest {
    static List<Stage> available;

    /** A stage whose model is still loading: the pipeline must skip it without timing it. */
    record LoadingStage(String name) implements Stage {
        @Override
        public Set<Key<?>> requires() {
            return Set.of(Keys.LANGUAGE);
        }

        @Override
        public Set<Key<?>> provides() {
            return Set.of();
        }

        @Override
        public void process(Annotations annotations) {
            throw new AssertionError("a stage that is not ready must not run");
        }

        @Override
        public boolean ready() {
            return false;
        }
    }

    @BeforeAll
    static void stages() {
        NlpSettings settings = new NlpSettings(List.of(), Path.of("nlp-models"), 0.45, false, false);
        available = List.of(StagesForTests.language(), StagesForTests.chinese(), StagesForTests.english(),
                new EntityStage(StagesForTests.WEDNESDAY_NOON_SHANGHAI),
                new IntentStage(StagesForTests.tokenizer(), settings), new LoadingStage("loading"));
    }

    private static NlpPipeline pipeline(List<String> order, SimpleMeterRegistry meters) {
        return new NlpPipeline(order, available, meters);
    }

    @Test
    void intentBeforeLanguageAndTokensFailsNamingBothKeys() {
        List<String> order = List.of("intent", "language", "chinese", "english");

        assertThatIllegalStateException().isThrownBy(() -> pipeline(order, new SimpleMeterRegistry()))
                .withMessage("NLP stage 'intent' requires 'language', 'tokens', which no earlier stage provides; "
                        + "configured order: [intent, language, chinese, english]");
    }

    @Test
    void intentBeforeTokensFailsNamingTheMissingKey() {
        List<String> order = List.of("language", "intent", "chinese", "english");

        assertThatIllegalStateException().isThrownBy(() -> pipeline(order, new SimpleMeterRegistry()))
                .withMessage("NLP stage 'intent' requires 'tokens', which no earlier stage provides; "
                        + "configured order: [language, intent, chinese, english]");
    }

    @Test
    void unknownStageFails() {
        assertThatIllegalStateException()
                .isThrownBy(() -> pipeline(List.of("language", "sentiment"), new SimpleMeterRegistry()))
                .withMessageStartingWith("Unknown NLP stage 'sentiment'; known stages: ")
                .withMessageContainingAll("language", "chinese", "english", "entities", "intent");
    }

    @Test
    void analysesAMessageThroughEveryStage() {
        NlpPipeline pipeline = pipeline(List.of("language", "chinese", "english", "entities", "intent"),
                new SimpleMeterRegistry());

        Analysis analysis = pipeline.analyse("我的订单SD10000001明天能到吗");

        assertThat(analysis.language()).isEqualTo(Language.ZH);
        assertThat(analysis.entities()).containsExactly(
                new Entity(Entity.ORDER_ID, "SD10000001", 4, 14, "SD10000001", "pattern"),
                new Entity(Entity.DATE, "明天", 14, 16, "2026-11-26", "pattern"));
        assertThat(analysis.intentName()).isEqualTo("order_status");
        assertThat(pipeline.ready()).isTrue();
    }

    @Test
    void timesEveryStageByNameOncePerMessage() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        NlpPipeline pipeline = pipeline(List.of("language", "chinese", "english", "entities", "loading"), meters);

        Analysis first = pipeline.analyse("Where is my order SD10000001?");
        pipeline.analyse("我的快递到哪了");

        assertThat(first.stageNanos()).containsOnlyKeys("language", "chinese", "english", "entities")
                .allSatisfy((stage, nanos) -> assertThat(nanos).isPositive());
        for (String stage : List.of("language", "chinese", "english", "entities")) {
            assertThat(meters.get("shopdesk.nlp.stage").tag("stage", stage).timer().count())
                    .as("timer of %s", stage).isEqualTo(2);
        }
        assertThat(meters.get("shopdesk.nlp.stage").tag("stage", "loading").timer().count()).isZero();
        assertThat(pipeline.ready()).isFalse();
    }
}
