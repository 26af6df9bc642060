package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.risk.RiskHttp.Reply;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An auditor opens the list version an old decision recorded after more than 100 rule-set versions went live since,
 * over real HTTP on the real service (real H2, the shipped rules copied to a temporary folder). Before, the list
 * versions were read from the history's last 100 entries only, and such a version answered 404 unknown_list_version.
 *
 * <p>A device is blocked from a decision's page, a payment is declined by it, and the device is unblocked; then the
 * history grows by 101 entries. Building and gating a rule set a hundred times would take minutes, so those entries are
 * written as the engine writes them ({@code rule_versions} rows holding the rule set's files as last recorded, the
 * shipped list among them). Both ways an old version is found are checked: kept when the service read the list, and,
 * for a version from before the service kept them (its row removed here), searched in the whole history.
 */
@OwnDatabaseTest(database = "shopdesk-old-list-versions")
class OldListVersionsIT extends RiskServiceOnCopiedRules {
    @Autowired
    JdbcClient jdbc;

    JsonNode pay(String id) throws Exception {
        return risk.pay("""
                {"paymentId":"%s","customerId":780311,"amount":120,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-%s","deviceId":"dev-oldlist-stolen","ip":"192.0.2.43"}""".formatted(id, id));
    }

    void listButton(String decision, String action, String reason) throws Exception {
        Reply reply = risk.officer("POST", "/api/risk/decisions/" + decision + "/lists",
                Map.of("list", "blocked-devices", "action", action, "reason", reason));
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
    }

    @Test
    void aListVersionOlderThanTheLast100HistoryEntriesStillOpens() throws Exception {
        String shipped = Files.readString(folder().resolve("lists/blocked-devices.csv"));
        JsonNode first = pay("p-oldlist-1");
        String decision = first.get("decisionId").asString();
        String before = risk.officerGet("/api/risk/decisions/" + decision).at("/lists/versions/blocked-devices").asString();
        listButton(decision, "add", "chargeback CB-3101");
        JsonNode declined = pay("p-oldlist-2");
        assertThat(declined.get("decision").asString()).isEqualTo("DECLINE");
        JsonNode lists = risk.officerGet("/api/risk/decisions/" + declined.get("decisionId").asString()).get("lists");
        String blocked = lists.at("/versions/blocked-devices").asString();
        String line = lists.at("/matched/0/text").asString();
        listButton(decision, "remove", "card holder verified");

        int entries = 101;
        assertThat(jdbc.sql("""
                INSERT INTO rule_versions (rule_set, version, live_since, changed_files, files, origin)
                SELECT rule_set, version, live_since, '[]', files, 'test: one of many later versions'
                FROM rule_versions, SYSTEM_RANGE(1, %d) WHERE id = (SELECT MAX(id) FROM rule_versions WHERE rule_set = 'risk')
                """.formatted(entries)).update()).isEqualTo(entries);
        JsonNode recent = risk.officerGet("/api/risk/lists/blocked-devices/versions");
        assertThat(recent.get("versions").findValuesAsString("version")).as("the last 100 entries hold one text")
                .containsExactly(before);

        // Kept when the service read it (the list button's publish made it hold for the next payment).
        JsonNode kept = risk.officerGet("/api/risk/lists/blocked-devices/versions/" + blocked);
        assertThat(kept.get("version").asString()).isEqualTo(blocked);
        assertThat(kept.get("text").asString()).isEqualTo(shipped + line + "\n");
        assertThat(kept.get("live").asBoolean()).isFalse();
        assertThat(kept.get("recorded").asBoolean()).isTrue();
        assertThat(kept.get("against").asString()).as("the version seen before it").isEqualTo(before);
        assertThat(kept.at("/added/0/value").asString()).isEqualTo("dev-oldlist-stolen");
        assertThat(kept.get("removed").size()).isZero();

        // A version from before the service kept versions: found in the whole history, with who put it live.
        assertThat(jdbc.sql("DELETE FROM risk_list_versions WHERE list_name = 'blocked-devices' AND version = :v")
                .param("v", blocked).update()).isEqualTo(1);
        JsonNode searched = risk.officerGet("/api/risk/lists/blocked-devices/versions/" + blocked);
        assertThat(searched.get("text").asString()).isEqualTo(shipped + line + "\n");
        assertThat(searched.get("origin").asString()).endsWith(": add dev-oldlist-stolen to blocked-devices (decision "
                + decision + "): chargeback CB-3101");
        assertThat(searched.get("against").asString()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM risk_list_versions WHERE list_name = 'blocked-devices' AND version = :v")
                .param("v", blocked).query(Long.class).single()).as("kept by the search").isEqualTo(1L);

        Reply never = risk.officer("GET", "/api/risk/lists/blocked-devices/versions/0123456789ab", null);
        assertThat(never.status()).isEqualTo(404);
        assertThat(never.body().get("error").asString()).isEqualTo("unknown_list_version");
    }
}
