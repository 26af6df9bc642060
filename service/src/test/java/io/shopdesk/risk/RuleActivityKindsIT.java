package io.shopdesk.risk;

import static io.shopdesk.risk.RiskHttp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What rule activity tells a risk officer about rules that did not fire, through HTTP on the real service (its own
 * fresh H2, the shipped rules): with no decision at all nothing is dead; with payments only, the payment rules that
 * did not fire are dead and the financing rules (the scorecard's rows among them) merely had no traffic; once an
 * application comes, the financing rules it did not fire are dead too. The scorecard's rows read as their table, row
 * and condition.
 *
 * <p>One request a rule could have fired for calls it dead here ({@code dead-after-decisions=1}): this test is about
 * which requests count, {@code RuleActivityEvidenceIT} about how many.
 */
@OwnDatabaseTest(database = "shopdesk-rule-kinds", properties = "shopdesk.risk.activity.dead-after-decisions=1")
class RuleActivityKindsIT extends RiskServiceOverHttp {
    JsonNode activity() throws Exception {
        return risk.officerGet("/api/risk/rules/activity?hours=1");
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    static JsonNode rule(JsonNode activity, String name) {
        return StreamSupport.stream(activity.get("rules").spliterator(), false)
                .filter(r -> r.get("rule").asString().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void rulesWithoutTrafficOfTheirKindAreNotDeadAndTableRowsReadAsTableRowAndCondition() throws Exception {
        List<String> liveRules = engine.ruleSet("risk").ruleNames();
        JsonNode empty = activity();
        assertThat(empty.get("decisions").asLong()).isZero();
        assertThat(strings(empty.get("deadRules"))).as("nothing came: nothing can be called dead").isEmpty();
        assertThat(strings(empty.get("noTrafficRules"))).containsExactlyElementsOf(liveRules);

        JsonNode renter = empty.at("/ruleDetails/ScorecardRenter");
        assertThat(JSON.writeValueAsString(renter)).isEqualTo("""
                {"label":"FinancingScorecard row 10 (Housing: rent)","kind":"financing",\
                "file":"financing-scorecard.drl.csv","tableRow":10}""");
        assertThat(empty.at("/ruleDetails/BlockedIp/kind").asString()).isEqualTo("payment");
        assertThat(empty.at("/ruleDetails/BlockedIp/label").asString()).isEqualTo("BlockedIp");
        assertThat(empty.at("/ruleDetails/BlockedIp/file").asString()).isEqualTo("payments.drl");
        assertThat(empty.at("/ruleDetails/BlockedIp/tableRow").isNull()).isTrue();
        assertThat(empty.at("/ruleDetails/ModelHighDefaultProbability/kind").asString()).isEqualTo("financing");
        assertThat(empty.at("/ruleDetails/CollectScorecardPoints/kind").asString())
                .as("ScorecardPoints come from the financing scorecard only").isEqualTo("financing");
        assertThat(empty.at("/ruleDetails/DeclineAt70/kind").asString()).isEqualTo("any");
        assertThat(empty.get("ruleDetails").propertyNames()).containsExactlyElementsOf(liveRules);

        risk.post("/api/risk/payments", """
                {"paymentId":"p-kinds-1","customerId":1,"amount":88,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-stolen-0001","deviceId":"dev-kinds-1","ip":"192.0.2.41"}""");
        JsonNode payments = activity();
        assertThat(payments.at("/byKind/payment").asLong()).isEqualTo(1);
        assertThat(payments.at("/byKind/financing").asLong()).isZero();
        List<String> dead = strings(payments.get("deadRules"));
        List<String> noTraffic = strings(payments.get("noTrafficRules"));
        assertThat(dead).as("payment rules and thresholds that a payment could have fired")
                .contains("BlockedIp", "ChatUrgency", "ReviewAt40", "ApproveBelow40")
                .doesNotContain("BlockedCard", "DeclineOnBlockList", "ScorecardRenter", "ModelHighDefaultProbability");
        assertThat(noTraffic).as("no application came")
                .contains("ScorecardRenter", "ScorecardHomeOwner", "ModelHighDefaultProbability", "NoIncomeGiven",
                        "CollectScorecardPoints")
                .doesNotContain("BlockedIp", "ReviewAt40");
        assertThat(payments.at("/ruleDetails").propertyNames()).as("every live rule is one or the other, or fired")
                .hasSize(dead.size() + noTraffic.size() + (int) payments.get("rules").valueStream()
                        .filter(r -> r.get("live").asBoolean()).count());
        JsonNode blocked = rule(payments, "BlockedCard");
        assertThat(blocked.get("label").asString()).isEqualTo("BlockedCard");
        assertThat(blocked.get("kind").asString()).isEqualTo("payment");

        risk.post("/api/risk/financing", """
                {"applicationId":"f-kinds-1","customerId":1,"amount":6000,"termMonths":12,"monthlyIncome":15000,
                 "housing":"own"}""");
        JsonNode both = activity();
        JsonNode owner = rule(both, "ScorecardHomeOwner");
        assertThat(owner.get("label").asString()).isEqualTo("FinancingScorecard row 11 (Housing: own)");
        assertThat(owner.get("kind").asString()).isEqualTo("financing");
        assertThat(owner.get("decisions").asLong()).isEqualTo(1);
        assertThat(strings(both.get("noTrafficRules"))).as("both kinds came").isEmpty();
        assertThat(strings(both.get("deadRules"))).as("the application could have fired these")
                .contains("ScorecardRenter", "ScorecardUnemployed", "ModelHighDefaultProbability", "BlockedIp")
                .doesNotContain("ScorecardHomeOwner", "CollectScorecardPoints");
    }
}
