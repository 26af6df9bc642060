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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service starts on a rule folder that a publish killed half-way left behind: a draft lowering the review
 * threshold to 20 and blocking a device, with its journal written and only the block list moved into place (the
 * draft's files are moved in path order: {@code lists/blocked-devices.csv}, then {@code thresholds.drl}). The new
 * version never went live (the database's history does not hold it), so the start-up takes the publish back: the
 * folder is the shipped one again, file for file, and the real service, over HTTP, decides with the shipped version
 * and the shipped lists, neither the new threshold nor the new block.
 */
@OwnDatabaseTest(database = "shopdesk-publish-crash")
class PublishCrashRecoveryIT extends RiskServiceOverHttp {
    @TempDir
    static Path copy;

    static String shippedThresholds;
    static String shippedDevices;
    static String shippedVersion;

    @DynamicPropertySource
    static void halfPublishedRules(DynamicPropertyRegistry registry) throws IOException {
        Path risk = ShippedRulesCopy.into(copy.resolve("rules"), registry).resolve("risk");
        Path thresholds = risk.resolve("thresholds.drl");
        Path devices = risk.resolve("lists/blocked-devices.csv");
        shippedThresholds = Files.readString(thresholds);
        shippedDevices = Files.readString(devices);
        shippedVersion = RuleVersion.contentHash(readRuleFiles(risk));
        String lower = shippedThresholds
                .replaceAll("DecisionPhase\\( score >= \\d+, score < 70 \\)", "DecisionPhase( score >= 20, score < 70 )")
                .replaceAll("DecisionPhase\\( score < \\d+ \\)", "DecisionPhase( score < 20 )");
        assertThat(lower).isNotEqualTo(shippedThresholds);
        String blocked = shippedDevices + "dev-crash-0001,# blocked by a publish that never finished\n";

        PublishJournal.begin("risk", risk, PublishJournal.Kind.PUBLISH,
                "draft 3 proposed by Li Wei, published by Li Wei: lower the review threshold", List.of(
                new PublishJournal.Entry("lists/blocked-devices.csv", devices, shippedDevices, blocked),
                new PublishJournal.Entry("thresholds.drl", thresholds, shippedThresholds, lower)));
        Files.writeString(devices, blocked);
        // An earlier rollback and a list publish killed while staging, before their journals were written.
        Files.writeString(risk.resolve(".payments.drl.rollback"), "rule files of a rollback that never happened");
        Files.writeString(risk.resolve("lists/.blocked-ips.csv.draft"), "value\n192.0.2.99\n");
    }

    private static java.util.Map<String, String> readRuleFiles(Path folder) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        for (Path file : RuleEngine.ruleFilePaths(folder)) {
            files.put(file.getFileName().toString(), Files.readString(file));
        }
        return files;
    }

    @Test
    void theInterruptedPublishIsTakenBackAndTheShippedVersionServes() throws Exception {
        Path folder = engine.folder("risk");
        assertThat(Files.readString(folder.resolve("lists/blocked-devices.csv"))).isEqualTo(shippedDevices);
        assertThat(Files.readString(folder.resolve("thresholds.drl"))).isEqualTo(shippedThresholds);
        assertThat(folder.resolve(PublishJournal.NAME)).doesNotExist();
        assertThat(folder.resolve(".payments.drl.rollback")).as("staged, never journaled: removed").doesNotExist();
        assertThat(folder.resolve("lists/.blocked-ips.csv.draft")).doesNotExist();
        assertThat(folder.resolve("lists/.blocked-devices.csv.draft")).doesNotExist();

        JsonNode rules = risk.officerGet("/api/risk/rules");
        assertThat(rules.at("/interruptedChange/kind").asString()).isEqualTo("publish");
        assertThat(rules.at("/interruptedChange/outcome").asString()).isEqualTo("undone");
        assertThat(rules.at("/interruptedChange/origin").asString())
                .isEqualTo("draft 3 proposed by Li Wei, published by Li Wei: lower the review threshold");
        assertThat(rules.at("/interruptedChange/files").toString())
                .isEqualTo("[\"lists/blocked-devices.csv\",\"thresholds.drl\"]");
        assertThat(rules.at("/status/liveVersion").asString()).isEqualTo(shippedVersion);
        assertThat(rules.at("/status/lastProblems").size()).isZero();

        // A customer the shop does not know paying from a new IP scores 20: APPROVE under the shipped threshold,
        // REVIEW under the half-published one; the device would be DECLINEd by the half-published list.
        JsonNode decision = risk.pay("""
                {"paymentId":"p-crash-1","customerId":780001,"amount":120,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-crash-1","deviceId":"dev-crash-0001","ip":"192.0.2.180",
                 "shippingAddress":"北京市朝阳区 1 号","billingAddress":"北京市朝阳区 1 号"}""");
        assertThat(decision.get("score").asInt()).isEqualTo(20);
        assertThat(decision.get("decision").asString()).isEqualTo("APPROVE");
        assertThat(decision.toString()).doesNotContain("BLOCKED_DEVICE");
        assertThat(decision.get("ruleSetVersion").asString()).isEqualTo(shippedVersion);
    }
}
