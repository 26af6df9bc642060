package io.shopdesk.nlp.review;

import static io.shopdesk.ServiceOnFileDatabase.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import io.shopdesk.escalation.AgentSession;
import io.shopdesk.nlp.intent.IntentModelStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * A team's broken intents file does not take the bot down. Before, a malformed CSV in {@code nlp-models/intents/}
 * stopped the service from starting (the intent stage trained on the folder and threw). Now a start serves the last
 * release of the manifest, says what is wrong ({@code FILE:LINE}) in the log, the health check and
 * {@code /api/nlu/releases/current}, and refuses releases until the file is fixed; once it is, the problem is gone from
 * health and from {@code serving}. A file broken while the service runs is noticed by the intent stage's watcher
 * ({@code serving} names it, and drops it when the file is fixed; before, {@code serving} said nothing of a file broken
 * after the start and kept "cannot be read" after a fix until the next release or restart). Real service started
 * twice on one H2 file database, a temporary copy of {@code nlp-models/}.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadIntentsFileRestartIT {
    @TempDir
    Path folder;

    @Test
    void aBadIntentsFileServesTheLastReleaseAndRefusesReleasesUntilFixed(CapturedOutput output) throws Exception {
        Path models = folder.resolve("nlp-models");
        FileSystemUtils.copyRecursively(Path.of("nlp-models"), models);
        String[] args = {"--shopdesk.nlp.models-dir=" + models, "--shopdesk.risk.model=" + models.resolve("financing-model")};
        String version = IntentModelStore.manifest(models.resolve("intent-model")).orElseThrow().version();
        Path bad = models.resolve("intents/team-en.csv");
        String error = bad + ":3: not valid CSV";
        try (ConfigurableApplicationContext service = ServiceOnFileDatabase.start(folder, args);
             AgentSession boss = new AgentSession(port(service))) {
            boss.login("supervisor", "shopdesk");
            assertThat(boss.get("/api/nlu/releases/current").body().get("serving").asString()).isEqualTo("release " + version);
            // A team adds a file with an unquoted comma on line 3 while the service runs.
            Files.writeString(bad, "text,intent\nwhere is my parcel,track_parcel\nhi, where is my parcel,track_parcel\n");
            JsonNode current = boss.get("/api/nlu/releases/current").body();
            assertThat(current.get("dataError").asString()).as(current.toString()).startsWith(error);
            assertThat(current.get("dataMatchesRelease").asBoolean()).isFalse();
            String broken = servingOnceItStartsWith(boss, "release " + version + " (the training data cannot be read: ");
            assertThat(broken).startsWith("release " + version + " (the training data cannot be read: " + error);
            assertThat(output.getAll()).contains("Intent training data cannot be read: " + error);
            // Fixed, then broken on another line: the watcher follows each state of the files.
            Files.writeString(bad, "text,intent\nwhere is my parcel,track_parcel\n\"hi, where is my parcel\",track_parcel\n");
            assertThat(boss.get("/api/nlu/releases/current").body().get("serving").asString())
                    .isEqualTo("release " + version);
            Files.writeString(bad, "text,intent\nhi, where is my parcel,track_parcel\n");
            assertThat(servingOnceItStartsWith(boss, "release " + version + " (the training data cannot be read: "))
                    .startsWith("release " + version + " (the training data cannot be read: " + bad + ":2: not valid CSV");
            Files.writeString(bad, "text,intent\nwhere is my parcel,track_parcel\nhi, where is my parcel,track_parcel\n");
        }
        try (ConfigurableApplicationContext service = ServiceOnFileDatabase.start(folder, args);
             AgentSession boss = new AgentSession(port(service))) {
            boss.login("supervisor", "shopdesk");
            JsonNode current = boss.get("/api/nlu/releases/current").body();
            assertThat(current.get("serving").asString()).as(current.toString())
                    .startsWith("release " + version + " (the training data cannot be read: " + error);
            assertThat(current.get("dataError").asString()).startsWith(error);
            assertThat(output.getAll()).contains("Intent training data cannot be read: " + error);
            JsonNode health = AgentSession.JSON.readTree(get(port(service), "/actuator/health"));
            assertThat(health.at("/components/shopdesk/details/nlpDataProblems/intent").asString())
                    .as(health.toString()).startsWith(error);
            assertThat(health.get("status").asString()).isEqualTo("UP");

            AgentSession.Response refused = boss.post("/api/nlu/releases", Map.of());
            assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
            assertThat(refused.body().get("error").asString()).isEqualTo("invalid_training_data");
            assertThat(refused.body().get("message").asString()).startsWith(error);
            assertThat(boss.get("/api/nlu/releases/jobs").body().get("jobs").size()).isZero();

            Files.writeString(bad, "text,intent\nwhere is my parcel,track_parcel\n\"hi, where is my parcel\",track_parcel\n");
            JsonNode fixed = AgentSession.JSON.readTree(get(port(service), "/actuator/health"));
            assertThat(fixed.at("/components/shopdesk/details/nlpDataProblems").toString()).isEqualTo("{}");
            JsonNode afterFix = boss.get("/api/nlu/releases/current").body();
            assertThat(afterFix.get("dataError").isNull()).isTrue();
            assertThat(afterFix.get("serving").asString()).as(afterFix.toString()).isEqualTo("release " + version);
        }
    }

    /** {@code serving} of {@code /api/nlu/releases/current} once it starts with {@code prefix}; fails after 60 s. */
    private static String servingOnceItStartsWith(AgentSession boss, String prefix) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String serving = null;
        while (System.nanoTime() < deadline) {
            serving = boss.get("/api/nlu/releases/current").body().get("serving").asString();
            if (serving.startsWith(prefix)) {
                return serving;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("serving did not start with '" + prefix + "' within 60 s: " + serving);
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.body();
    }
}
