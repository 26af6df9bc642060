package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A rule is called dead only with enough evidence, through HTTP on the real service (its own fresh H2, the shipped
 * rules, {@code shopdesk.risk.activity.dead-after-decisions=3}). Before, a fresh database's console called some forty
 * rules dead after seven payments: a rule that matches one payment in fifty had not had the chance to fire. Below the
 * minimum a rule that did not fire is listed with how many requests it could have fired for ("2 of 3"), and becomes dead
 * at the third; financing rules count financing applications only, the thresholds (kind {@code any}) every request.
 */
@OwnDatabaseTest(database = "shopdesk-rule-evidence", properties = "shopdesk.risk.activity.dead-after-decisions=3")
class RuleActivityEvidenceIT extends RiskServiceOverHttp {
    JsonNode activity() throws Exception {
        return risk.officerGet("/api/risk/rules/activity?hours=1");
    }

    /** An ordinary payment, each of another customer, device and IP: no velocity rule fires. */
    void pay(int n) throws Exception {
        risk.pay("""
                {"paymentId":"p-evidence-%d","customerId":%d,"amount":88,"currency":"CNY","method":"alipay",
                 "deviceId":"dev-evidence-%d","ip":"192.0.2.7%d"}""".formatted(n, n, n, n));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** rule name -> "decisions of needed", as the console shows it. */
    static java.util.Map<String, String> tooFew(JsonNode activity) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        activity.get("notEnoughDecisions").forEach(r -> out.put(r.get("rule").asString(),
                r.get("decisions").asLong() + " of " + r.get("needed").asInt()));
        return out;
    }

    @Test
    void aRuleIsDeadOnlyOnceEnoughRequestsCameThatItCouldHaveFiredFor() throws Exception {
        pay(1);
        pay(2);
        JsonNode two = activity();
        assertThat(two.get("deadAfterDecisions").asInt()).isEqualTo(3);
        assertThat(two.at("/byKind/payment").asLong()).isEqualTo(2);
        assertThat(strings(two.get("deadRules"))).as("two payments are too few to call anything dead").isEmpty();
        assertThat(tooFew(two)).containsEntry("BlockedIp", "2 of 3").containsEntry("CardTesting", "2 of 3")
                .containsEntry("DeclineAt70", "2 of 3").doesNotContainKey("ScorecardRenter");
        assertThat(strings(two.get("noTrafficRules"))).contains("ScorecardRenter", "ModelHighDefaultProbability")
                .doesNotContain("BlockedIp");
        int fired = (int) two.get("rules").valueStream().filter(r -> r.get("live").asBoolean()).count();
        assertThat(two.get("ruleDetails").propertyNames()).as("every live rule is in one list or fired")
                .hasSize(fired + two.get("notEnoughDecisions").size() + two.get("noTrafficRules").size());

        pay(3);
        JsonNode three = activity();
        assertThat(strings(three.get("deadRules"))).contains("BlockedIp", "CardTesting", "DeclineAt70")
                .doesNotContain("ScorecardRenter");
        assertThat(tooFew(three)).as("only the financing rules wait, and they had no traffic").isEmpty();

        risk.post("/api/risk/financing", """
                {"applicationId":"f-evidence-1","customerId":1,"amount":6000,"termMonths":12,"monthlyIncome":15000,
                 "housing":"own"}""");
        JsonNode financing = activity();
        assertThat(tooFew(financing)).as("one application is too few for the financing rules")
                .containsEntry("ScorecardRenter", "1 of 3").containsEntry("ModelHighDefaultProbability", "1 of 3")
                .doesNotContainKeys("BlockedIp", "DeclineAt70");
        assertThat(strings(financing.get("deadRules"))).contains("BlockedIp", "DeclineAt70")
                .doesNotContain("ScorecardRenter");
        assertThat(strings(financing.get("noTrafficRules"))).isEmpty();
    }
}
