package io.shopdesk.risk.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Many customers as the shop database describes them, read at once ({@link RiskContextRepository#customers}), so
 * that a replay of thousands of decisions asks the database per batch of customers rather than per decision. Each
 * decision's customer is then worked out at the decision's time exactly as {@link RiskContextRepository#customer}
 * works it out: account age in whole days, their orders placed by then, their payments that failed in the 24 hours
 * before it, a takeover they reported within the takeover window before it; nothing after the decision counts (a failure or an order since would make the replay see what the
 * decision could not). The tier is today's: the shop keeps no history of it. Not thread-safe (a replay reads it on
 * one thread).
 */
public final class CustomerTimelines {

    /**
     * One customer: when the account was opened, tier, and the times of their orders, of their failed payments and of
     * the takeovers of their account they reported in a chat.
     */
    record Timeline(Instant createdAt, String tier, List<Instant> orders, List<Instant> failedPayments,
                    List<TakeoverReport> takeoverReports) {
    }

    /** A takeover reported in a chat: when it was said, and when it became the customer's (the chat identified them). */
    record TakeoverReport(Instant reportedAt, Instant identifiedAt) {
    }

    private final Map<Long, Timeline> customers;
    private final Duration takeoverWindow;

    CustomerTimelines(Map<Long, Timeline> customers, Duration takeoverWindow) {
        this.customers = customers;
        this.takeoverWindow = takeoverWindow;
    }

    /** The customer as {@link RiskContextRepository#customer} would have answered at {@code at}. */
    public RiskContextRepository.Customer at(long customerId, Instant at) {
        Timeline t = customers.get(customerId);
        if (t == null) {
            return RiskContextRepository.Customer.UNKNOWN;
        }
        Instant since = at.minus(Duration.ofHours(24));
        int failed = (int) t.failedPayments().stream().filter(f -> f.isAfter(since) && !f.isAfter(at)).count();
        int orders = (int) t.orders().stream().filter(o -> !o.isAfter(at)).count();
        Instant takeoverSince = at.minus(takeoverWindow);
        boolean takeover = t.takeoverReports().stream().anyMatch(r -> r.reportedAt().isAfter(takeoverSince)
                && !r.reportedAt().isAfter(at) && !r.identifiedAt().isAfter(at));
        return new RiskContextRepository.Customer(Math.max(0, Duration.between(t.createdAt(), at).toDays()), t.tier(),
                orders, failed, takeover);
    }
}
