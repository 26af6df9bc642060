package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.MigratedDatabase;
import io.shopdesk.risk.CnyRates;
import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.PaymentContext;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.RiskDecision;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start-up read of the audit trail, against the migrated schema in H2 with rows written as the service writes
 * them: what counts in velocity again, which devices are known, and what is left out (older than the windows, decided
 * after the read began, unreadable).
 */
class PaymentHistoryTest {
    static final Instant START = Instant.parse("2026-12-06T12:00:00Z");
    static final long CUSTOMER = 7L;

    final MigratedDatabase data = new MigratedDatabase("history");
    final RiskDecisionRepository decisions = new RiskDecisionRepository(data.jdbc(), data.jdbcTemplate(),
            data.transactions(), JsonMapper.builder().build());
    PaymentFacts facts = new PaymentFacts(new VelocityTracker(), new RiskLists(Path.of("rules/risk/lists")), CnyRates.DEFAULTS);
    int next;

    @AfterEach
    void close() {
        data.close();
    }

    PaymentRequest payment(String card, String device, String amount, String currency) {
        return new PaymentRequest("pay-" + next++, CUSTOMER, new BigDecimal(amount), currency, "card", card, device,
                "10.0.0.1", "上海市 1 号", "上海市 1 号", null, null, START);
    }

    void decided(PaymentRequest request, Instant at) {
        RiskDecision decision = new RiskDecision("d-" + request.paymentId(), "payment", request.paymentId(), "APPROVE",
                5, List.of(), "abcdef123456", "none", at);
        decisions.save(new RiskDecisionRepository.AuditRow(decision, request.customerId(), null, request, List.of()));
    }

    PaymentContext nextPayment(String card, String device) {
        return facts.observe(payment(card, device, "10.00", "CNY"), START, new RiskContextRepository.Customer(400, "regular", 3, 0),
                ConversationSignals.NONE);
    }

    @Test
    void theLastDayCountsInVelocityAgainAndOlderDevicesAreKnown() {
        decided(payment("card-1", "dev-old", "100.00", "CNY"), START.minus(Duration.ofDays(30)));
        decided(payment("card-1", "dev-a", "200.00", "CNY"), START.minus(Duration.ofHours(23)));
        decided(payment("card-1", "dev-a", "50.00", "USD"), START.minus(Duration.ofMinutes(30)));
        decided(payment("card-1", "dev-a", "10.00", "CNY"), START.minus(Duration.ofMinutes(5)));

        PaymentHistory.Restored restored = PaymentHistory.restore(decisions, facts, START, Duration.ofDays(90));

        assertThat(restored.inVelocity()).isEqualTo(3);
        assertThat(restored.known()).as("customer 7 on dev-old from 10.0.0.1").isEqualTo(1);
        PaymentContext now = nextPayment("card-1", "dev-old");
        assertThat(now.card().count10m()).isEqualTo(1);
        assertThat(now.card().count1h()).isEqualTo(2);
        assertThat(now.card().count24h()).isEqualTo(3);
        BigDecimal usd = CnyRates.DEFAULTS.toCny(new BigDecimal("50.00"), "USD");
        assertThat(now.card().sum24h()).isEqualByComparingTo(new BigDecimal("210.00").add(usd));
        assertThat(now.customer().count24h()).isEqualTo(3);
        assertThat(now.firstSeenDevice()).as("a device paid from 30 days ago").isFalse();
        assertThat(now.firstSeenIp()).isFalse();
        assertThat(nextPayment("card-2", "dev-new").firstSeenDevice()).isTrue();
    }

    @Test
    void devicesBeyondTheSeenHistoryAndPaymentsFromTheReadOnAreLeftOut() {
        decided(payment("card-1", "dev-ancient", "100.00", "CNY"), START.minus(Duration.ofDays(91)));
        decided(payment("card-1", "dev-live", "100.00", "CNY"), START);
        decided(payment("card-1", "dev-live", "100.00", "CNY"), START.plusSeconds(1));

        PaymentHistory.Restored restored = PaymentHistory.restore(decisions, facts, START, Duration.ofDays(90));

        assertThat(restored.inVelocity() + restored.known()).as("one older than 90 days, two decided once the read began")
                .isZero();
        PaymentContext now = nextPayment("card-1", "dev-ancient");
        assertThat(now.card().count24h()).isZero();
        assertThat(now.firstSeenDevice()).isTrue();
        assertThat(nextPayment("card-3", "dev-live").firstSeenDevice()).isTrue();
    }

    @Test
    void aShortSeenHistoryStillReadsTheLastDayForVelocity() {
        decided(payment("card-1", "dev-a", "100.00", "CNY"), START.minus(Duration.ofHours(20)));

        PaymentHistory.Restored restored = PaymentHistory.restore(decisions, facts, START, Duration.ofHours(1));

        assertThat(restored.inVelocity()).isEqualTo(1);
        assertThat(nextPayment("card-1", "dev-b").card().count24h()).isEqualTo(1);
    }

    @Test
    void theDatabaseCountsEachDeviceOnceAndRowsStoredBeforeTheColumnsAreReadFromTheirInput() {
        for (int day = 2; day <= 6; day++) {
            decided(payment("card-1", "dev-often", "100.00", "CNY"), START.minus(Duration.ofDays(day)));
        }
        decided(payment("card-1", "dev-legacy", "100.00", "CNY"), START.minus(Duration.ofDays(40)));
        data.jdbc().sql("UPDATE risk_decisions SET device_id = NULL, ip = NULL WHERE input LIKE '%dev-legacy%'")
                .update();

        PaymentHistory.Restored restored = PaymentHistory.restore(decisions, facts, START, Duration.ofDays(90));

        assertThat(restored.known()).as("five payments from one device and IP, one row read whole").isEqualTo(2);
        assertThat(nextPayment("card-9", "dev-often").firstSeenDevice()).isFalse();
        assertThat(nextPayment("card-9", "dev-legacy").firstSeenDevice()).isFalse();
    }

    @Test
    void aPaymentWithoutDeviceOrIpIsStoredAsNoneNotAsUnrecorded() {
        decided(new PaymentRequest("pay-wallet", CUSTOMER, new BigDecimal("5.00"), "CNY", "alipay", null, null, null,
                null, null, null, null, START), START.minus(Duration.ofDays(3)));
        assertThat(data.jdbc().sql("SELECT device_id || '|' || ip FROM risk_decisions").query(String.class)
                .single()).isEqualTo("|");

        assertThat(PaymentHistory.restore(decisions, facts, START, Duration.ofDays(90)).unreadable()).isZero();
    }

    @Test
    void anUnreadableRowIsSkippedAndCounted() {
        decided(payment("card-1", "dev-a", "100.00", "CNY"), START.minus(Duration.ofHours(2)));
        data.jdbc().sql("UPDATE risk_decisions SET input = '{\"amount\": \"lots\"}'").update();
        decided(payment("card-1", "dev-a", "100.00", "CNY"), START.minus(Duration.ofHours(1)));

        PaymentHistory.Restored restored = PaymentHistory.restore(decisions, facts, START, Duration.ofDays(90));

        assertThat(restored.unreadable()).isEqualTo(1);
        assertThat(restored.inVelocity()).isEqualTo(1);
        assertThat(nextPayment("card-1", "dev-a").card().count24h()).isEqualTo(1);
    }
}
