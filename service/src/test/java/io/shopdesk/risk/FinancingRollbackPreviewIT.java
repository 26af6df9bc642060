package io.shopdesk.risk;

import static io.shopdesk.risk.RiskHttp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.risk.internal.DecisionAuditWriter;
import io.shopdesk.risk.internal.CustomerTimelines;
import io.shopdesk.risk.internal.RiskContextRepository;
import io.shopdesk.ruleengine.RuleSetStatus;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A rollback preview replays financing decisions too, through HTTP on the real service (real H2, the shipped model,
 * the shipped rules copied to a temporary folder so that an edit of a financing threshold can go live): each financing
 * decision is stored with the model's probability, the preview decides it again with that stored probability (not
 * with today's model) under the live and the previewed version, reports the applications whose decision flips, and
 * counts the financing decisions stored before probabilities were (which it cannot replay). The customers of the
 * replayed decisions are read per batch and come out as the per-decision read has them.
 */
@OwnDatabaseTest(database = "shopdesk-financing-preview")
class FinancingRollbackPreviewIT extends RiskServiceOnCopiedRules {
    static final String SHIPPED_MODEL = "financing-" + io.shopdesk.risk.model.FinancingModelStore
            .manifest(Path.of("nlp-models/financing-model")).version();

    @Autowired
    DefaultProbabilityModel model;

    @Autowired
    RiskContextRepository context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionAuditWriter audit;

    /**
     * 3,000 over 12 months on 3,000 a month, delays in the past, from a customer the shop does not know. The shipped
     * model gives it about 0.25: no model rule under the shipped thresholds (none between 0.15 and 0.35), so
     * NEW_ACCOUNT_FINANCING 15 + SC_DELAYED_HISTORY 15 = 30, APPROVE; with the medium band widened down to 0.2,
     * MODEL_MEDIUM_RISK adds 20: 50, REVIEW.
     */
    static String application(String id) {
        return """
                {"applicationId":"%s","customerId":880001,"amount":3000,"termMonths":12,"monthlyIncome":3000,
                 "creditHistory":"delayed"}""".formatted(id);
    }

    static FinancingRequest request(String id) {
        return new FinancingRequest(id, 880001L, new BigDecimal("3000"), 12, null, new BigDecimal("3000"), null, null,
                null, "delayed", null, null, null);
    }

    record StoredScore(Double probability, String modelVersion) {
    }

    /** The row as written: decisions are stored in the background, so pending rows are flushed first. */
    StoredScore stored(String decisionId) {
        audit.flush();
        return jdbc.sql("SELECT default_probability, model_version FROM risk_decisions WHERE id = :id")
                .param("id", decisionId)
                .query((rs, n) -> new StoredScore(rs.getObject(1) == null ? null : rs.getDouble(1), rs.getString(2)))
                .single();
    }

    @Test
    void financingDecisionsAreReplayedWithTheirStoredProbabilityAndAThresholdEditFlipsThem() throws Exception {
        String shipped = engine.status("risk").liveVersion();
        double probability = model.score(request("f-prev-a")).probability();
        assertThat(probability).as("the shipped model's score of the application").isBetween(0.2, 0.35);

        JsonNode a = risk.post("/api/risk/financing", application("f-prev-a"));
        assertThat(a.get("decision").asString()).isEqualTo("APPROVE");
        assertThat(a.get("score").asInt()).isEqualTo(30);
        assertThat(stored(a.get("decisionId").asString())).as("stored beside the input: what a replay needs")
                .isEqualTo(new StoredScore(probability, SHIPPED_MODEL));
        // The auditor reads it with the decision: once, only the model's version was shown, not what it said.
        JsonNode read = risk.officerGet("/api/risk/decisions/" + a.get("decisionId").asString());
        assertThat(read.get("defaultProbability").asDouble()).isEqualTo(probability);
        assertThat(read.at("/decision/modelVersion").asString()).isEqualTo(SHIPPED_MODEL);
        JsonNode payment = risk.post("/api/risk/payments", """
                {"paymentId":"p-prev-fin-1","customerId":880001,"amount":120,"currency":"CNY","method":"alipay",
                 "deviceId":"dev-prev-fin","ip":"192.0.2.77"}""");
        assertThat(stored(payment.get("decisionId").asString())).as("a payment has no model score")
                .isEqualTo(new StoredScore(null, "none"));
        assertThat(risk.officerGet("/api/risk/decisions/" + payment.get("decisionId").asString())
                .get("defaultProbability").isNull()).isTrue();

        Path financing = engine.folder("risk").resolve("financing.drl");
        String text = Files.readString(financing);
        String widened = text.replace("defaultProbability >= 0.35, defaultProbability < 0.6",
                "defaultProbability >= 0.2, defaultProbability < 0.6");
        assertThat(widened).isNotEqualTo(text);
        Files.writeString(financing, widened);
        RuleSetStatus status = engine.reload("risk");
        assertThat(status.lastProblems()).as("the scenarios pass the edit").isEmpty();
        String live = status.liveVersion();
        JsonNode b = risk.post("/api/risk/financing", application("f-prev-b"));
        assertThat(b.get("decision").asString()).isEqualTo("REVIEW");
        assertThat(b.get("score").asInt()).isEqualTo(50);
        // As if an older model release had scored it 0.5: a medium risk under both versions, so no flip. Scored
        // again with today's model (0.25) it would flip like the others.
        JsonNode c = risk.post("/api/risk/financing", application("f-prev-c"));
        audit.flush();
        jdbc.sql("UPDATE risk_decisions SET default_probability = 0.5 WHERE id = :id")
                .param("id", c.get("decisionId").asString()).update();
        insertFinancingStoredBeforeProbabilities("f-prev-old");

        JsonNode preview = risk.officerGet("/api/risk/rules/rollback/preview?version=" + shipped + "&hours=1");

        assertThat(preview.get("liveVersion").asString()).isEqualTo(live);
        assertThat(preview.get("financingProbability").asString()).isEqualTo("stored");
        assertThat(preview.get("financingInWindow").asInt()).isEqualTo(4);
        assertThat(preview.get("financingWithoutScore").asInt()).as("the row stored before V33").isEqualTo(1);
        assertThat(preview.get("paymentsInWindow").asInt()).isEqualTo(1);
        assertThat(preview.at("/replayedByKind/financing").asInt()).isEqualTo(3);
        assertThat(preview.at("/replayedByKind/payment").asInt()).isEqualTo(1);
        assertThat(preview.get("replayed").asInt()).isEqualTo(4);
        assertThat(preview.get("capped").asBoolean()).isFalse();
        assertThat(preview.get("flipped").asInt()).isEqualTo(2);
        assertThat(preview.get("changes")).hasSize(1);
        assertThat(JSON.writeValueAsString(preview.get("changes").get(0)))
                .isEqualTo("{\"kind\":\"financing\",\"from\":\"REVIEW\",\"to\":\"APPROVE\",\"count\":2}");
        Map<String, JsonNode> flips = new HashMap<>();
        preview.get("sample").forEach(f -> flips.put(f.get("applicationId").asString(), f));
        assertThat(flips).containsOnlyKeys("f-prev-a", "f-prev-b");
        JsonNode flipA = flips.get("f-prev-a");
        assertThat(flipA.get("decisionId").asString()).isEqualTo(a.get("decisionId").asString());
        assertThat(flipA.get("kind").asString()).isEqualTo("financing");
        assertThat(flipA.get("paymentId").isNull()).isTrue();
        assertThat(flipA.get("customerId").asLong()).isEqualTo(880001);
        assertThat(flipA.get("modelVersion").asString()).isEqualTo(SHIPPED_MODEL);
        assertThat(flipA.get("defaultProbability").asDouble()).isEqualTo(probability);
        assertThat(flipA.get("storedRuleSetVersion").asString()).isEqualTo(shipped);
        assertThat(JSON.writeValueAsString(flipA.get("stored"))).isEqualTo(
                "{\"decision\":\"APPROVE\",\"score\":30,\"decidedBy\":\"ApproveBelow40\"}");
        assertThat(JSON.writeValueAsString(flipA.get("live"))).isEqualTo(
                "{\"decision\":\"REVIEW\",\"score\":50,\"decidedBy\":\"ReviewAt40\"}");
        assertThat(JSON.writeValueAsString(flipA.get("version"))).isEqualTo(
                "{\"decision\":\"APPROVE\",\"score\":30,\"decidedBy\":\"ApproveBelow40\"}");
        JsonNode flipB = flips.get("f-prev-b");
        assertThat(flipB.get("storedRuleSetVersion").asString()).isEqualTo(live);
        assertThat(JSON.writeValueAsString(flipB.get("stored"))).as("stored with the rule that decided it").isEqualTo(
                "{\"decision\":\"REVIEW\",\"score\":50,\"decidedBy\":\"ReviewAt40\"}");
        assertThat(flipB.at("/version/decision").asString()).isEqualTo("APPROVE");
        assertThat(preview.get("decidedByLive").asInt()).as("b and c (a and the payment came before the edit)")
                .isEqualTo(2);
        assertThat(preview.get("liveReplayMatches").asInt()).as("b and c decided again as stored").isEqualTo(2);

        JsonNode same = risk.officerGet("/api/risk/rules/rollback/preview?version=" + live + "&hours=1");
        assertThat(same.get("flipped").asInt()).as("the live version against itself").isZero();
        assertThat(same.get("financingWithoutScore").asInt()).isEqualTo(1);
    }

    /** A financing decision as stored before V33: its input and model version, no probability. */
    void insertFinancingStoredBeforeProbabilities(String applicationId) {
        jdbc.sql("""
                        INSERT INTO risk_decisions (id, kind, subject_id, customer_id, decision, score, reasons, input,
                            fired_rules, rule_set_version, model_version, created_at, application_id)
                        VALUES (:id, 'financing', :app, 880001, 'APPROVE', 30, '[]', :input, '[]', 'v-before', :model,
                            :at, :app)""")
                .param("id", "d-" + applicationId).param("app", applicationId)
                .param("input", JSON.writeValueAsString(request(applicationId))).param("model", SHIPPED_MODEL)
                .param("at", Timestamp.from(Instant.now())).update();
    }

    /**
     * What the preview reads per batch of customers says about each customer at each time what the read per decision
     * says: account age, tier, orders placed by then, failed payments in the 24 hours before (nothing after the time
     * asked for); for ids beyond the first batch too, and for a customer the shop does not know.
     */
    @Test
    void customersReadPerBatchAreTheCustomersReadPerDecision() {
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO customers (id, name, phone, tier, created_at) VALUES (880101, 'Batch', '13900880101', "
                + "'gold', :at)").param("at", Timestamp.from(now.minus(Duration.ofDays(400)))).update();
        // One order long ago, one 5 hours ago: at 10 hours ago the customer had one.
        jdbc.sql("INSERT INTO orders (id, customer_id, total, shipping_address, created_at) VALUES ('SD88010101', "
                + "880101, 10, 'x', :at)").param("at", Timestamp.from(now.minus(Duration.ofDays(100)))).update();
        jdbc.sql("INSERT INTO orders (id, customer_id, total, shipping_address, created_at) VALUES ('SD88010102', "
                + "880101, 10, 'x', :at)").param("at", Timestamp.from(now.minus(Duration.ofHours(5)))).update();
        int n = 0;
        for (Duration ago : List.of(Duration.ofHours(30), Duration.ofHours(20), Duration.ofHours(2))) {
            jdbc.sql("INSERT INTO payments (id, order_id, customer_id, amount, method, status, failure_code, created_at) "
                            + "VALUES (:id, 'SD88010101', 880101, 10, 'card', 'failed', 'card_declined', :at)")
                    .param("id", "pay-batch-" + n++).param("at", Timestamp.from(now.minus(ago))).update();
        }
        List<Long> ids = new ArrayList<>(LongStream.range(990000, 990600).boxed().toList());
        ids.add(880101L);
        ids.add(1L);
        Instant from = now.minus(Duration.ofHours(30));
        CustomerTimelines batch = context.customers(ids, from);
        for (long id : List.of(880101L, 1L, 990001L)) {
            for (Duration ago : List.of(Duration.ofHours(30), Duration.ofHours(10), Duration.ofHours(1), Duration.ZERO)) {
                Instant at = now.minus(ago);
                assertThat(batch.at(id, at)).as("customer %d %s ago", id, ago).isEqualTo(context.customer(id, at));
            }
        }
        assertThat(batch.at(880101L, now.minus(Duration.ofHours(1)))).as("20 h and 2 h ago: two in the 24 h before")
                .isEqualTo(new RiskContextRepository.Customer(399, "gold", 2, 2));
        assertThat(batch.at(880101L, now.minus(Duration.ofHours(10))))
                .as("30 h and 20 h ago in the 24 h before, not 2 h ago; the order of 5 h ago not yet placed")
                .isEqualTo(new RiskContextRepository.Customer(399, "gold", 1, 2));
    }
}
