package io.shopdesk.risk;

import static io.shopdesk.risk.RiskHttp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The risk API through HTTP: authentication, validation, decisions with reasons, the stored audit record. */
@ShopDeskTest
class RiskApiIT extends RiskServiceOverHttp {
    @Autowired
    JdbcClient jdbc;

    HttpResponse<String> post(String path, String body, String key) throws Exception {
        return risk.request("POST", path, key, body);
    }

    HttpResponse<String> get(String path, String key) throws Exception {
        return risk.request("GET", path, key, null);
    }

    static String payment(String id, String device, String amount) {
        return """
                {"paymentId":"%s","customerId":1,"amount":%s,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-it-%s","deviceId":"%s","ip":"192.0.2.77",
                 "shippingAddress":"上海市浦东新区张杨路500号","billingAddress":"上海市浦东新区张杨路500号","orderId":"SD10000001"}
                """.formatted(id, amount, device, device);
    }

    /** A payment of customer 9 (whom no other test here pays for) from its own device and IP, at {@code timestamp}. */
    static String paymentAt(String id, String amount, java.time.Instant timestamp) {
        return """
                {"paymentId":"%s","customerId":9,"amount":%s,"currency":"CNY","method":"alipay","deviceId":"dev-skew",
                 "ip":"192.0.2.99","timestamp":"%s"}""".formatted(id, amount, timestamp);
    }

    @Test
    void callersWithoutAKeyAreRefused() throws Exception {
        assertThat(post("/api/risk/payments", payment("p-nokey", "dev-1", "10"), null).statusCode()).isEqualTo(401);
        assertThat(post("/api/risk/payments", payment("p-badkey", "dev-1", "10"), "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void badRequestsGetEveryFieldError() throws Exception {
        HttpResponse<String> response = post("/api/risk/payments",
                "{\"paymentId\":\"p-bad\",\"customerId\":1,\"amount\":-5,\"currency\":\"XYZ\",\"method\":\"cash\"}", "dev-risk-key");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode fields = JSON.readTree(response.body()).get("fields");
        assertThat(fields.get("amount").asString()).isEqualTo("must be positive");
        assertThat(fields.get("currency").asString()).startsWith("unknown currency");
        assertThat(fields.get("method").asString()).startsWith("one of card");
        HttpResponse<String> malformed = post("/api/risk/financing", "{\"applicationId\": ", "dev-risk-key");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("error").asString()).isEqualTo("malformed_json");
    }

    /** A field of the wrong JSON type is a field error naming it, in words, without our Java type names. */
    @Test
    void aFieldOfTheWrongTypeIsAFieldErrorNamingIt() throws Exception {
        java.util.Map<String, String> cases = java.util.Map.of(
                "\"customerId\":\"abc\"", "customerId=must be a whole number",
                "\"amount\":\"12,50\"", "amount=must be a number, like 12.50",
                "\"timestamp\":\"yesterday\"", "timestamp=must be an ISO-8601 instant, like 2026-11-01T08:30:00Z",
                "\"method\":[\"card\"]", "method=must be a string");
        for (var c : cases.entrySet()) {
            String body = "{\"paymentId\":\"p-type\",\"customerId\":1,\"amount\":10,\"currency\":\"CNY\",\"method\":\"card\","
                    + c.getKey() + "}";
            HttpResponse<String> response = post("/api/risk/payments", body, "dev-risk-key");
            assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
            JsonNode json = JSON.readTree(response.body());
            assertThat(json.get("error").asString()).as(c.getKey()).isEqualTo("invalid_request");
            String[] expected = c.getValue().split("=", 2);
            assertThat(json.get("fields").propertyNames()).as(c.getKey()).containsExactly(expected[0]);
            assertThat(json.at("/fields/" + expected[0]).asString()).isEqualTo(expected[1]);
            assertThat(response.body()).doesNotContain("java.").doesNotContain("io.shopdesk").doesNotContain("`");
        }
        HttpResponse<String> notAnObject = post("/api/risk/payments", "[1,2]", "dev-risk-key");
        assertThat(notAnObject.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notAnObject.body()).get("message").asString()).isEqualTo("The body must be a JSON object");
    }

    /**
     * A field the request does not have is refused, not ignored: "monthly_income" once scored the application as if
     * no income had been given, and approved it without a word to the caller. The answer names the field and lists
     * the request's own, and nothing is decided or stored.
     */
    @Test
    void aFieldTheRequestDoesNotHaveIsRefusedNamingIt() throws Exception {
        HttpResponse<String> misspelt = post("/api/risk/financing", """
                {"applicationId":"f-unknown","customerId":2,"amount":6000,"termMonths":12,"monthly_income":15000}""",
                "dev-risk-key");
        assertThat(misspelt.statusCode()).isEqualTo(400);
        JsonNode json = JSON.readTree(misspelt.body());
        assertThat(json.get("error").asString()).isEqualTo("invalid_request");
        assertThat(json.get("fields").propertyNames()).containsExactly("monthly_income");
        assertThat(json.at("/fields/monthly_income").asString())
                .startsWith("is not a field of this request; the fields are ").contains("monthlyIncome", "termMonths");
        HttpResponse<String> nested = post("/api/risk/financing", """
                {"applicationId":"f-unknown","customerId":2,"amount":6000,"termMonths":12,"applicant":{"income":15000}}""",
                "dev-risk-key");
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(nested.body()).get("fields").propertyNames()).containsExactly("applicant");
        HttpResponse<String> payment = post("/api/risk/payments",
                payment("p-unknown", "dev-unknown", "10").replaceFirst("\\{", "{\"cardNumber\":\"4111\","), "dev-risk-key");
        assertThat(payment.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(payment.body()).get("fields").propertyNames()).containsExactly("cardNumber");
        assertThat(payment.body()).doesNotContain("java.").doesNotContain("io.shopdesk");
        assertThat(jdbc.sql("SELECT count(*) FROM risk_decisions WHERE subject_id IN ('f-unknown', 'p-unknown')")
                .query(Long.class).single()).isZero();
    }

    /**
     * Housing, employment and credit history take the scorecard's and model's words only (stop 33): "paid_duly",
     * "employed" and "castle" were accepted and scored as if not given, so a lender's typo took away the scorecard's
     * points without a word. Each is named with the values it takes, and nothing is decided or stored.
     */
    @Test
    void anApplicantAttributeTheScorecardDoesNotKnowIsRefusedWithItsValues() throws Exception {
        HttpResponse<String> unknown = post("/api/risk/financing", """
                {"applicationId":"f-words","customerId":2,"amount":6000,"termMonths":12,"housing":"castle",
                 "employment":"employed","creditHistory":"paid_duly"}""", "dev-risk-key");
        assertThat(unknown.statusCode()).isEqualTo(400);
        JsonNode json = JSON.readTree(unknown.body());
        assertThat(json.get("error").asString()).isEqualTo("invalid_request");
        assertThat(json.at("/fields/housing").asString()).isEqualTo("one of own, rent, free (leave it out when not known)");
        assertThat(json.at("/fields/employment").asString()).isEqualTo("one of unemployed, less_than_1_year, 1_to_4_years, "
                + "4_to_7_years, 7_years_plus (leave it out when not known)");
        assertThat(json.at("/fields/creditHistory").asString()).isEqualTo("one of no_credits, all_paid, existing_paid, "
                + "delayed, critical (leave it out when not known)");
        assertThat(jdbc.sql("SELECT count(*) FROM risk_decisions WHERE subject_id = 'f-words'").query(Long.class).single())
                .isZero();

        HttpResponse<String> known = post("/api/risk/financing", """
                {"applicationId":"f-words-2","customerId":2,"amount":6000,"termMonths":12,"housing":"free",
                 "employment":"4_to_7_years","creditHistory":"no_credits"}""", "dev-risk-key");
        assertThat(known.statusCode()).as(known.body()).isEqualTo(200);
    }

    /** 1e20 once overflowed the velocity sums after the rules ran: a 500, and nothing stored. */
    @Test
    void amountsAreBoundedAndHaveAtMostTwoDecimals() throws Exception {
        HttpResponse<String> huge = post("/api/risk/payments", payment("p-huge", "dev-huge", "1e20"), "dev-risk-key");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(huge.body()).at("/fields/amount").asString()).isEqualTo("must be at most 1000000000, with at most 2 decimals");
        HttpResponse<String> fraction = post("/api/risk/payments", payment("p-fraction", "dev-huge", "12.345"), "dev-risk-key");
        assertThat(JSON.readTree(fraction.body()).at("/fields/amount").asString()).isEqualTo("must be at most 1000000000, with at most 2 decimals");
        HttpResponse<String> financing = post("/api/risk/financing", """
                {"applicationId":"f-huge","customerId":2,"amount":1e20,"termMonths":12}""", "dev-risk-key");
        assertThat(financing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(financing.body()).at("/fields/amount").asString()).isEqualTo("must be at most 1000000000, with at most 2 decimals");
    }

    @Test
    void aPaymentIsScoredExplainedAndStored() throws Exception {
        HttpResponse<String> response = post("/api/risk/payments", payment("p-it-1", "dev-it-1", "299"), "dev-risk-key");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode decision = JSON.readTree(response.body());
        assertThat(decision.get("decision").asString()).isEqualTo("APPROVE");
        assertThat(decision.get("ruleSetVersion").asString()).hasSize(12);
        assertThat(decision.get("reasons").valueStream().map(r -> r.get("code").asString()))
                .contains("NEW_DEVICE", "NEW_IP");
        JsonNode stored = JSON.readTree(get("/api/risk/decisions/" + decision.get("decisionId").asString(), "dev-risk-key").body());
        assertThat(stored.at("/decision/decision").asString()).isEqualTo("APPROVE");
        assertThat(stored.at("/input/paymentId").asString()).isEqualTo("p-it-1");
        assertThat(stored.get("firedRules").valueStream().map(JsonNode::asString)).contains("FirstSeenDevice", "ApproveBelow40");
        assertThat(decision.get("decidedBy").asString()).isEqualTo("ApproveBelow40");
        assertThat(stored.at("/decision/decidedBy").asString()).as("stored with the decision").isEqualTo("ApproveBelow40");
    }

    @Test
    void velocityBuildsUpAcrossRequestsOnOneDevice() throws Exception {
        String last = null;
        for (int i = 0; i < 6; i++) {
            last = post("/api/risk/payments", payment("p-burst-" + i, "dev-burst", "5"), "dev-risk-key").body();
        }
        JsonNode decision = JSON.readTree(last);
        assertThat(decision.get("reasons").valueStream().map(r -> r.get("code").asString()))
                .contains("VELOCITY_DEVICE_10M", "VELOCITY_CARD_10M", "VELOCITY_CUSTOMER_10M", "CARD_TESTING_SMALL_AMOUNTS");
        assertThat(decision.get("decision").asString()).isEqualTo("DECLINE");
        // The audit keeps the counts behind those reasons: velocity lives in memory, nothing could rebuild them later.
        JsonNode facts = JSON.readTree(get("/api/risk/decisions/" + decision.get("decisionId").asString(),
                "dev-risk-key").body()).get("facts");
        assertThat(facts.at("/device/count10m").asInt()).as(facts.toString()).isEqualTo(5);
        assertThat(facts.at("/card/count10m").asInt()).isEqualTo(5);
        assertThat(facts.at("/card/sum10m").decimalValue()).isEqualByComparingTo("25");
        assertThat(facts.at("/customer/count10m").asInt()).as("other tests pay as customer 1 too").isGreaterThanOrEqualTo(5);
        assertThat(facts.at("/amountCny").decimalValue()).isEqualByComparingTo("5");
        assertThat(facts.get("firstSeenDevice").asBoolean()).isFalse();
        assertThat(facts.get("deviceBlocked").asBoolean()).isFalse();
        assertThat(facts.at("/conversation/addressChangeRequested").asBoolean()).isFalse();
    }

    /**
     * The client's timestamp does not drive velocity or the decision's time: one two days ahead would have emptied the
     * device's, card's and IP's windows, one two days back would have been scored with no history.
     */
    @Test
    void aTimestampFarFromTheServersClockIsRefusedAndTheDecisionIsDatedByTheServer() throws Exception {
        java.time.Instant now = java.time.Instant.now();
        java.time.Instant ahead = now.plus(java.time.Duration.ofDays(2));
        HttpResponse<String> refused = post("/api/risk/payments", paymentAt("p-skew-ahead", "10", ahead), "dev-risk-key");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.get("error").asString()).isEqualTo("invalid_request");
        assertThat(body.at("/fields/timestamp").asString()).startsWith("must not be more than 5 minutes ahead of the server's clock (");

        // A payment queued during an outage and sent two days late is decided, at the server's time.
        java.time.Instant queuedBefore = java.time.Instant.now();
        HttpResponse<String> queued = post("/api/risk/payments",
                paymentAt("p-skew-queued", "10", now.minus(java.time.Duration.ofDays(2))), "dev-risk-key");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
        assertThat(java.time.Instant.parse(JSON.readTree(queued.body()).get("decidedAt").asString())).isAfterOrEqualTo(queuedBefore);
        HttpResponse<String> financing = post("/api/risk/financing", """
                {"applicationId":"f-skew","customerId":2,"amount":600,"termMonths":6,"monthlyIncome":9000,
                 "timestamp":"%s"}""".formatted(now.plus(java.time.Duration.ofHours(1))), "dev-risk-key");
        assertThat(financing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(financing.body()).at("/fields/timestamp").asString()).startsWith("must not be more than 5 minutes ahead");

        java.time.Instant clientTime = now.minus(java.time.Duration.ofMinutes(4));
        java.time.Instant before = java.time.Instant.now();
        HttpResponse<String> accepted = post("/api/risk/payments", paymentAt("p-skew-ok", "10", clientTime), "dev-risk-key");
        assertThat(accepted.statusCode()).isEqualTo(200);
        java.time.Instant decidedAt = java.time.Instant.parse(JSON.readTree(accepted.body()).get("decidedAt").asString());
        assertThat(decidedAt).as("the server's time, not the client's").isBetween(before, java.time.Instant.now());
    }

    /**
     * A checkout's retries get the first decision back, and count once in velocity: five retries of a CNY 5 card
     * payment once made the card's next payment look like card testing.
     */
    @Test
    void aPaymentIdDecidedBeforeGetsItsDecisionBackAndCountsOnce() throws Exception {
        String first = post("/api/risk/payments", payment("p-retry-1", "dev-retry", "5"), "dev-risk-key").body();
        String decisionId = JSON.readTree(first).get("decisionId").asString();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> retry = post("/api/risk/payments", payment("p-retry-1", "dev-retry", "5"), "dev-risk-key");
            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(retry.body()).get("decisionId").asString()).isEqualTo(decisionId);
            assertThat(JSON.readTree(retry.body()).get("reasons")).isEqualTo(JSON.readTree(first).get("reasons"));
        }
        HttpResponse<String> late = post("/api/risk/payments", payment("p-retry-1", "dev-retry", "5").replace("\"orderId\"",
                "\"timestamp\":\"" + java.time.Instant.now().minus(java.time.Duration.ofHours(1)) + "\",\"orderId\""), "dev-risk-key");
        assertThat(late.statusCode()).as("a late retry with its first timestamp still gets its decision").isEqualTo(200);
        assertThat(JSON.readTree(late.body()).get("decisionId").asString()).isEqualTo(decisionId);

        // The id reused for another payment: neither the earlier decision nor a new one.
        HttpResponse<String> reused = post("/api/risk/payments", payment("p-retry-1", "dev-retry", "50000"), "dev-risk-key");
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
        assertThat(JSON.readTree(reused.body()).get("error").asString()).isEqualTo("payment_conflict");
        assertThat(JSON.readTree(reused.body()).get("message").asString()).contains("amount").doesNotContain("customerId");
        assertThat(JSON.readTree(reused.body()).get("differences").valueStream().map(JsonNode::asString)).containsExactly("amount");
        assertThat(get("/api/risk/decisions/" + decisionId, "dev-risk-key").statusCode()).isEqualTo(200);
        HttpResponse<String> otherCustomer = post("/api/risk/payments",
                payment("p-retry-1", "dev-retry", "5.00").replace("\"customerId\":1", "\"customerId\":2"), "dev-risk-key");
        assertThat(otherCustomer.statusCode()).as("read back from the audit table, after the flush above").isEqualTo(409);
        assertThat(JSON.readTree(otherCustomer.body()).get("message").asString()).contains("customerId").doesNotContain("amount");
        JsonNode next = JSON.readTree(post("/api/risk/payments", payment("p-retry-2", "dev-retry", "5"), "dev-risk-key").body());
        assertThat(next.get("reasons").valueStream().map(r -> r.get("code").asString()))
                .doesNotContain("VELOCITY_CARD_10M", "CARD_TESTING_SMALL_AMOUNTS", "VELOCITY_DEVICE_10M");

        java.util.List<java.util.concurrent.Callable<String>> racing = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racing.add(() -> JSON.readTree(post("/api/risk/payments", payment("p-race", "dev-race", "20"), "dev-risk-key").body())
                    .get("decisionId").asString());
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var f : pool.invokeAll(racing)) {
                ids.add(f.get());
            }
            assertThat(ids).as("concurrent retries share one decision").hasSize(1);
        }
        assertThat(get("/api/risk/decisions/" + decisionId, "dev-risk-key").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM risk_decisions WHERE subject_id IN ('p-retry-1', 'p-race')")
                .query(Integer.class).single()).isEqualTo(2);
    }

    /** A financing application of customer 2, {@code amount} over {@code termMonths}. */
    static String application(String id, String amount, int termMonths) {
        return """
                {"applicationId":"%s","customerId":2,"amount":%s,"termMonths":%d,"purpose":"electronics",
                 "monthlyIncome":15000,"employment":"7_years_plus","existingCredits":1,"housing":"own",
                 "creditHistory":"all_paid","age":38}
                """.formatted(id, amount, termMonths);
    }

    int storedRows(String subjectId) {
        return jdbc.sql("SELECT count(*) FROM risk_decisions WHERE subject_id = :s").param("s", subjectId)
                .query(Integer.class).single();
    }

    /**
     * A lender's retries of a financing pre-check get the first decision back and store no second one; the id reused
     * for another application is refused, naming what differs, and stores nothing.
     */
    @Test
    void aFinancingApplicationIdDecidedBeforeGetsItsDecisionBack() throws Exception {
        HttpResponse<String> first = post("/api/risk/financing", application("f-retry-1", "6000", 12), "dev-risk-key");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String decisionId = JSON.readTree(first.body()).get("decisionId").asString();
        HttpResponse<String> retry = post("/api/risk/financing", application("f-retry-1", "6000.00", 12), "dev-risk-key");
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(retry.body()).get("decisionId").asString()).isEqualTo(decisionId);
        assertThat(JSON.readTree(retry.body()).get("reasons")).isEqualTo(JSON.readTree(first.body()).get("reasons"));

        HttpResponse<String> reused = post("/api/risk/financing", application("f-retry-1", "60000", 12), "dev-risk-key");
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
        JsonNode conflict = JSON.readTree(reused.body());
        assertThat(conflict.get("error").asString()).isEqualTo("financing_conflict");
        assertThat(conflict.get("message").asString()).isEqualTo("financing application f-retry-1 was decided before "
                + "with other details (amount); a new application needs a new applicationId");
        assertThat(conflict.get("differences").valueStream().map(JsonNode::asString)).containsExactly("amount");
        assertThat(get("/api/risk/decisions/" + decisionId, "dev-risk-key").statusCode()).isEqualTo(200);
        HttpResponse<String> longer = post("/api/risk/financing",
                application("f-retry-1", "6000", 36).replace("\"customerId\":2", "\"customerId\":3"), "dev-risk-key");
        assertThat(longer.statusCode()).as("read back from the audit table, after the flush above").isEqualTo(409);
        assertThat(JSON.readTree(longer.body()).get("differences").valueStream().map(JsonNode::asString))
                .containsExactly("customerId", "termMonths");
        get("/api/risk/decisions/" + decisionId, "dev-risk-key"); // waits for any row the refusals might have stored
        assertThat(storedRows("f-retry-1")).isEqualTo(1);

        java.util.List<java.util.concurrent.Callable<String>> racing = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racing.add(() -> JSON.readTree(post("/api/risk/financing", application("f-race", "3000", 6), "dev-risk-key")
                    .body()).get("decisionId").asString());
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var f : pool.invokeAll(racing)) {
                ids.add(f.get());
            }
            assertThat(ids).as("concurrent retries share one decision").hasSize(1);
            assertThat(get("/api/risk/decisions/" + ids.iterator().next(), "dev-risk-key").statusCode()).isEqualTo(200);
        }
        assertThat(storedRows("f-race")).isEqualTo(1);
    }

    @Test
    void aFinancingApplicationIsScoredWithTheScorecard() throws Exception {
        HttpResponse<String> response = post("/api/risk/financing", """
                {"applicationId":"f-it-1","customerId":2,"amount":6000,"termMonths":12,"purpose":"electronics",
                 "monthlyIncome":15000,"employment":"7_years_plus","existingCredits":1,"housing":"own",
                 "creditHistory":"all_paid","age":38}
                """, "dev-risk-key");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode decision = JSON.readTree(response.body());
        assertThat(decision.get("kind").asString()).isEqualTo("financing");
        assertThat(decision.get("reasons").valueStream().map(r -> r.get("rule").asString()))
                .contains("ScorecardHomeOwner", "ScorecardLongEmployment", "ScorecardCleanHistory",
                        "ModelLowDefaultProbability");
        assertThat(decision.get("decision").asString()).isEqualTo("APPROVE");
        assertThat(decision.get("modelVersion").asString()).as("the release shipped in nlp-models/financing-model")
                .isEqualTo(SHIPPED_MODEL_VERSION);
    }

    static final String SHIPPED_MODEL_VERSION = "financing-" + io.shopdesk.risk.model.FinancingModelStore
            .manifest(java.nio.file.Path.of("nlp-models/financing-model")).version();

    /** The shipped (synthetic) model scores a clearly risky applicant high, and its rule adds to the decline. */
    @Test
    void aRiskyApplicationGetsTheShippedModelsHighDefaultProbability() throws Exception {
        HttpResponse<String> response = post("/api/risk/financing", """
                {"applicationId":"f-it-risky","customerId":2,"amount":24000,"termMonths":36,"purpose":"luxury",
                 "monthlyIncome":1500,"employment":"unemployed","existingCredits":3,"housing":"rent",
                 "creditHistory":"critical","age":23}
                """, "dev-risk-key");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode decision = JSON.readTree(response.body());
        assertThat(decision.get("modelVersion").asString()).isEqualTo(SHIPPED_MODEL_VERSION);
        assertThat(decision.get("reasons").valueStream().map(r -> r.get("code").asString()))
                .contains("MODEL_HIGH_RISK", "INSTALMENT_UNAFFORDABLE", "SC_UNEMPLOYED", "SC_CRITICAL_HISTORY")
                .doesNotContain("MODEL_LOW_RISK", "MODEL_MEDIUM_RISK");
        assertThat(decision.get("decision").asString()).isEqualTo("DECLINE");
        JsonNode stored = JSON.readTree(get("/api/risk/decisions/" + decision.get("decisionId").asString(),
                "dev-risk-key").body());
        assertThat(stored.at("/decision/modelVersion").asString()).as("the audit records the model").isEqualTo(SHIPPED_MODEL_VERSION);
        assertThat(stored.at("/facts/defaultProbability").asDouble()).as("the facts the rules saw")
                .isEqualTo(stored.get("defaultProbability").asDouble()).isGreaterThanOrEqualTo(0.6);
        assertThat(stored.at("/facts/modelVersion").asString()).isEqualTo(SHIPPED_MODEL_VERSION);
    }

    @Test
    void onlyARiskOfficersKeyChangesTheRules() throws Exception {
        String body = "{\"version\":\"000000000000\",\"reason\":\"undo a test edit\"}";
        HttpResponse<String> checkout = post("/api/risk/rules/rollback", body, "dev-risk-key");
        assertThat(checkout.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(checkout.body()).get("error").asString()).isEqualTo("forbidden");
        assertThat(post("/api/risk/rules/rollback", body, "nonsense").statusCode()).isEqualTo(401);
        HttpResponse<String> officer = post("/api/risk/rules/rollback", body, "dev-risk-officer-key");
        assertThat(officer.statusCode()).as("past the key check: the version is unknown").isEqualTo(404);
        assertThat(get("/api/risk/rules", "dev-risk-officer-key").statusCode()).isEqualTo(200);
        assertThat(get("/api/risk/rules", "dev-risk-key").statusCode()).isEqualTo(200);
    }

    /**
     * Spring routes on the decoded path, so a percent-encoded spelling of the rollback's path reaches the rollback:
     * the officer-key check must hold for it too, and a path spelt to miss the interceptor must still need a key.
     */
    @Test
    void aPercentEncodedPathDoesNotGetTheCheckoutsKeyPastTheOfficerCheck() throws Exception {
        String body = "{\"version\":\"000000000000\",\"reason\":\"undo a test edit\"}";
        for (String path : java.util.List.of("/api/risk/%72ules/rollback", "/api/risk/rules/%72ollback",
                "/api/%72isk/rules/rollback")) {
            HttpResponse<String> checkout = post(path, body, "dev-risk-key");
            assertThat(checkout.statusCode()).as(path).isEqualTo(403);
            assertThat(JSON.readTree(checkout.body()).get("error").asString()).as(path).isEqualTo("forbidden");
            assertThat(post(path, body, null).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(post("/api/risk/rules/rollback", body, "dev-risk-officer-key").statusCode())
                .as("the officer's key still passes: the version is unknown").isEqualTo(404);
    }

    /** Once Spring's own error page: the rollback's caller gets the risk API's error shape like every other's. */
    @Test
    void aRollbackThatIsNotJsonGetsTheApisErrorShape() throws Exception {
        String officer = "dev-risk-officer-key";
        HttpResponse<String> notJson = post("/api/risk/rules/rollback", "version=abc", officer);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).get("error").asString()).isEqualTo("malformed_json");

        HttpResponse<String> noBody = post("/api/risk/rules/rollback?version=abc", "", officer);
        assertThat(noBody.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noBody.body())).isEqualTo(JSON.readTree("""
                {"error":"malformed_json","message":"The body is missing: send a JSON object"}"""));

        HttpResponse<String> notAnObject = post("/api/risk/rules/rollback", "\"abc\"", officer);
        assertThat(JSON.readTree(notAnObject.body()).get("message").asString()).isEqualTo("The body must be a JSON object");

        HttpResponse<String> noReason = post("/api/risk/rules/rollback", "{\"version\":\"000000000000\"}", officer);
        assertThat(noReason.statusCode()).as("an auditor must read why: the reason is required").isEqualTo(400);
        assertThat(JSON.readTree(noReason.body())).isEqualTo(JSON.readTree("""
                {"error":"invalid_request","fields":{"reason":"required: say why you roll back (at most 300 characters)"}}"""));
        HttpResponse<String> blankReason = post("/api/risk/rules/rollback", "{\"reason\":\"  \\n \"}", officer);
        assertThat(JSON.readTree(blankReason.body())).isEqualTo(JSON.readTree("""
                {"error":"invalid_request","fields":{"reason":"required: say why you roll back (at most 300 characters)",
                 "version":"required"}}"""));

        HttpResponse<String> wrongType = post("/api/risk/rules/rollback", "{\"version\":[1]}", officer);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongType.body())).isEqualTo(JSON.readTree("""
                {"error":"invalid_request","fields":{"version":"must be a string"}}"""));

        HttpResponse<String> text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/risk/rules/rollback"))
                .header("Content-Type", "text/plain").header("X-Api-Key", officer)
                .POST(HttpRequest.BodyPublishers.ofString("abc")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(text.body())).isEqualTo(JSON.readTree("""
                {"error":"unsupported_media_type","message":"Send the body as JSON (Content-Type: application/json)"}"""));


        // The review queue's query string, undecodable (sent raw: Java's HTTP client will not send it).
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/risk/decisions?limit=%ZZ HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: "
                    + officer + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(JSON.readTree(response.substring(response.indexOf('{'), response.lastIndexOf('}') + 1)))
                    .isEqualTo(JSON.readTree("""
                            {"error":"malformed_query","message":"The query string cannot be decoded: URL-encode its values \
                            (a % is followed by two hex digits)"}"""));
        }
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        JsonNode api = JSON.readTree(get("/v3/api-docs", null).body());
        assertThat(api.get("paths").propertyNames()).contains("/api/risk/payments", "/api/risk/financing",
                "/api/risk/decisions/{id}", "/api/risk/rules/rollback", "/api/chat/messages");
        assertThat(api.at("/components/securitySchemes/riskApiKey/name").asString()).isEqualTo("X-Api-Key");
        assertThat(api.at("/paths/~1api~1risk~1payments/post/description").asString())
                .contains("Idempotent per paymentId: a payment id decided before gets that decision back");
        assertThat(api.at("/paths/~1api~1risk~1financing/post/description").asString())
                .contains("Idempotent per applicationId: an application id decided before gets that decision back");
        assertThat(api.at("/components/schemas/RiskDecision/properties/decidedBy/description").asString())
                .startsWith("The rule that decided: the threshold rule whose decision stood")
                .contains("\"engine\" when no rule decided");
    }

    @Test
    void theLiveRuleVersionIsReportedAndRecordedInTheDatabase() throws Exception {
        JsonNode body = JSON.readTree(get("/api/risk/rules", "dev-risk-key").body());
        String live = body.at("/status/liveVersion").asString();
        assertThat(live).hasSize(12);
        assertThat(body.at("/status/ready").asBoolean()).isTrue();
        assertThat(body.at("/status/lastProblems").size()).isZero();
        assertThat(body.at("/status/files").valueStream().map(JsonNode::asString))
                .containsExactly("financing-scorecard.drl.csv", "financing.drl", "payments.drl", "thresholds.drl");
        assertThat(body.get("versions").valueStream().map(v -> v.get("version").asString())).contains(live);
        assertThat(jdbc.sql("SELECT count(*) FROM rule_versions WHERE rule_set = 'risk' AND version = :v")
                .param("v", live).query(Integer.class).single()).isPositive();
    }
}
