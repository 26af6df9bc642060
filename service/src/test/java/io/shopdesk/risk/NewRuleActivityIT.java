package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.risk.RiskHttp.Reply;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A rule published after the window's payments is not dead for them, over real HTTP on the real service (real H2, the
 * shipped rules copied to a temporary folder): an officer publishes a new payment rule and opens the rule activity.
 * Before, the new rule was listed in red as dead ("did not fire although requests of its kind came") beside payments
 * decided before it existed; now it is without traffic until a payment is decided by a version that has it, and then
 * dead if it does not fire for it. The version the earlier payments were decided by was never asked about while live,
 * so its rules are read by compiling its recorded files.
 *
 * <p>One request a rule could have fired for calls it dead here ({@code dead-after-decisions=1}): this test is about
 * which requests count, {@code RuleActivityEvidenceIT} about how many.
 */
@OwnDatabaseTest(database = "shopdesk-new-rule-activity", properties = "shopdesk.risk.activity.dead-after-decisions=1")
class NewRuleActivityIT extends RiskServiceOnCopiedRules {
    static final String RULE = """

            rule "FreshAccountReshipping"
            when
                PaymentContext( accountAgeDays < 3, orderCount == 0, addressMismatch, amountCny.doubleValue() >= 1000 )
            then
                assessment.add("FRESH_ACCOUNT_RESHIPPING", 15, "A new account's first large order shipped away from the billing address.", "新账户首笔大额订单寄往账单地址以外。", drools.getRule().getName());
            end
            """;

    JsonNode pay(String id) throws Exception {
        return risk.pay("""
                {"paymentId":"%s","customerId":3,"amount":199,"currency":"CNY","method":"alipay",
                 "deviceId":"dev-%s","ip":"192.0.2.61"}""".formatted(id, id));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void aRulePublishedAfterTheWindowsPaymentsIsNotDeadForThem() throws Exception {
        String before = live();
        assertThat(pay("p-newrule-1").get("ruleSetVersion").asString()).isEqualTo(before);

        String drl = Files.readString(folder().resolve("payments.drl"));
        Reply draft = risk.officer("POST", "/api/risk/rules/drafts", Map.of("baseVersion", before,
                "files", Map.of("payments.drl", drl + RULE), "reason", "reshipping on fresh accounts"));
        assertThat(draft.status()).as(String.valueOf(draft.body())).isEqualTo(201);
        Reply published = risk.officer("POST", "/api/risk/rules/drafts/" + draft.body().get("id").asLong() + "/publish", null);
        assertThat(published.status()).as(String.valueOf(published.body())).isEqualTo(200);
        assertThat(live()).isNotEqualTo(before);

        JsonNode activity = risk.officerGet("/api/risk/rules/activity?hours=1");
        assertThat(activity.get("liveVersion").asString()).isEqualTo(live());
        assertThat(activity.at("/byKind/payment").asLong()).isEqualTo(1);
        assertThat(strings(activity.get("deadRules"))).as("rules the payment's version had and did not fire")
                .contains("BlockedIp", "CardTesting").doesNotContain("FreshAccountReshipping");
        assertThat(strings(activity.get("noTrafficRules"))).as("published after the payment")
                .contains("FreshAccountReshipping", "ScorecardRenter");

        // A payment decided by the version that has it, which it does not fire for: now it is dead.
        assertThat(pay("p-newrule-2").get("ruleSetVersion").asString()).isEqualTo(live());
        JsonNode after = risk.officerGet("/api/risk/rules/activity?hours=1");
        assertThat(strings(after.get("deadRules"))).contains("FreshAccountReshipping", "BlockedIp");
        assertThat(strings(after.get("noTrafficRules"))).doesNotContain("FreshAccountReshipping")
                .contains("ScorecardRenter");
    }
}
