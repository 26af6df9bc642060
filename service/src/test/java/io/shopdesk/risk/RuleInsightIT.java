package io.shopdesk.risk;

import static io.shopdesk.risk.RiskHttp.CHECKOUT;
import static io.shopdesk.risk.RiskHttp.JSON;
import static io.shopdesk.risk.RiskHttp.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.ruleengine.RuleSetStatus;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a risk officer asks before and after changing the rules, through HTTP on the real service (real H2, the
 * shipped rules copied to a temporary folder so that a threshold edit can go live through the engine's reload):
 * which rules fired in real payments and which never did, what a version changed as a unified diff, and what a
 * rollback to the version before would flip, with the live rule set left as it was.
 *
 * <p>One request a rule could have fired for calls it dead here ({@code dead-after-decisions=1}): this test is about
 * which requests count, {@code RuleActivityEvidenceIT} about how many.
 */
@OwnDatabaseTest(database = "shopdesk-rule-insight", properties = "shopdesk.risk.activity.dead-after-decisions=1")
class RuleInsightIT extends RiskServiceOnCopiedRules {
    HttpResponse<String> get(String path, String key) throws Exception {
        return risk.request("GET", path, key, null);
    }

    static String blockedCard(String id) {
        return """
                {"paymentId":"%s","customerId":1,"amount":88,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-stolen-0001","deviceId":"dev-%s","ip":"192.0.2.41"}""".formatted(id, id);
    }

    /**
     * A card payment of a customer the shop does not know (NEW_ACCOUNT 15), from a new IP (5), shipping elsewhere
     * than billing (15): score 35, an APPROVE under the shipped thresholds (REVIEW from 40), a REVIEW from 30.
     */
    static String scoring35(String id) {
        return """
                {"paymentId":"%s","customerId":424242,"amount":120,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-%s","deviceId":"dev-%s","ip":"192.0.2.%d",
                 "shippingAddress":"上海市浦东新区张杨路500号","billingAddress":"北京市海淀区中关村1号"}"""
                .formatted(id, id, id, 100 + Math.floorMod(id.hashCode(), 100));
    }

    static JsonNode rule(JsonNode activity, String name) {
        return StreamSupport.stream(activity.get("rules").spliterator(), false)
                .filter(r -> r.get("rule").asString().equals(name)).findFirst().orElse(null);
    }

    static long fired(JsonNode activity, String name) {
        JsonNode r = rule(activity, name);
        return r == null ? 0 : r.get("decisions").asLong();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void activityCountsTheRulesRealPaymentsFiredAndListsTheDeadOnes() throws Exception {
        JsonNode before = risk.officerGet("/api/risk/rules/activity");
        Instant start = Instant.now();
        for (String id : List.of("p-act-blocked-1", "p-act-blocked-2")) {
            JsonNode decision = risk.pay(blockedCard(id));
            assertThat(decision.get("decision").asString()).isEqualTo("DECLINE");
        }
        JsonNode after = risk.officerGet("/api/risk/rules/activity?hours=1");

        assertThat(after.get("hours").asInt()).isEqualTo(1);
        assertThat(after.get("liveVersion").asString()).isEqualTo(engine.status("risk").liveVersion());
        assertThat(fired(after, "BlockedCard") - fired(before, "BlockedCard")).isEqualTo(2);
        assertThat(fired(after, "DeclineOnBlockList") - fired(before, "DeclineOnBlockList")).isEqualTo(2);
        JsonNode blocked = rule(after, "BlockedCard");
        assertThat(blocked.at("/outcomes/DECLINE").asLong()).isEqualTo(blocked.get("decisions").asLong());
        assertThat(blocked.at("/outcomes/APPROVE").asLong()).isZero();
        assertThat(blocked.get("live").asBoolean()).isTrue();
        assertThat(Instant.parse(blocked.get("lastFired").asString())).isAfterOrEqualTo(start.minusSeconds(1));
        long total = after.get("decisions").asLong();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(blocked.get("share").asDouble()).isCloseTo((double) blocked.get("decisions").asLong() / total,
                org.assertj.core.data.Offset.offset(0.0001));
        assertThat(after.at("/byDecision/DECLINE").asLong()).isGreaterThanOrEqualTo(2);

        List<String> dead = strings(after.get("deadRules"));
        assertThat(dead).as("no payment here comes from a blocked IP").contains("BlockedIp", "ChatUrgency")
                .doesNotContain("BlockedCard", "DeclineOnBlockList");
        List<String> liveRules = engine.ruleSet("risk").ruleNames();
        assertThat(liveRules).containsAll(dead);
        for (JsonNode r : after.get("rules")) {
            assertThat(dead).doesNotContain(r.get("rule").asString());
            assertThat(r.get("decisions").asLong()).isPositive();
        }
    }

    @Test
    void theInsightEndpointsAreDescribedInOpenApi() throws Exception {
        JsonNode api = JSON.readTree(get("/v3/api-docs", null).body());
        assertThat(api.get("paths").propertyNames()).contains("/api/risk/rules/activity",
                "/api/risk/rules/versions/{version}/diff", "/api/risk/rules/rollback/preview");
        assertThat(api.at("/paths/~1api~1risk~1rules~1activity/get/description").asString())
                .contains("decisions made by an older rule version count under the rule's name");
        assertThat(api.at("/paths/~1api~1risk~1rules~1rollback~1preview/get/description").asString())
                .contains("the newest 5000 at most", "never re-scored with today's model");
    }

    @Test
    void aBadWindowIsAFieldErrorAndOnlyAnOfficerReadsTheActivity() throws Exception {
        for (String hours : List.of("0", "721", "abc", "-3", "1.5")) {
            HttpResponse<String> response = get("/api/risk/rules/activity?hours=" + hours, OFFICER);
            assertThat(response.statusCode()).as(hours).isEqualTo(400);
            assertThat(JSON.readTree(response.body())).as(hours).isEqualTo(JSON.readTree("""
                    {"error":"invalid_request","fields":{"hours":"a whole number of hours from 1 to 720 (30 days)"}}"""));
        }
        assertThat(get("/api/risk/rules/activity?hours=720", OFFICER).statusCode()).isEqualTo(200);
        assertThat(get("/api/risk/rules/activity", CHECKOUT).statusCode()).isEqualTo(403);
        assertThat(get("/api/risk/rules/versions/x/diff", CHECKOUT).statusCode()).isEqualTo(403);
        assertThat(get("/api/risk/rules/rollback/preview?version=x", CHECKOUT).statusCode()).isEqualTo(403);
        assertThat(get("/api/risk/rules/activity", "nonsense").statusCode()).isEqualTo(401);
    }

    /**
     * A threshold edit goes live (REVIEW from 30 instead of 40); its diff shows the changed lines; a rollback to the
     * shipped version, previewed, flips the payments scored 35 from REVIEW back to APPROVE, and the preview changes
     * nothing live.
     */
    @Test
    void aThresholdEditIsDiffedAndARollbackToTheVersionBeforeIsPreviewed() throws Exception {
        String shipped = engine.status("risk").liveVersion();
        JsonNode first = risk.pay(scoring35("p-preview-1"));
        assertThat(first.get("score").asInt()).isEqualTo(35);
        assertThat(first.get("decision").asString()).isEqualTo("APPROVE");

        Path thresholds = engine.folder("risk").resolve("thresholds.drl");
        String text = Files.readString(thresholds);
        String edited = text.replace("DecisionPhase( score >= 40, score < 70 )", "DecisionPhase( score >= 30, score < 70 )")
                .replace("DecisionPhase( score < 40 )", "DecisionPhase( score < 30 )");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(thresholds, edited);
        RuleSetStatus status = engine.reload("risk");
        assertThat(status.lastProblems()).isEmpty();
        String lowered = status.liveVersion();
        assertThat(lowered).isNotEqualTo(shipped);
        JsonNode second = risk.pay(scoring35("p-preview-2"));
        assertThat(second.get("decision").asString()).isEqualTo("REVIEW");

        JsonNode diff = risk.officerGet("/api/risk/rules/versions/" + lowered + "/diff");
        assertThat(diff.get("version").asString()).isEqualTo(lowered);
        assertThat(diff.get("against").asString()).isEqualTo(shipped);
        assertThat(diff.get("files").size()).isEqualTo(1);
        JsonNode file = diff.get("files").get(0);
        assertThat(file.get("file").asString()).isEqualTo("thresholds.drl");
        assertThat(file.get("change").asString()).isEqualTo("modified");
        assertThat(file.get("added").asInt()).isEqualTo(2);
        assertThat(file.get("removed").asInt()).isEqualTo(2);
        List<String> lines = strings(file.get("lines"));
        assertThat(lines.subList(0, 2)).containsExactly("--- a/thresholds.drl", "+++ b/thresholds.drl");
        assertThat(lines).contains("-    DecisionPhase( score >= 40, score < 70 )", "+    DecisionPhase( score >= 30, score < 70 )",
                "-    DecisionPhase( score < 40 )", "+    DecisionPhase( score < 30 )");
        assertThat(lines.get(2)).startsWith("@@ -");

        JsonNode back = risk.officerGet("/api/risk/rules/versions/" + shipped + "/diff?against=" + lowered);
        assertThat(strings(back.at("/files/0/lines"))).contains("+    DecisionPhase( score >= 40, score < 70 )",
                "-    DecisionPhase( score >= 30, score < 70 )");
        HttpResponse<String> unknown = get("/api/risk/rules/versions/000000000000/diff", OFFICER);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body())).isEqualTo(JSON.readTree("""
                {"error":"unknown_version","message":"Rule set 'risk' has no recorded version 000000000000 (the history keeps the last 100 entries)"}"""));
        assertThat(get("/api/risk/rules/versions/" + lowered + "/diff?against=abc", OFFICER).statusCode()).isEqualTo(404);

        JsonNode preview = risk.officerGet("/api/risk/rules/rollback/preview?version=" + shipped + "&hours=1");
        assertThat(preview.get("version").asString()).isEqualTo(shipped);
        assertThat(preview.get("liveVersion").asString()).isEqualTo(lowered);
        assertThat(preview.get("capped").asBoolean()).isFalse();
        assertThat(preview.get("replayed").asInt()).isEqualTo(preview.get("paymentsInWindow").asInt()
                + preview.get("financingInWindow").asInt() - preview.get("financingWithoutScore").asInt());
        Map<String, JsonNode> sample = new java.util.HashMap<>();
        preview.get("sample").forEach(f -> sample.put(f.get("paymentId").asString(), f));
        assertThat(sample).containsKeys("p-preview-1", "p-preview-2");
        JsonNode flipOne = sample.get("p-preview-1");
        assertThat(flipOne.get("decisionId").asString()).isEqualTo(first.get("decisionId").asString());
        assertThat(flipOne.at("/stored/decision").asString()).isEqualTo("APPROVE");
        assertThat(flipOne.get("storedRuleSetVersion").asString()).isEqualTo(shipped);
        assertThat(flipOne.at("/live/decision").asString()).isEqualTo("REVIEW");
        assertThat(flipOne.at("/version/decision").asString()).isEqualTo("APPROVE");
        assertThat(flipOne.at("/live/score").asInt()).isEqualTo(35);
        assertThat(flipOne.at("/version/score").asInt()).isEqualTo(35);
        JsonNode flipTwo = sample.get("p-preview-2");
        assertThat(flipTwo.at("/stored/decision").asString()).isEqualTo("REVIEW");
        assertThat(flipTwo.at("/version/decision").asString()).isEqualTo("APPROVE");
        assertThat(preview.get("flipped").asInt()).isEqualTo(sample.size());
        assertThat(preview.get("changes")).anySatisfy(c -> {
            assertThat(c.get("from").asString()).isEqualTo("REVIEW");
            assertThat(c.get("to").asString()).isEqualTo("APPROVE");
            assertThat(c.get("count").asInt()).isGreaterThanOrEqualTo(2);
        });
        assertThat(preview.get("decidedByLive").asInt()).isPositive();
        assertThat(preview.get("liveReplayMatches").asInt()).as("the replay decides as the live rules did")
                .isEqualTo(preview.get("decidedByLive").asInt());
        assertThat(engine.status("risk").liveVersion()).as("the preview changes nothing live").isEqualTo(lowered);
        assertThat(Files.readString(thresholds)).isEqualTo(edited);

        JsonNode same = risk.officerGet("/api/risk/rules/rollback/preview?version=" + lowered);
        assertThat(same.get("flipped").asInt()).as("the live version against itself").isZero();
        HttpResponse<String> bad = get("/api/risk/rules/rollback/preview?hours=0", OFFICER);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("fields").propertyNames()).containsExactly("version", "hours");
        HttpResponse<String> missing = get("/api/risk/rules/rollback/preview?version=000000000000", OFFICER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asString()).isEqualTo("unknown_version");
    }
}
