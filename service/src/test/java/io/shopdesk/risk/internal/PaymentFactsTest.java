package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.risk.CnyRates;
import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.PaymentContext;
import io.shopdesk.risk.PaymentRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
            facts.observe(payment("p1", "100", "USD"), NOW.minusSeconds(60), CUSTOMER, ConversationSignals.NONE);
            facts.observe(payment("p2", "10000", "JPY"), NOW.minusSeconds(30), CUSTOMER, ConversationSignals.NONE);
            facts.observe(payment("p3", "50", "CNY"), NOW.minusSeconds(10), CUSTOMER, ConversationSignals.NONE);
            PaymentContext context = facts.observe(payment("p4", "1500", "JPY"), NOW, CUSTOMER, ConversationSignals.NONE);
            assertThat(context.amountCny()).isEqualByComparingTo("72.00");
            assertThat(context.card().count10m()).isEqualTo(3);
            assertThat(context.card().sum10m()).as("700 + 480 + 50").isEqualByComparingTo("1230.00");
            assertThat(context.customer().sum24h()).isEqualByComparingTo("1230.00");
        }
    }

    /**
     * Payments on one card decided at once each see the ones before them: the counts they see are 0, 1, 2, ... with
     * none twice (read, then record, let two see the same count), and each customer sees its device as new once.
     */
    @Test
    void concurrentPaymentsOnOneCardEachSeeTheOnesBefore() throws Exception {
        int threads = 8;
        int each = 500;
        try (RiskLists lists = new RiskLists(Path.of("rules/risk/lists"));
             var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            PaymentFacts facts = new PaymentFacts(new VelocityTracker(), lists, CnyRates.DEFAULTS);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<List<PaymentContext>>> seen = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                seen.add(pool.submit(() -> {
                    start.await();
                    List<PaymentContext> contexts = new java.util.ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        // A customer, device and IP per thread: only the card is shared, so nothing before it in
                        // observe() lines the threads up.
                        contexts.add(facts.observe(new PaymentRequest("p-" + thread + "-" + i, 100L + thread, BigDecimal.ONE,
                                "CNY", "card", "fp-shared", "dev-" + thread, "192.0.2." + thread, null, null, null, null,
                                null), NOW, CUSTOMER, ConversationSignals.NONE));
                    }
                    return contexts;
                }));
            }
            start.countDown();
            List<PaymentContext> all = new java.util.ArrayList<>();
            for (var f : seen) {
                all.addAll(f.get());
            }
            assertThat(all.stream().map(c -> c.card().count24h()).sorted().toList())
                    .isEqualTo(java.util.stream.IntStream.range(0, threads * each).boxed().toList());
            assertThat(all.stream().filter(PaymentContext::firstSeenDevice).count()).isEqualTo(threads);
        }
    }

    static PaymentRequest payment(String id, String amount, String currency) {
        return new PaymentRequest(id, 42L, new BigDecimal(amount), currency, "card", "fp-42", "dev-42", "192.0.2.42",
                null, null, null, null, null);
    }
}
