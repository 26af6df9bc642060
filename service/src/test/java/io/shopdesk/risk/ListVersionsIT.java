package io.shopdesk.risk;

import static io.shopdesk.risk.RiskHttp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.risk.RiskHttp.Reply;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An auditor holding a decision's list version sees that list as it was at that version and what changed between
 * versions, over real HTTP on the real service (real H2, the shipped rules copied to a temporary folder). A device is
 * blocked from a decision's page and unblocked again: three versions of {@code blocked-devices} went live (the shipped
 * one, recorded at the first start; the one with the device; the shipped text again), and decisions recorded the first
 * two. Before, a decision's {@code lists.versions} named a version nobody could open.
 */
@OwnDatabaseTest(database = "shopdesk-list-versions")
class ListVersionsIT extends RiskServiceOnCopiedRules {

    JsonNode pay(String id, String device) throws Exception {
        return risk.pay("""
                {"paymentId":"%s","customerId":780301,"amount":120,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-%s","deviceId":"%s","ip":"192.0.2.41"}""".formatted(id, id, device));
    }

    Reply listButton(String decision, String action, String reason) throws Exception {
        Reply reply = risk.officer("POST", "/api/risk/decisions/" + decision + "/lists",
                Map.of("list", "blocked-devices", "action", action, "reason", reason));
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
        return reply;
    }

    @Test
    void aDecisionsListVersionOpensWithItsEntriesAndWhatChanged() throws Exception {
        String shipped = Files.readString(folder().resolve("lists/blocked-devices.csv"));
        JsonNode first = pay("p-listver-1", "dev-listver-stolen");
        assertThat(first.get("decision").asString()).isEqualTo("APPROVE");
        String decision = first.get("decisionId").asString();
        String before = risk.officerGet("/api/risk/decisions/" + decision).at("/lists/versions/blocked-devices").asString();

        Reply block = listButton(decision, "add", "chargeback CB-2207");
        JsonNode declined = pay("p-listver-2", "dev-listver-stolen");
        assertThat(declined.get("decision").asString()).isEqualTo("DECLINE");
        JsonNode declinedLists = risk.officerGet("/api/risk/decisions/" + declined.get("decisionId").asString()).get("lists");
        String blocked = declinedLists.at("/versions/blocked-devices").asString();
        assertThat(blocked).matches("[0-9a-f]{12}").isNotEqualTo(before);
        listButton(decision, "remove", "card holder verified");
        assertThat(Files.readString(folder().resolve("lists/blocked-devices.csv"))).isEqualTo(shipped);

        // The version that declined: its text, its entries with their notes, and the entry the button added.
        JsonNode atBlock = risk.officerGet("/api/risk/lists/blocked-devices/versions/" + blocked);
        String line = declinedLists.at("/matched/0/text").asString();
        assertThat(atBlock.get("version").asString()).isEqualTo(blocked);
        assertThat(atBlock.get("live").asBoolean()).as("unblocked since").isFalse();
        assertThat(atBlock.get("recorded").asBoolean()).isTrue();
        assertThat(atBlock.get("file").asString()).isEqualTo("blocked-devices.csv");
        assertThat(atBlock.get("text").asString()).isEqualTo(shipped + line + "\n");
        assertThat(atBlock.get("origin").asString()).isEqualTo("draft " + block.body().at("/draft/id").asLong() + " proposed by "
                        + block.body().at("/draft/proposedBy").asString() + ", published by "
                        + block.body().at("/draft/proposedBy").asString() + ": add dev-listver-stolen to blocked-devices"
                        + " (decision " + decision + "): chargeback CB-2207");
        int lineNumber = declinedLists.at("/matched/0/line").asInt();
        String note = line.substring(line.indexOf(',') + 1);
        assertThat(atBlock.get("entries").toString()).contains("{\"line\":" + lineNumber
                        + ",\"value\":\"dev-listver-stolen\",\"note\":" + JSON.writeValueAsString(note) + "}")
                .contains("{\"line\":3,\"value\":\"dev-fraud-0001\",\"note\":\"\"}");
        assertThat(atBlock.get("against").asString()).as("the version before it").isEqualTo(before);
        assertThat(atBlock.get("added")).isEqualTo(JSON.valueToTree(List.of(Map.of("line", lineNumber,
                "value", "dev-listver-stolen", "note", note))));
        assertThat(atBlock.get("removed").size()).isZero();
        assertThat(atBlock.at("/diff/change").asString()).isEqualTo("modified");
        assertThat(atBlock.at("/diff/added").asInt()).isEqualTo(1);
        assertThat(JSON.convertValue(atBlock.at("/diff/lines"), List.class)).contains("+" + line);

        // The first decision's version is the shipped text, live again since the unblock: against the blocked one.
        JsonNode atFirst = risk.officerGet("/api/risk/lists/blocked-devices/versions/" + before);
        assertThat(atFirst.get("text").asString()).isEqualTo(shipped);
        assertThat(atFirst.get("live").asBoolean()).isTrue();
        assertThat(atFirst.get("against").asString()).isEqualTo(blocked);
        assertThat(atFirst.get("added").size()).isZero();
        assertThat(atFirst.at("/removed/0/value").asString()).isEqualTo("dev-listver-stolen");
        assertThat(atFirst.get("origin").asString()).endsWith(": remove dev-listver-stolen from blocked-devices "
                + "(decision " + decision + "): card holder verified");
        JsonNode againstItself = risk.officerGet("/api/risk/lists/blocked-devices/versions/" + before + "?against=" + before);
        assertThat(againstItself.get("added").size() + againstItself.get("removed").size()).isZero();
        assertThat(againstItself.at("/diff/lines").size()).isZero();

        // Every version, newest first: the shipped text again, the blocked one, the shipped one recorded at start-up.
        JsonNode history = risk.officerGet("/api/risk/lists/blocked-devices/versions");
        assertThat(history.get("liveVersion").asString()).isEqualTo(before);
        assertThat(history.get("versions").findValuesAsString("version")).containsExactly(before, blocked, before);
        assertThat(history.at("/versions/0/previous").asString()).isEqualTo(blocked);
        assertThat(history.at("/versions/1/previous").asString()).isEqualTo(before);
        assertThat(history.at("/versions/2/previous").isNull()).isTrue();
        assertThat(history.at("/versions/2/origin").asString()).as("recorded by the first start, which read it")
                .isEqualTo("read from the lists folder at start-up");
        assertThat(history.at("/versions/0/live").asBoolean()).isTrue();
        assertThat(history.at("/versions/1/entries").asInt()).isEqualTo(history.at("/versions/0/entries").asInt() + 1);

        // The rule version is listed three times (start-up, block, unblock): each entry's own change, by its time.
        JsonNode entries = risk.officerGet("/api/risk/rules").get("versions");
        JsonNode blockEntry = entries.get(entries.size() - 2);
        assertThat(blockEntry.get("version").asString()).isEqualTo(live());
        assertThat(entries.get(entries.size() - 1).get("version").asString()).isEqualTo(live());
        JsonNode blockDiff = risk.officerGet("/api/risk/rules/versions/" + live() + "/diff?at="
                + blockEntry.get("liveSince").asString());
        assertThat(blockDiff.toString()).as("the block entry's change").contains("+" + line).doesNotContain("-" + line);
        JsonNode newest = risk.officerGet("/api/risk/rules/versions/" + live() + "/diff");
        assertThat(newest.toString()).as("the unblock, the newest entry").contains("-" + line).doesNotContain("+" + line);
        Reply badAt = risk.officer("GET", "/api/risk/rules/versions/" + live() + "/diff?at=yesterday", null);
        assertThat(badAt.status()).isEqualTo(400);
        assertThat(badAt.body().at("/fields/at").asString()).startsWith("an entry's liveSince");
        Reply noEntry = risk.officer("GET", "/api/risk/rules/versions/" + live() + "/diff?at=2020-01-01T00:00:00Z", null);
        assertThat(noEntry.status()).isEqualTo(404);
    }

    @Test
    void badNamesAndVersionsAreClearErrorsAndTheCheckoutsKeyIsRefused() throws Exception {
        Reply badVersion = risk.officer("GET", "/api/risk/lists/blocked-devices/versions/xyz", null);
        assertThat(badVersion.status()).isEqualTo(400);
        assertThat(badVersion.body().at("/fields/version").asString())
                .isEqualTo("a list version: 12 hex digits (a decision's lists.versions)");
        Reply unknown = risk.officer("GET", "/api/risk/lists/blocked-devices/versions/0123456789ab", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("error").asString()).isEqualTo("unknown_list_version");
        assertThat(unknown.body().get("message").asString()).isEqualTo("The list blocked-devices has no version "
                + "0123456789ab: no decision or list reading kept it, and neither the rule history nor the file on disk "
                + "holds it");
        Reply noList = risk.officer("GET", "/api/risk/lists/blocked-emails/versions", null);
        assertThat(noList.status()).isEqualTo(404);
        assertThat(noList.body().get("message").asString()).isEqualTo("No list blocked-emails: the lists are "
                + "[allowed-customers, blocked-cards, blocked-devices, blocked-ips]");
        Reply badName = risk.officer("GET", "/api/risk/lists/blocked%20devices/versions", null);
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.body().at("/fields/list").asString()).startsWith("a list's name");
        Reply checkout = risk.send("GET", "/api/risk/lists/blocked-devices/versions", RiskHttp.CHECKOUT, null);
        assertThat(checkout.status()).isEqualTo(403);
    }
}
