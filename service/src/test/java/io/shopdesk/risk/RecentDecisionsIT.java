package io.shopdesk.risk;

import static io.shopdesk.risk.RiskHttp.CHECKOUT;
import static io.shopdesk.risk.RiskHttp.JSON;
import static io.shopdesk.risk.RiskHttp.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/risk/decisions}, the risk console's review queue, through HTTP: payments decided by the real
 * {@code POST /api/risk/payments} are listed newest first with their amounts, filtered by decision and kind; bad
 * parameters get 400 with every field error; no key gets 401, the checkout's key 403. Other tests share the database, so the checks look at
 * this test's own payments (ids {@code p-recent-*}).
 */
@ShopDeskTest
class RecentDecisionsIT extends RiskServiceOverHttp {
    HttpResponse<String> get(String path, String key) throws Exception {
        return risk.request("GET", path, key, null);
    }

    JsonNode pay(String id, long customer, String amount, String device) throws Exception {
        String body = """
                {"paymentId":"%s","customerId":%d,"amount":%s,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-%s","deviceId":"%s","ip":"192.0.2.91"}
                """.formatted(id, customer, amount, id, device);
        return risk.pay(body);
    }

    List<JsonNode> list(String query, String key) throws Exception {
        HttpResponse<String> response = get("/api/risk/decisions" + query, key);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().toList();
    }

    static List<String> mine(List<JsonNode> rows) {
        return rows.stream().map(r -> r.get("subjectId").asString()).filter(s -> s.startsWith("p-recent-")).toList();
    }

    @Test
    void decidedPaymentsAreListedNewestFirstAndFilteredByDecisionAndKind() throws Exception {
        JsonNode approved = pay("p-recent-approve", 13, "299", "dev-recent-1");
        JsonNode review = pay("p-recent-review", 24, "12000", "dev-recent-new-24");
        JsonNode declined = pay("p-recent-decline", 2, "899", "dev-fraud-0001");
        assertThat(List.of(approved, review, declined)).extracting(d -> d.get("decision").asString())
                .containsExactly("APPROVE", "REVIEW", "DECLINE");

        List<JsonNode> all = list("?limit=200", OFFICER);
        assertThat(mine(all)).containsExactly("p-recent-decline", "p-recent-review", "p-recent-approve");
        JsonNode row = all.stream().filter(r -> r.get("subjectId").asString().equals("p-recent-review")).findFirst().orElseThrow();
        assertThat(row.get("id").asString()).isEqualTo(review.get("decisionId").asString());
        assertThat(row.get("kind").asString()).isEqualTo("payment");
        assertThat(row.get("customerId").asLong()).isEqualTo(24);
        assertThat(row.get("amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(row.get("currency").asString()).isEqualTo("CNY");
        assertThat(row.get("decision").asString()).isEqualTo("REVIEW");
        assertThat(row.get("score").asInt()).isEqualTo(review.get("score").asInt());
        assertThat(row.get("ruleSetVersion").asString()).isEqualTo(review.get("ruleSetVersion").asString()).hasSize(12);
        assertThat(row.get("decidedBy").asString()).as("the queue says which rule decided")
                .isEqualTo(review.get("decidedBy").asString()).isNotBlank();
        assertThat(row.get("createdAt").asString()).isNotBlank();

        assertThat(mine(list("?decision=REVIEW&limit=200", OFFICER))).containsExactly("p-recent-review");
        assertThat(list("?decision=REVIEW&limit=200", OFFICER)).allMatch(r -> r.get("decision").asString().equals("REVIEW"));
        assertThat(mine(list("?decision=decline&kind=payment&limit=200", OFFICER))).containsExactly("p-recent-decline");
        assertThat(list("?kind=financing&limit=200", OFFICER)).allMatch(r -> r.get("kind").asString().equals("financing"));
        assertThat(list("?limit=2", OFFICER)).hasSize(2);
        assertThat(list("", OFFICER)).hasSizeLessThanOrEqualTo(50);
    }

    /** A financing amount is listed with its currency as a payment's is: once the console showed a bare "3,000.00". */
    @Test
    void aFinancingApplicationIsListedWithItsCurrency() throws Exception {
        JsonNode decided = risk.post("/api/risk/financing", """
                {"applicationId":"f-recent-currency","customerId":880002,"amount":3000,"termMonths":12,
                 "monthlyIncome":9000,"creditHistory":"delayed"}""");
        JsonNode row = list("?kind=financing&limit=200", OFFICER).stream()
                .filter(r -> r.get("subjectId").asString().equals("f-recent-currency")).findFirst().orElseThrow();
        assertThat(row.get("id").asString()).isEqualTo(decided.get("decisionId").asString());
        assertThat(row.get("amount").decimalValue()).isEqualByComparingTo("3000");
        assertThat(row.get("currency").asString()).isEqualTo("CNY");
    }

    @Test
    void badParametersGetEveryFieldError() throws Exception {
        HttpResponse<String> response = get("/api/risk/decisions?decision=MAYBE&kind=loan&limit=0", OFFICER);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asString()).isEqualTo("invalid_request");
        assertThat(body.at("/fields/decision").asString()).isEqualTo("one of APPROVE, REVIEW, DECLINE");
        assertThat(body.at("/fields/kind").asString()).isEqualTo("one of payment, financing");
        assertThat(body.at("/fields/limit").asString()).isEqualTo("a whole number from 1 to 200");
        for (String limit : List.of("201", "ten", "-3")) {
            HttpResponse<String> bad = get("/api/risk/decisions?limit=" + limit, OFFICER);
            assertThat(bad.statusCode()).as(limit).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).at("/fields").propertyNames()).containsExactly("limit");
        }
    }

    @Test
    void callersWithoutAValidKeyAreRefused() throws Exception {
        assertThat(get("/api/risk/decisions", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/risk/decisions", "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> checkout = get("/api/risk/decisions", CHECKOUT);
        assertThat(checkout.statusCode()).as("the checkout's key reads a decision by its id, not the list of all").isEqualTo(403);
        assertThat(JSON.readTree(checkout.body()).get("message").asString()).isEqualTo("listing the stored decisions (the "
                + "checkout's key reads one by its id, GET /api/risk/decisions/{id}) needs a risk officer's key "
                + "(shopdesk.risk.officers or officer-keys)");
    }

    @Test
    void theListIsDescribedInOpenApi() throws Exception {
        JsonNode api = JSON.readTree(get("/v3/api-docs", null).body());
        JsonNode get = api.at("/paths/~1api~1risk~1decisions/get");
        assertThat(get.get("parameters").valueStream().map(p -> p.get("name").asString()))
                .containsExactly("decision", "kind", "limit");
        assertThat(get.get("responses").propertyNames()).contains("200", "400", "401");
    }
}
