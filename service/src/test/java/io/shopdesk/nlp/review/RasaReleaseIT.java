package io.shopdesk.nlp.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.ShippedModelsCopy;
import io.shopdesk.cli.ShopDeskCommand;
import io.shopdesk.escalation.AgentSession;
import io.shopdesk.model.ModelRelease;
import io.shopdesk.nlp.intent.IntentModelStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * A team that writes Rasa's {@code nlu.yml} releases through the service without converting it: the service runs on
 * a temporary copy of {@code nlp-models/} whose {@code intents/} holds only {@code docs/examples/team-nlu.yml} (the
 * walkthrough's file: entity markup, synonyms, a regex, a lookup table) and no release yet. The intent stage trains
 * on it at start, {@code POST /api/nlu/releases} releases it, the release is the one {@code nlu train} writes from the
 * same folder (bit for bit), and the live service then places the team's messages. A broken {@code nlu.yml} is refused
 * before any job (409, with the file and line, also in {@code /current}), the live model stays, and labelling checks copies in the Rasa file too. Before, the
 * service read only {@code intents/*.csv}: the file was not seen at all. Real HTTP, real H2, real models.
 */
@OwnDatabaseTest(database = "shopdesk-rasa-release")
class RasaReleaseIT {
    static final Path TEAM_FILE = Path.of("docs/examples/team-nlu.yml");

    @TempDir
    static Path copy;

    @DynamicPropertySource
    static void teamModels(DynamicPropertyRegistry registry) throws Exception {
        newTeamModels(copy.resolve("nlp-models"), registry);
    }

    /**
     * A new team's first day in a copy of the shipped models at {@code folder}: its own nlu.yml ({@link #TEAM_FILE}) is
     * the training data, the shipped CSVs are gone, and nothing is released for it yet. Returns the folder.
     */
    static Path newTeamModels(Path folder, DynamicPropertyRegistry registry) throws Exception {
        Path models = ShippedModelsCopy.into(folder, registry);
        try (var files = Files.list(models.resolve("intents"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.delete(file);
            }
        }
        Files.copy(TEAM_FILE, models.resolve("intents/team-nlu.yml"));
        FileSystemUtils.deleteRecursively(models.resolve("intent-model"));
        return models;
    }

    @LocalServerPort
    int port;

    Path models() {
        return copy.resolve("nlp-models");
    }

    @Test
    void aRasaFileInIntentsIsTrainedReleasedAndServed() throws Exception {
        try (AgentSession boss = new AgentSession(port)) {
            boss.login("supervisor", "shopdesk");
            JsonNode before = boss.get("/api/nlu/releases/current").body();
            assertThat(before.get("release").isNull()).as(before.toString()).isTrue();
            assertThat(before.get("serving").asString())
                    .isEqualTo("trained at start-up on 82 examples (no release for this data: Train and release on "
                            + "the review page, or run `nlu train`)");

            AgentSession.Response started = boss.post("/api/nlu/releases", Map.of());
            assertThat(started.status()).as(started.raw()).isEqualTo(202);
            JsonNode job = ReleaseJobsOverHttp.finished(boss, started.body().get("id").asLong());
            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("released");
            assertThat(job.get("examples").asInt()).isEqualTo(82);
            // The file's out-of-scope intent is not the service's label: the job says so, as nlu train does.
            var warnings = StreamSupport.stream(job.get("warnings").spliterator(), false).map(JsonNode::asString).toList();
            assertThat(warnings.getFirst())
                    .isEqualTo("label 'out_of_scope' (6 examples) is not the out-of-scope label 'oos' and is trained "
                            + "as an intent of its own; labels are case-sensitive (rename it to oos in its file if it "
                            + "means out of scope; the service reads labels as written)");
            // The team's intents that nothing answers yet (no intent-answers.yml entry, no rule, no FAQ topic). Not
            // out_of_scope: the warning above says to rename it; until stop 32 a second one asked for an answer to it.
            assertThat(warnings.subList(1, warnings.size())).map(w -> w.substring(0, w.indexOf(" has no answer")))
                    .containsExactly("intent 'greet' (8 examples)", "intent 'track_parcel' (8 examples)",
                            "intent 'return_item' (8 examples)", "intent 'gift_wrap' (6 examples)");
            String version = job.get("released").asString();
            var manifest = IntentModelStore.manifest(models().resolve("intent-model")).orElseThrow();
            assertThat(manifest.version()).isEqualTo(version);
            assertThat(manifest.examples()).isEqualTo(82);
            JsonNode served = ReleaseJobsOverHttp.serving(boss, version);
            assertThat(served.get("dataMatchesRelease").asBoolean()).isTrue();
            // Entity markup is reduced to its text, as the CLI reads it; the team's intents are served.
            assertThat(best("where is my parcel?")).isEqualTo("track_parcel");
            assertThat(best("我想退货")).isEqualTo("return_item");

            // What nlu train writes from the same folder: the same model, bit for bit, for the same data.
            Path cli = copy.resolve("cli-release");
            assertThat(ShopDeskCommand.run("nlu", "train", "--models-dir", models().toString(), "--out", cli.toString()))
                    .isZero();
            var written = IntentModelStore.manifest(cli).orElseThrow();
            assertThat(ModelRelease.sha256(cli.resolve("model.bin"))).isEqualTo(manifest.sha256());
            assertThat(written.trainingDataHash()).isEqualTo(manifest.trainingDataHash());
            assertThat(written.crossValidation()).isEqualTo(manifest.crossValidation());

            // Labelling finds copies in the Rasa file too (its markup stripped).
            AgentSession.Response copyOfExample = boss.post("/api/nlu/review/examples", Map.of("text",
                    "Where is my parcel", "language", "en", "intent", "track_parcel"));
            assertThat(copyOfExample.status()).as(copyOfExample.raw()).isEqualTo(409);
            assertThat(copyOfExample.body().get("file").asString()).isEqualTo("team-nlu.yml");
            assertThat(copyOfExample.body().get("intent").asString()).isEqualTo("track_parcel");

            // A broken nlu.yml beside it: the release is refused naming the file and the item's line, the live model stays.
            Path broken = Files.writeString(models().resolve("intents/zz-more.yml"), """
                    version: "3.1"
                    nlu:
                    - intent: gift_wrap
                      examples: |
                        - can you gift wrap it
                        - do you offer gift wrapping
                    - intent: gift_card
                      examples: |
                    """);
            // Refused before any job (a job used to start and fail invalid_data with the same line).
            AgentSession.Response again = boss.post("/api/nlu/releases", Map.of());
            assertThat(again.status()).as(again.raw()).isEqualTo(409);
            assertThat(again.body().get("error").asString()).isEqualTo("invalid_training_data");
            assertThat(again.body().get("message").asString())
                    .isEqualTo(broken + ":7: nlu item 2 (intent gift_card) has no examples");
            JsonNode current = boss.get("/api/nlu/releases/current").body();
            assertThat(current.get("dataMatchesRelease").asBoolean()).as(current.toString()).isFalse();
            assertThat(current.get("dataError").asString()).isEqualTo(broken + ":7: nlu item 2 (intent gift_card) has no examples");
            assertThat(current.get("serving").asString()).isEqualTo("release " + version);
            assertThat(IntentModelStore.manifest(models().resolve("intent-model")).orElseThrow().version())
                    .isEqualTo(version);
            assertThat(best("where is my parcel?")).isEqualTo("track_parcel");
            Files.delete(broken);
        }
    }

    /** The live model's likeliest intent for {@code text} (its first of the three best, also when under the threshold). */
    private String best(String text) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/nlu/parse")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(AgentSession.JSON.writeValueAsString(Map.of("text", text))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return AgentSession.JSON.readTree(r.body()).at("/intent/top/0/name").asString();
    }
}
