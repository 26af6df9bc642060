package io.shopdesk.risk;

import static io.shopdesk.risk.RiskHttp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ShopperIdentities;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A shopper who told the chat their account was hacked then applies for instalments, over real HTTP on the real
 * service (real H2, the shipped rules copied, FAQ and models): before, the application was approved like anyone's (no
 * financing rule read the report); now InstalmentsAfterReportedTakeover adds ACCOUNT_TAKEOVER_REPORTED (zh and en) and
 * it goes to REVIEW, while another customer's identical application is approved. The replays respect the report's
 * time: the rollback preview decides each application as it was decided (one made before the report does not see
 * it), and a draft without the rule flips exactly the reported customer's application back to APPROVE. Its own
 * database, so that the replays see only these applications.
 */
@OwnDatabaseTest(database = "shopdesk-takeover-financing", properties = {
        "shopdesk.chat.identity-secret=" + ShopDeskTest.IDENTITY_SECRET
})
class TakeoverFinancingIT extends RiskServiceOnCopiedRules {
    static final String REASON = "ACCOUNT_TAKEOVER_REPORTED";

    JsonNode post(String path, String key, Object body) throws Exception {
        HttpResponse<String> response = risk.request("POST", path, key, body);
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    void sayHacked(long customer) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "my account got hacked");
        body.put("locale", "en");
        body.put("identity", ShopperIdentities.signed(customer));
        JsonNode turn = post("/api/chat/messages", null, body);
        assertThat(turn.at("/replies/1/data/reason").asString()).as(turn.toString()).isEqualTo("account_takeover");
    }

    /** A safe application: a home owner with a long job, a clean history and an affordable instalment. */
    JsonNode apply(String id, long customer) throws Exception {
        return post("/api/risk/financing", RiskHttp.CHECKOUT, """
                {"applicationId":"%s","customerId":%d,"amount":1500,"termMonths":6,"purpose":"electronics",
                 "monthlyIncome":15000,"employment":"7_years_plus","existingCredits":1,"housing":"own",
                 "creditHistory":"all_paid","age":44}""".formatted(id, customer));
    }

    static List<String> codes(JsonNode decision) {
        return decision.get("reasons").valueStream().map(r -> r.get("code").asString()).toList();
    }

    @Test
    void anInstalmentApplicationAfterAReportedTakeoverGoesToReviewAndTheReplaysSeeTheReportInTime() throws Exception {
        String live = engine.status("risk").liveVersion();
        JsonNode before = apply("f-ato-before", 5);
        assertThat(before.get("decision").asString()).as(before.toString()).isEqualTo("APPROVE");

        sayHacked(5);
        JsonNode after = apply("f-ato-after", 5);
        assertThat(after.get("decision").asString()).as(after.toString()).isEqualTo("REVIEW");
        JsonNode reason = after.get("reasons").valueStream().filter(r -> REASON.equals(r.get("code").asString()))
                .findFirst().orElseThrow();
        assertThat(reason.get("rule").asString()).isEqualTo("InstalmentsAfterReportedTakeover");
        assertThat(reason.get("messageEn").asString()).isEqualTo(
                "Instalments asked after the customer reported in the chat that someone else got into their account.");
        assertThat(reason.get("messageZh").asString()).isEqualTo("顾客在聊天中反映账号被他人登录或盗用后申请分期。");

        JsonNode other = apply("f-ato-other", 6);
        assertThat(other.get("decision").asString()).as(other.toString()).isEqualTo("APPROVE");
        assertThat(codes(other)).doesNotContain(REASON);

        JsonNode preview = risk.officerGet("/api/risk/rules/rollback/preview?version=" + live + "&hours=1");
        assertThat(preview.at("/replayedByKind/financing").asInt()).as(preview.toString()).isEqualTo(3);
        assertThat(preview.get("liveReplayMatches").asInt()).as("f-ato-before came before the report").isEqualTo(3);

        Path financing = engine.folder("risk").resolve("financing.drl");
        String drl = Files.readString(financing);
        int start = drl.indexOf("rule \"InstalmentsAfterReportedTakeover\"");
        String without = drl.substring(0, start) + drl.substring(drl.indexOf("end", start) + 3);
        JsonNode draft = post("/api/risk/rules/drafts", RiskHttp.OFFICER, Map.of("baseVersion", live,
                "files", Map.of("financing.drl", without), "reason", "what the takeover rule changes"));
        JsonNode check = post("/api/risk/rules/drafts/" + draft.get("id").asLong() + "/check?hours=1", RiskHttp.OFFICER, "");
        assertThat(check.get("passed").asBoolean()).as("the takeover scenarios need the rule").isFalse();
        assertThat(check.at("/replay/flipped").asInt()).as(check.toString()).isEqualTo(1);
        JsonNode flip = check.at("/replay/sample/0");
        assertThat(flip.get("applicationId").asString()).isEqualTo("f-ato-after");
        assertThat(flip.at("/live/decision").asString()).isEqualTo("REVIEW");
        assertThat(flip.at("/version/decision").asString()).isEqualTo("APPROVE");
        assertThat(engine.status("risk").liveVersion()).isEqualTo(live);
    }
}
