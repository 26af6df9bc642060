package io.shopdesk.nlp.review;

import static io.shopdesk.ServiceOnFileDatabase.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import io.shopdesk.escalation.AgentSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Train-and-release jobs outlive the service: a job's record (who, when, the inputs' hash, the verdict) is in
 * {@code nlu_release_jobs}, so after a stop and a start on the same database the page still lists it and
 * {@code GET /api/nlu/releases/jobs/{id}} still answers (before, jobs were kept in memory only: 404 after a restart).
 * Real service twice, real H2 file database, a temporary copy of {@code nlp-models/}.
 *
 * <p>It failed once under load with "no release job 1" after the restart: the job's view showed {@code failed} before
 * its row was written (the write came after, on the job's thread), so the test stopped the service while that write
 * ran, and the stop's {@code shutdownNow()} interrupted it. An interrupt inside H2's file I/O closes its file channel
 * (h2database#227, #1076), and H2 then lost what it had not yet written, the job's row with it. A job's end is now
 * written before its view shows it, and a stop waits for a job's last write rather than interrupting it.
 */
class ReleaseHistoryRestartIT {
    @TempDir
    Path folder;

    @Test
    void aFinishedJobIsListedAfterARestart() throws Exception {
        Path models = folder.resolve("nlp-models");
        FileSystemUtils.copyRecursively(Path.of("nlp-models"), models);
        String[] args = {"--shopdesk.nlp.models-dir=" + models, "--shopdesk.risk.model=" + models.resolve("financing-model")};
        long id;
        JsonNode before;
        try (ConfigurableApplicationContext service = ServiceOnFileDatabase.start(folder, args);
             AgentSession boss = new AgentSession(port(service))) {
            boss.login("supervisor", "shopdesk");
            // An intent with two examples cannot be 5-fold cross-validated: the job fails quickly, as one on bad data.
            Path hand = models.resolve("intents/reviewed-en.csv");
            Files.writeString(hand, "text,intent\nflorbix quandle,made_up_intent\nzibber quandle,made_up_intent\n");
            AgentSession.Response started = boss.post("/api/nlu/releases", Map.of());
            assertThat(started.status()).as(started.raw()).isEqualTo(202);
            id = started.body().get("id").asLong();
            before = ReleaseJobsOverHttp.finished(boss, id);
            assertThat(before.get("status").asString()).as(before.toString()).isEqualTo("failed");
            assertThat(before.get("reason").asString()).isEqualTo("invalid_data");
            Files.delete(hand);
        }
        try (ConfigurableApplicationContext service = ServiceOnFileDatabase.start(folder, args);
             AgentSession boss = new AgentSession(port(service))) {
            boss.login("supervisor", "shopdesk");
            AgentSession.Response one = boss.get("/api/nlu/releases/jobs/" + id);
            assertThat(one.status()).as(one.raw()).isEqualTo(200);
            JsonNode listed = boss.get("/api/nlu/releases/jobs").body().get("jobs").get(0);
            for (JsonNode job : new JsonNode[] {one.body(), listed}) {
                assertThat(job.get("id").asLong()).isEqualTo(id);
                assertThat(job.get("startedBy").asString()).isEqualTo("supervisor");
                assertThat(job.get("startedAt").asString()).isEqualTo(before.get("startedAt").asString());
                assertThat(job.get("status").asString()).isEqualTo("failed");
                assertThat(job.get("reason").asString()).isEqualTo("invalid_data");
                assertThat(job.get("outcome").asString()).isEqualTo(before.get("outcome").asString());
                assertThat(job.get("inputsHash").asString()).hasSize(64).isEqualTo(before.get("inputsHash").asString());
                assertThat(job.get("recipe")).isEqualTo(before.get("recipe"));
            }
            assertThat(boss.get("/api/nlu/releases/jobs?limit=0").status()).isEqualTo(400);
        }
    }
}
