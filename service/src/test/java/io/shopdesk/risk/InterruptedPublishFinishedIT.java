package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.ShippedRulesCopy;
import io.shopdesk.ruleengine.PublishJournal;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service was killed after a draft's new version passed the gate and was recorded in the history, but before the
 * last of its files was moved and its draft row updated: the database holds the new version (with the draft's origin)
 * and the draft still open; the folder holds the journal, the new block list and the old thresholds. The start-up
 * finishes the publish: every file is the new one, the real service decides with the new version over HTTP (review
 * from 20, the device blocked), and the draft reads as published with that version.
 */
@OwnDatabaseTest(database = InterruptedPublishFinishedIT.DATABASE)
class InterruptedPublishFinishedIT extends RiskServiceOverHttp {
    static final String DATABASE = "shopdesk-publish-finished";
    /** The service's database, which the test prepares before the service starts. */
    static final String URL = OwnDatabaseTest.Database.url(DATABASE);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path copy;

    static String newThresholds;
    static String newDevices;
    static String newVersion;
    static long draftId;

    @DynamicPropertySource
    static void crashedAfterTheGate(DynamicPropertyRegistry registry) throws IOException {
        Path risk = ShippedRulesCopy.into(copy.resolve("rules"), registry).resolve("risk");
        Path thresholds = risk.resolve("thresholds.drl");
        Path devices = risk.resolve("lists/blocked-devices.csv");
        String oldThresholds = Files.readString(thresholds);
        String oldDevices = Files.readString(devices);
        newThresholds = oldThresholds
                .replaceAll("DecisionPhase\\( score >= \\d+, score < 70 \\)", "DecisionPhase( score >= 20, score < 70 )")
                .replaceAll("DecisionPhase\\( score < \\d+ \\)", "DecisionPhase( score < 20 )");
        assertThat(newThresholds).isNotEqualTo(oldThresholds);
        newDevices = oldDevices + "dev-crash-0002,# blocked by the interrupted publish\n";

        Map<String, String> ruleFiles = new TreeMap<>();
        for (Path file : RuleEngine.ruleFilePaths(risk)) {
            ruleFiles.put(file.getFileName().toString(), Files.readString(file));
        }
        ruleFiles.put("thresholds.drl", newThresholds);
        newVersion = RuleVersion.contentHash(ruleFiles);
        // What the recovery compares: the journal's files as the recorded entry holds them.
        Map<String, String> checked = Map.of("lists/blocked-devices.csv", newDevices);

        JdbcDataSource data = new JdbcDataSource();
        data.setURL(URL);
        data.setUser("sa");
        Flyway.configure().dataSource(data).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        String reason = "review from 20 and block dev-crash-0002";
        jdbc.sql("""
                        INSERT INTO rule_drafts (rule_set, base_version, changes, deletions, base_files, reason,
                                                 proposed_by, proposed_at, status)
                        VALUES ('risk', 'f00000000000', :changes, '[]', :base, :reason, 'Li Wei', :at, 'open')""")
                .param("changes", JSON.writeValueAsString(Map.of("thresholds.drl", newThresholds,
                        "lists/blocked-devices.csv", newDevices)))
                .param("base", JSON.writeValueAsString(Map.of("thresholds.drl", oldThresholds,
                        "lists/blocked-devices.csv", oldDevices)))
                .param("reason", reason).param("at", Timestamp.from(Instant.now())).update();
        draftId = jdbc.sql("SELECT MAX(id) FROM rule_drafts").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO rule_versions (rule_set, version, live_since, changed_files, files, origin)
                        VALUES ('risk', :version, :at, :changed, :files, :origin)""")
                .param("version", newVersion).param("at", Timestamp.from(Instant.now()))
                .param("changed", JSON.writeValueAsString(List.of("lists/blocked-devices.csv", "thresholds.drl")))
                .param("files", JSON.writeValueAsString(RuleVersion.files(ruleFiles, checked)))
                .param("origin", "draft " + draftId + " proposed by Li Wei, published by Chen Jing: " + reason)
                .update();

        PublishJournal.begin("risk", risk, List.of(
                new PublishJournal.Entry("lists/blocked-devices.csv", devices, oldDevices, newDevices),
                new PublishJournal.Entry("thresholds.drl", thresholds, oldThresholds, newThresholds)));
        Files.writeString(devices, newDevices);
    }

    JsonNode pay(String id, String device) throws Exception {
        return risk.pay("""
                {"paymentId":"%s","customerId":780101,"amount":120,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-%s","deviceId":"%s","ip":"192.0.2.181",
                 "shippingAddress":"北京市朝阳区 1 号","billingAddress":"北京市朝阳区 1 号"}""".formatted(id, id, device));
    }

    @Test
    void theInterruptedPublishIsFinishedAndItsDraftReadsAsPublished() throws Exception {
        Path folder = engine.folder("risk");
        assertThat(Files.readString(folder.resolve("thresholds.drl"))).isEqualTo(newThresholds);
        assertThat(Files.readString(folder.resolve("lists/blocked-devices.csv"))).isEqualTo(newDevices);
        assertThat(folder.resolve(PublishJournal.NAME)).doesNotExist();
        assertThat(risk.officerGet("/api/risk/rules").at("/status/liveVersion").asString()).isEqualTo(newVersion);

        JsonNode review = pay("p-finished-1", "dev-finished-ok");
        assertThat(review.get("score").asInt()).isEqualTo(20);
        assertThat(review.get("decision").asString()).as("review from 20").isEqualTo("REVIEW");
        assertThat(review.get("ruleSetVersion").asString()).isEqualTo(newVersion);
        JsonNode blocked = pay("p-finished-2", "dev-crash-0002");
        assertThat(blocked.get("decision").asString()).isEqualTo("DECLINE");
        assertThat(blocked.toString()).contains("BLOCKED_DEVICE");

        JsonNode draft = risk.officerGet("/api/risk/rules/drafts/" + draftId);
        assertThat(draft.get("status").asString()).isEqualTo("published");
        assertThat(draft.get("publishedVersion").asString()).isEqualTo(newVersion);
        assertThat(draft.get("publishedBy").asString()).isEqualTo("Chen Jing");
    }
}
