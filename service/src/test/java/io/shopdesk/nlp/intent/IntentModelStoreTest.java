package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.internal.StagesForTests;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped intent release is read through {@code ModelRelease} as it is on disk: no retraining at start-up. */
class IntentModelStoreTest {
    static final Path RELEASE = Path.of("nlp-models/intent-model");

    @Test
    void theShippedReleaseLoadsForTheShippedData() {
        String hash = IntentModelStore.dataHash(IntentDataReader.dataFiles(Path.of("nlp-models/intents")),
                StagesForTests.intentTrainer().inputsFingerprint());
        IntentModelStore.Manifest manifest = IntentModelStore.manifest(RELEASE).orElseThrow();

        assertThat(manifest.name()).isEqualTo("intent");
        assertThat(manifest.trainingDataHash()).isEqualTo(hash);
        assertThat(IntentModelStore.load(RELEASE, hash)).get().extracting(m -> m.labels().size()).isEqualTo(21);
    }

    @Test
    void aReleaseForOtherDataIsNotLoaded() {
        assertThat(IntentModelStore.load(RELEASE, "0".repeat(64))).isEmpty();
    }
}
