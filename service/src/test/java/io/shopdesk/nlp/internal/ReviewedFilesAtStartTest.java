package io.shopdesk.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.intent.IntentCrossValidator;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentReleaseTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's {@code intents/reviewed-en.csv} at a restart: with the shipped release (for other data) the stage trains
 * in memory on every file, the reviewed one included; once a release is made for exactly these files (as the review
 * page's job makes it) the stage loads that release instead of training.
 */
class ReviewedFilesAtStartTest {
    static final String LABELLED = "my thingamajig still not here";

    @Test
    void aReleaseForTheReviewedFilesIsLoadedAtStartAndNothingElseIs(@TempDir Path dir) throws Exception {
        Path models = IntentReleaseSwapTest.modelsFolder(dir, true);
        Files.writeString(models.resolve("intents/reviewed-en.csv"), "text,intent\n" + LABELLED + ",order_status\n");

        try (IntentStage stage = new IntentStage(StagesForTests.tokenizer(), IntentReleaseSwapTest.settings(models))) {
            assertThat(stage.source()).isEqualTo("trained at start-up on " + (IntentReleaseSwapTest.SHIPPED_EXAMPLES + 1)
                    + " examples (no release for this data: Train and release on the review page, or run `nlu train`)");
            assertThat(stage.classify(LABELLED).name()).isEqualTo("order_status");

            List<Path> files = IntentDataReader.dataFiles(models.resolve("intents"));
            List<IntentExample> examples = new ArrayList<>();
            files.forEach(f -> examples.addAll(IntentDataReader.read(f)));
            IntentReleaseTrainer release = new IntentReleaseTrainer(stage.trainer());
            IntentReleaseTrainer.Recipe recipe = new IntentReleaseTrainer.Recipe(0, 42, 0.45, 0.01);
            String version = release.train(examples, all -> all.stream().map(release.trainer()::features).toList(),
                    release.dataHash(files, "oos"), recipe, release.crossValidate(examples, recipe,
                            IntentCrossValidator.Listener.NONE)).writeTo(models.resolve("intent-model")).version();

            try (IntentStage restarted = new IntentStage(StagesForTests.tokenizer(), IntentReleaseSwapTest.settings(models))) {
                assertThat(restarted.source()).isEqualTo("release " + version);
                assertThat(restarted.classify(LABELLED).name()).isEqualTo("order_status");
            }
        }
    }
}
