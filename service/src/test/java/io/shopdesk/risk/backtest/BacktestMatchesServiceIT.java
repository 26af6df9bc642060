package io.shopdesk.risk.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.RiskAssessment;
import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.RiskReason;
import io.shopdesk.risk.RiskService;
import io.shopdesk.risk.internal.RiskContextRepository;
import io.shopdesk.ruleengine.RuleEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backtest decides a payment as the service did: the same payments, scored by the service (real database, real
 * rules) and then replayed as a history with what the database said about the customer, get the same decisions and
 * reasons. Once they did not: the backtest compared addresses case-insensitively only, kept spaces in device, IP and
 * card keys, and never counted failed payments.
 */
@ShopDeskTest
class BacktestMatchesServiceIT {
    private static final long CUSTOMER = 9101;

    @Autowired
    RiskService risk;

    @Autowired
    RiskContextRepository context;

    @Autowired
    RuleEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSamePaymentsGetTheSameDecisionsAndReasonsInTheServiceAndTheBacktest() {
        jdbc.sql("INSERT INTO customers (id, name, phone, tier, created_at) VALUES (:id, 'Parity', '13900009101', 'regular', "
                + "CURRENT_TIMESTAMP - INTERVAL '400' DAY)").param("id", CUSTOMER).update();
        jdbc.sql("INSERT INTO orders (id, customer_id, total, shipping_address) VALUES ('SD91010001', :id, 10, 'x')")
                .param("id", CUSTOMER).update();
        for (String id : List.of("pay-9101-a", "pay-9101-b")) {
            jdbc.sql("INSERT INTO payments (id, order_id, customer_id, amount, method, status, failure_code) "
                    + "VALUES (:pid, 'SD91010001', :id, 10, 'card', 'failed', 'card_declined')").param("pid", id).param("id", CUSTOMER).update();
        }
        List<PaymentRequest> payments = List.of(
                payment("par-1", " fp-par ", " dev-par ", "198.51.100.61 ", "上海市浦东新区, 张杨路 500 号", "上海市浦东新区张杨路500号"),
                payment("par-2", "fp-par", "dev-par", "198.51.100.61", "上海市浦东新区张杨路500号", "上海市 浦东新区 张杨路500号。"),
                payment("par-3", "fp-par ", "dev-par", " 198.51.100.61", "上海市浦东新区张杨路500号", "北京市海淀区中关村 1 号"));

        List<RiskDecision> served = new ArrayList<>();
        List<HistoricalPayment> history = new ArrayList<>();
        for (PaymentRequest p : payments) {
            RiskDecision decision = risk.assessPayment(p);
            served.add(decision);
            RiskContextRepository.Customer known = context.customer(CUSTOMER, decision.decidedAt());
            history.add(new HistoricalPayment(at(p, decision.decidedAt()), known.accountAgeDays(), known.orderCount(),
                    known.tier(), known.failedPaymentsLast24h(), false, 0, null));
        }
        List<RiskAssessment> replayed = Backtester.replay(history, engine.ruleSet("risk"), Path.of("rules/risk"));

        assertThat(served.get(0).reasons()).extracting(RiskReason::code)
                .as("the service's view: failed payments counted, the addresses the same").contains("RECENT_FAILED_PAYMENTS")
                .doesNotContain("ADDRESS_MISMATCH");
        assertThat(served.get(1).reasons()).extracting(RiskReason::code).as("the device seen before, spaces or not")
                .doesNotContain("NEW_DEVICE", "NEW_IP", "ADDRESS_MISMATCH");
        assertThat(served.get(2).reasons()).extracting(RiskReason::code).contains("ADDRESS_MISMATCH");
        for (int i = 0; i < payments.size(); i++) {
            assertThat(replayed.get(i).getDecision()).as(payments.get(i).paymentId()).isEqualTo(served.get(i).decision());
            assertThat(replayed.get(i).getReasons()).extracting(RiskReason::code).as(payments.get(i).paymentId())
                    .containsExactlyElementsOf(served.get(i).reasons().stream().map(RiskReason::code).toList());
            assertThat(replayed.get(i).getScore()).isEqualTo(served.get(i).score());
        }
    }

    private static PaymentRequest payment(String id, String card, String device, String ip, String shipping, String billing) {
        return new PaymentRequest(id, CUSTOMER, new BigDecimal("120.00"), "CNY", "card", card, device, ip, shipping,
                billing, null, null, null);
    }

    private static PaymentRequest at(PaymentRequest p, java.time.Instant timestamp) {
        return new PaymentRequest(p.paymentId(), p.customerId(), p.amount(), p.currency(), p.method(), p.cardFingerprint(),
                p.deviceId(), p.ip(), p.shippingAddress(), p.billingAddress(), p.orderId(), p.conversationId(), timestamp);
    }
}
