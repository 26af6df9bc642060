package io.shopdesk.risk.internal;

import io.shopdesk.risk.CnyRates;
import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.PaymentContext;
import io.shopdesk.risk.PaymentRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Builds the {@link PaymentContext} the payment rules see from a payment, what the shop knew about its customer and
 * what the chat said, and records the payment in velocity. The one place both the service and the backtest build it,
 * so that a backtest decides a payment exactly as the service would have: amounts in CNY, keys stripped, addresses
 * compared without spaces and punctuation, the customer's recent failed payments counted. Thread-safe (the tracker and the lists are).
 */
public final class PaymentFacts {
    private final VelocityTracker velocity;
    private final RiskLists lists;
    private final CnyRates rates;

    public PaymentFacts(VelocityTracker velocity, RiskLists lists, CnyRates rates) {
        this.velocity = velocity;
        this.lists = lists;
        this.rates = rates;
    }

    /** What the rules see about {@code r} at {@code now}, before it is recorded: this payment is not in its velocity. */
    public PaymentContext context(PaymentRequest r, Instant now, RiskContextRepository.Customer customer,
                                  ConversationSignals chat) {
        String device = key("dev", r.deviceId());
        String ip = key("ip", r.ip());
        boolean firstDevice = device != null && !velocity.known(r.customerId(), device);
        boolean firstIp = ip != null && !velocity.known(r.customerId(), ip);
        return new PaymentContext(rates.toCny(r.amount(), r.currency()),
                velocity.velocity(customerKey(r), now), velocity.velocity(key("card", r.cardFingerprint()), now),
                velocity.velocity(device, now), velocity.velocity(ip, now),
                firstDevice, firstIp, addressMismatch(r),
                customer.accountAgeDays(), customer.orderCount(), customer.failedPaymentsLast24h(), customer.tier(),
                lists.contains("allowed-customers", String.valueOf(r.customerId())),
                lists.contains("blocked-devices", r.deviceId()), lists.contains("blocked-ips", r.ip()),
                lists.contains("blocked-cards", r.cardFingerprint()), chat);
    }

    /**
     * Counts {@code r} at {@code now}, in CNY, in its customer's, card's, device's and IP's velocity, and remembers the
     * device and IP.
     */
    public void record(PaymentRequest r, Instant now) {
        BigDecimal cny = rates.toCny(r.amount(), r.currency());
        velocity.record(customerKey(r), now, cny);
        velocity.record(key("card", r.cardFingerprint()), now, cny);
        velocity.record(key("dev", r.deviceId()), now, cny);
        velocity.record(key("ip", r.ip()), now, cny);
        velocity.firstSeen(r.customerId(), key("dev", r.deviceId()));
        velocity.firstSeen(r.customerId(), key("ip", r.ip()));
    }

    private static String customerKey(PaymentRequest r) {
        return "c:" + r.customerId();
    }

    private static String key(String kind, String value) {
        return value == null || value.isBlank() ? null : kind + ":" + value.strip();
    }

    /** Addresses differ when they still do with case, spaces and punctuation ignored ("1 号" is "1号"). */
    static boolean addressMismatch(PaymentRequest r) {
        if (r.shippingAddress() == null || r.billingAddress() == null) {
            return false;
        }
        return !normalise(r.shippingAddress()).equals(normalise(r.billingAddress()));
    }

    private static String normalise(String address) {
        return address.toLowerCase(Locale.ROOT).replaceAll("[\\s,，.。#-]+", "");
    }
}
