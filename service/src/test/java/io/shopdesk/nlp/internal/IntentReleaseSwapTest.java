package io.shopdesk.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.embedding.StaticEmbeddings;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentModel;
import io.shopdesk.nlp.intent.IntentModelStore;
import io.shopdesk.nlp.intent.OutOfScopeBackground;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intent stage serves the release in its models folder, swaps in a new release when its manifest changes while
 * messages keep flowing (none fails, each is classified), keeps serving while a release is half written instead of
 * retraining, and trains at start-up on sparse features alone when the folder has no embedding table, so the release
 * trained with the table is not used.
 */
class IntentReleaseSwapTest {
    static final int SHIPPED_EXAMPLES = IntentDataReader.readFolder(Path.of("nlp-models/intents")).size();

    static Path modelsFolder(Path dir, boolean withEmbeddings) throws IOException {
        Path intents = Files.createDirectories(dir.resolve("intents"));
        for (Path csv : IntentDataReader.dataFiles(Path.of("nlp-models/intents"))) {
            Files.copy(csv, intents.resolve(csv.getFileName()));
        }
        Path release = Files.createDirectories(dir.resolve("intent-model"));
        for (String file : List.of(IntentModelStore.MODEL_FILE, IntentModelStore.MANIFEST_FILE)) {
            Files.copy(Path.of("nlp-models/intent-model").resolve(file), release.resolve(file));
        }
        Path background = dir.resolve(OutOfScopeBackground.FILE);
        Files.createDirectories(background.getParent());
        Files.copy(Path.of("nlp-models").resolve(OutOfScopeBackground.FILE), background);
        if (withEmbeddings) {
            Path table = Files.createDirectories(dir.resolve(StaticEmbeddings.FOLDER));
            try (var files = Files.list(Path.of("nlp-models", StaticEmbeddings.FOLDER))) {
                for (Path file : files.toList()) {
                    Files.copy(file, table.resolve(file.getFileName()));
                }
            }
        }
        return dir;
    }

    static NlpSettings settings(Path modelsDir) {
        return new NlpSettings(List.of(), modelsDir, 0.45, false, false);
    }

    @Test
    void aNewReleaseIsSwappedInWhileMessagesFlow(@TempDir Path dir) throws Exception {
        Path models = modelsFolder(dir, true);
        String shipped = IntentModelStore.manifest(models.resolve("intent-model")).orElseThrow().version();
        try (IntentStage stage = new IntentStage(StagesForTests.tokenizer(), settings(models))) {
            assertThat(stage.source()).isEqualTo("release " + shipped);

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger classified = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            Thread sender = Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    try {
                        var annotations = StagesForTests.run("where is my order", StagesForTests.language(),
                                StagesForTests.chinese(), StagesForTests.english(), stage);
                        assertThat(annotations.get(Keys.INTENT).name()).isEqualTo("order_status");
                        classified.incrementAndGet();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
            Thread.sleep(1100); // a new version stamp (seconds)
            IntentModel retrained = StagesForTests.intentTrainer().train(IntentDataReader.readFolder(models.resolve("intents")), 0.45);
            String hash = IntentModelStore.dataHash(IntentDataReader.dataFiles(models.resolve("intents")),
                    StagesForTests.intentTrainer().inputsFingerprint());
            String version = IntentModelStore.write(models.resolve("intent-model"), retrained, hash, SHIPPED_EXAMPLES, Map.of(), null).version();
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!stage.source().equals("release " + version) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            int before = classified.get();
            Thread.sleep(200);
            running.set(false);
            sender.join();

            assertThat(version).isNotEqualTo(shipped);
            assertThat(stage.source()).isEqualTo("release " + version);
            assertThat(failures).isEmpty();
            assertThat(classified.get()).isGreaterThan(before);
        }
    }

    @Test
    void aHalfWrittenReleaseKeepsTheServingModelInsteadOfRetraining(@TempDir Path dir) throws Exception {
        Path models = modelsFolder(dir, true);
        Path release = models.resolve("intent-model");
        String shipped = IntentModelStore.manifest(release).orElseThrow().version();
        try (IntentStage stage = new IntentStage(StagesForTests.tokenizer(), settings(models))) {
            IntentModel serving = stage.model();
            // what a release write leaves between its two moves: a new model file, the old manifest
            Files.write(release.resolve(IntentModelStore.MODEL_FILE), new byte[] {1, 2, 3});
            Thread.sleep(5000); // two watcher polls

            assertThat(stage.model()).isSameAs(serving);
            assertThat(stage.source()).isEqualTo("release " + shipped);
            var annotations = StagesForTests.run("where is my order", StagesForTests.language(), StagesForTests.chinese(),
                    StagesForTests.english(), stage);
            assertThat(annotations.get(Keys.INTENT).name()).isEqualTo("order_status");
        }
    }

    @Test
    void anUnreadableManifestIsNoReleaseAndTheStageTrainsInsteadOfFailingToStart(@TempDir Path dir) throws Exception {
        Path models = modelsFolder(dir, true);
        Files.writeString(models.resolve("intent-model").resolve(IntentModelStore.MANIFEST_FILE),
                "<<<<<<< HEAD\n{\"version\": \"a\"}\n=======\n{\"version\": \"b\"}\n>>>>>>> release\n");
        try (IntentStage stage = new IntentStage(StagesForTests.tokenizer(), settings(models))) {
            assertThat(stage.source()).startsWith("trained at start-up on " + SHIPPED_EXAMPLES + " examples");
            var annotations = StagesForTests.run("where is my order", StagesForTests.language(), StagesForTests.chinese(),
                    StagesForTests.english(), stage);
            assertThat(annotations.get(Keys.INTENT).name()).isEqualTo("order_status");
        }
    }

    @Test
    void withoutTheEmbeddingTableTheStageTrainsOnSparseFeatures(@TempDir Path dir) throws Exception {
        Path models = modelsFolder(dir, false);
        try (IntentStage stage = new IntentStage(StagesForTests.tokenizer(), settings(models))) {
            assertThat(stage.source()).startsWith("trained at start-up on " + SHIPPED_EXAMPLES + " examples");
            assertThat(stage.model().embeddingsSha256()).isNull();
            var annotations = StagesForTests.run("where is my order", StagesForTests.language(), StagesForTests.chinese(),
                    StagesForTests.english(), stage);
            assertThat(annotations.get(Keys.INTENT).name()).isEqualTo("order_status");
        }
    }
}
