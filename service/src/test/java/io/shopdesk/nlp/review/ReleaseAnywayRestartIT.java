package io.shopdesk.nlp.review;

import static io.shopdesk.ServiceOnFileDatabase.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import io.shopdesk.escalation.AgentSession;
import io.shopdesk.escalation.ShopperHttp;
import io.shopdesk.model.ModelRelease;
import io.shopdesk.nlp.intent.IntentModelStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Release anyway" survives a restart: a job refused by {@code below_floor} alone keeps its candidate on disk
 * ({@code nlp-models/intent-model-candidate/}, never loaded as live), so after a stop and a start on the same folders
 * and database a supervisor still releases it, byte for byte the model the job measured, and the kept copy is gone.
 * Before, the candidate lived in memory and the restarted service answered 409 {@code candidate_gone}. The floors
 * are raised in the copy's release manifest to 0.95 accuracy (a release whose floors the data no longer reaches, as
 * after a new intent): the job on the unchanged shipped data then fails that check alone. A malformed body sent to
 * the override is named as the override's, not as the labelling form's. After the start, and after the release, the
 * inbox's texts are classified in the background for the model that serves. Real service twice, real H2 file database, a
 * temporary copy of {@code nlp-models/}.
 */
class ReleaseAnywayRestartIT {
    @TempDir
    Path folder;

    @Test
    void aCandidateRefusedBelowTheFloorIsReleasedAnywayAfterARestart() throws Exception {
        Path models = folder.resolve("nlp-models");
        FileSystemUtils.copyRecursively(Path.of("nlp-models"), models);
        Path manifest = models.resolve("intent-model/manifest.json");
        ObjectNode raised = (ObjectNode) AgentSession.JSON.readTree(manifest.toFile());
        ((ObjectNode) raised.at("/crossValidation/floor")).put("accuracy", 0.95);
        Files.writeString(manifest, AgentSession.JSON.writeValueAsString(raised));
        String liveVersion = raised.get("version").asString();
        Path kept = models.resolve("intent-model-candidate");
        String[] args = {"--shopdesk.nlp.models-dir=" + models, "--shopdesk.risk.model=" + models.resolve("financing-model")};
        long id;
        String keptSha;
        try (ConfigurableApplicationContext service = ServiceOnFileDatabase.start(folder, args);
             AgentSession boss = new AgentSession(port(service))) {
            boss.login("supervisor", "shopdesk");
            // A message the bot cannot place, so the next start has an inbox text to warm.
            ShopperHttp.send(port(service), null, "my thingamajig still not here", "en");
            AgentSession.Response started = boss.post("/api/nlu/releases", Map.of());
            assertThat(started.status()).as(started.raw()).isEqualTo(202);
            id = started.body().get("id").asLong();
            JsonNode job = ReleaseJobsOverHttp.finished(boss, id);
            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("refused");
            assertThat(job.get("reason").asString()).isEqualTo("below_floor");
            assertThat(job.get("checks").valueStream().map(c -> c.get("check").asString() + " " + c.get("passes")))
                    .containsExactly("below_floor false", "intent_f1_drop true", "off_topic_probe true",
                            "new_label_agreement true");
            // Kept beside the release folder, complete, and not what serves.
            assertThat(List.of("model.bin", "manifest.json", "job.json")).allSatisfy(f -> assertThat(kept.resolve(f)).isRegularFile());
            keptSha = IntentModelStore.manifest(kept).orElseThrow().sha256();
            assertThat(ModelRelease.sha256(kept.resolve("model.bin"))).isEqualTo(keptSha);
            assertThat(boss.get("/api/nlu/releases/current").body().get("serving").asString())
                    .isEqualTo("release " + liveVersion);

            // A body that is not a JSON object is named as the override's body, with the field it needs.
            String override = "/api/nlu/releases/jobs/" + id + "/override";
            AgentSession.Response text = boss.post(override, "the new intent is worth it");
            assertThat(text.status()).as(text.raw()).isEqualTo(400);
            assertThat(text.body().at("/fields/body").asString())
                    .isEqualTo("expected a JSON object {\"reason\": \"why this release may go below the floor\"}");
            AgentSession.Response number = boss.post(override, Map.of("reason", 5));
            assertThat(number.status()).as(number.raw()).isEqualTo(400);
            assertThat(number.body().at("/fields/reason").asString()).isEqualTo("must be text (a JSON string), got 5");
            // The labelling form keeps its own wording.
            assertThat(boss.post("/api/nlu/review/examples", "hello").body().at("/fields/body").asString())
                    .isEqualTo("expected a JSON object {\"text\", \"language\", \"intent\"}");
        }

        try (ConfigurableApplicationContext service = ServiceOnFileDatabase.start(folder, args);
             AgentSession boss = new AgentSession(port(service))) {
            boss.login("supervisor", "shopdesk");
            // The inbox is classified in the background after the start, for the model that serves.
            JsonNode warmed = warmedFor(boss, "release " + liveVersion);
            assertThat(warmed.get("texts").asInt()).as(warmed.toString()).isEqualTo(1);
            String why = "floors raised by hand; the figures were read";
            AgentSession.Response anyway = boss.post("/api/nlu/releases/jobs/" + id + "/override", Map.of("reason", why));
            assertThat(anyway.status()).as(anyway.raw()).isEqualTo(200);
            JsonNode released = anyway.body();
            assertThat(released.get("status").asString()).isEqualTo("released");
            assertThat(released.get("reason").asString()).isEqualTo("below_floor_overridden");
            assertThat(released.at("/override/by").asString()).isEqualTo("supervisor");
            var live = IntentModelStore.manifest(models.resolve("intent-model")).orElseThrow();
            assertThat(live.version()).isEqualTo(released.get("released").asString());
            assertThat(live.sha256()).isEqualTo(keptSha);
            assertThat(ModelRelease.sha256(models.resolve("intent-model/model.bin"))).isEqualTo(keptSha);
            assertThat(live.gateOverride()).isEqualTo(new IntentModelStore.GateOverride("below_floor", "supervisor",
                    released.at("/override/at").asString(), why, id));
            // The candidate's own cross-validation sets the next floors, not the raised ones.
            assertThat(live.crossValidation().floor().accuracy()).isLessThan(0.95);
            assertThat(kept).doesNotExist();
            // ... and again once the release it let through serves.
            assertThat(warmedFor(boss, "release " + live.version()).get("texts").asInt()).isEqualTo(1);
            AgentSession.Response twice = boss.post("/api/nlu/releases/jobs/" + id + "/override", Map.of("reason", why));
            assertThat(twice.status()).isEqualTo(409);
            assertThat(twice.body().get("error").asString()).isEqualTo("already_overridden");
        }
    }

    /** The inbox's warm-up as {@code GET /api/nlu/releases/current} reports it, once it is for {@code model}. */
    private static JsonNode warmedFor(AgentSession boss, String model) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        JsonNode current = null;
        while (System.nanoTime() < deadline) {
            current = boss.get("/api/nlu/releases/current").body();
            if (current.at("/inboxWarmed/model").asString("").equals(model)) {
                return current.get("inboxWarmed");
            }
            Thread.sleep(250);
        }
        throw new AssertionError("inbox not warmed for " + model + " within 2 minutes: " + current);
    }
}
