package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.internal.StagesForTests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The out-of-scope background: what the shipped file holds, how many sentences a data set gets, and what it does
 * to a model trained on the shipped English intents without their {@code oos} examples (off-topic prose is called
 * out of scope instead of landing on an intent) and with them (no change).
 */
class OutOfScopeBackgroundTest {
    static final Path SHIPPED = Path.of("nlp-models");
    /** Off-topic English, none of it in the background file or the intents. */
    static final List<String> OFF_TOPIC = List.of(
            "the committee will publish its annual report on fisheries next spring",
            "whales are mammals that must come to the surface to breathe",
            "my grandfather built a wooden cabin by the lake in 1952",
            "the senate debated the treaty for three weeks",
            "a storm drove the fishing boats back to the harbour",
            "she painted the old barn red before the winter came",
            "the orchestra played a symphony by a forgotten composer",
            "ancient roman roads were paved with stone blocks");

    @Test
    void theShippedFileHoldsFiveThousandSentencesAndTheCommentsAreSkipped() {
        OutOfScopeBackground background = OutOfScopeBackground.fromModels(SHIPPED);

        assertThat(background.size()).isEqualTo(5000);
        assertThat(background.examplesFor(50_000)).hasSize(5000)
                .allSatisfy(e -> assertThat(e.text()).isNotBlank().doesNotStartWith("#"));
        assertThat(background.sha256()).hasSize(64);
    }

    @Test
    void aDataSetGetsOneBackgroundSentenceForEveryTenEnglishExamples() {
        OutOfScopeBackground background = OutOfScopeBackground.fromModels(SHIPPED);

        assertThat(background.examplesFor(15_000)).hasSize(1500)
                .allSatisfy(e -> assertThat(e.intent()).isEqualTo(IntentPrediction.OUT_OF_SCOPE));
        assertThat(background.examplesFor(1200)).hasSize(120)
                .isEqualTo(background.examplesFor(15_000).subList(0, 120));
        assertThat(background.examplesFor(19)).as("one sentence would be an intent with one example").isEmpty();
        assertThat(OutOfScopeBackground.NONE.examplesFor(15_000)).isEmpty();
    }

    @Test
    void aModelsFolderWithoutABackgroundHasNoneAndAnUnreadableFileIsAnError(@TempDir Path dir) throws IOException {
        assertThat(OutOfScopeBackground.fromModels(dir).size()).isZero();

        Files.createDirectories(dir.resolve(OutOfScopeBackground.FILE));
        assertThatThrownBy(() -> OutOfScopeBackground.fromModels(dir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot read the out-of-scope background")
                .hasMessageContaining(OutOfScopeBackground.FILE);
    }

    @Test
    void withoutOosExamplesTheBackgroundTeachesTheModelWhatIsOffTopic() {
        List<IntentExample> inScope = englishIntents().stream()
                .filter(e -> !e.intent().equals(IntentPrediction.OUT_OF_SCOPE)).toList();
        IntentTrainer withBackground = StagesForTests.intentTrainer();
        IntentTrainer without = new IntentTrainer(StagesForTests.tokenizer(), StagesForTests.embeddings());
        IntentModel backed = withBackground.train(inScope, 0.45);
        IntentModel plain = without.train(inScope, 0.45);

        assertThat(backed.labels()).contains(IntentPrediction.OUT_OF_SCOPE);
        assertThat(plain.labels()).doesNotContain(IntentPrediction.OUT_OF_SCOPE);
        long caughtWith = OFF_TOPIC.stream().filter(t -> backed.predict(withBackground.features(t)).outOfScope()).count();
        long caughtWithout = OFF_TOPIC.stream().filter(t -> plain.predict(without.features(t)).outOfScope()).count();
        assertThat(caughtWith).as("off-topic messages called out of scope").isGreaterThanOrEqualTo(6)
                .isGreaterThan(caughtWithout);
        for (String text : List.of("where is my order", "I want to return these shoes", "can I pay in instalments")) {
            assertThat(backed.predict(withBackground.features(text)).outOfScope()).as(text).isFalse();
        }
    }

    @Test
    void dataWithItsOwnOosExamplesTrainsWithoutTheBackground() {
        List<IntentExample> examples = englishIntents();
        IntentModel backed = StagesForTests.intentTrainer().train(examples, 0.45);
        IntentModel plain = new IntentTrainer(StagesForTests.tokenizer(), StagesForTests.embeddings()).train(examples, 0.45);
        IntentFeatures features = StagesForTests.intentTrainer().features(OFF_TOPIC.getFirst());

        assertThat(backed.distribution(features)).containsExactly(plain.distribution(features));
    }

    private static List<IntentExample> englishIntents() {
        return IntentDataReader.read(SHIPPED.resolve("intents/intents-en.csv"));
    }
}
