package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.risk.CnyRates;
import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.PaymentContext;
import io.shopdesk.risk.PaymentRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The context the payment rules see, as the service and the backtest both build it. */
class PaymentFactsTest {
    static final RiskContextRepository.Customer CUSTOMER = new RiskContextRepository.Customer(400, "regular", 5, 0);
    static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");

    /** Amounts are compared and summed in CNY: a card's USD, JPY and CNY payments add up at their worth. */
    @Test
    void amountsAndVelocitySumsAreInCny() {
        try (RiskLists lists = new RiskLists(Path.of("rules/risk/lists"))) {
            PaymentFacts facts = new PaymentFacts(new VelocityTracker(), lists,
                    CnyRates.DEFAULTS.with(Map.of("usd", new BigDecimal("7.00"))));
            facts.record(payment("p1", "100", "USD"), NOW.minusSeconds(60));
            facts.record(payment("p2", "10000", "JPY"), NOW.minusSeconds(30));
            facts.record(payment("p3", "50", "CNY"), NOW.minusSeconds(10));
            PaymentContext context = facts.context(payment("p4", "1500", "JPY"), NOW, CUSTOMER, ConversationSignals.NONE);
            assertThat(context.amountCny()).isEqualByComparingTo("72.00");
            assertThat(context.card().count10m()).isEqualTo(3);
            assertThat(context.card().sum10m()).as("700 + 480 + 50").isEqualByComparingTo("1230.00");
            assertThat(context.customer().sum24h()).isEqualByComparingTo("1230.00");
        }
    }

    static PaymentRequest payment(String id, String amount, String currency) {
        return new PaymentRequest(id, 42L, new BigDecimal(amount), currency, "card", "fp-42", "dev-42", "192.0.2.42",
                null, null, null, null, null);
    }
}
