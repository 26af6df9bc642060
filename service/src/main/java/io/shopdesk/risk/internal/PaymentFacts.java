package io.shopdesk.risk.internal;

import io.shopdesk.risk.CnyRates;
import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.DistinctCards;
import io.shopdesk.risk.OrderTotal;
import io.shopdesk.risk.PaymentContext;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.ShopOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Records a payment in velocity and builds the {@link PaymentContext} the payment rules see from it, what the shop
 * knew about its customer and what the chat said. The one place both the service and the backtest build it,
 * so that a backtest decides a payment exactly as the service would have: amounts in CNY, keys stripped, addresses
 * compared without spaces and punctuation, the customer's recent failed payments counted, the different cards tried by
 * the customer and in the conversation counted, the amount compared with the named order's total. Thread-safe (the
 * tracker and the lists are).
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

    /**
     * Records {@code r} at {@code now} (in CNY, in its customer's, card's, device's and IP's velocity; its device and
     * IP as seen) and returns what the rules see about it: the velocity without {@code r}, whether its device and IP
     * are new. Each key is read and recorded in one step, so that of two payments on one card decided at once the
     * second counts the first; call it once the payment will be decided (the rules are there, the customer read).
     */
    public PaymentContext observe(PaymentRequest r, Instant now, RiskContextRepository.Customer customer,
                                  ConversationSignals chat) {
        return observe(r, now, customer, chat, null, lists);
    }

    /** As {@link #observe(PaymentRequest, Instant, RiskContextRepository.Customer, ConversationSignals)}, with the order {@code r} names as the shop holds it (null: none). */
    public PaymentContext observe(PaymentRequest r, Instant now, RiskContextRepository.Customer customer,
                                  ConversationSignals chat, ShopOrder order) {
        return observe(r, now, customer, chat, order, lists);
    }

    /**
     * As {@link #observe(PaymentRequest, Instant, RiskContextRepository.Customer, ConversationSignals, ShopOrder)},
     * reading the lists from {@code listed} (the snapshot the decision records as consulted, {@link #listLookups}).
     *
     * @param order the order {@code r} names as the shop holds it; null when it names none or the shop has none
     */
    public PaymentContext observe(PaymentRequest r, Instant now, RiskContextRepository.Customer customer,
                                  ConversationSignals chat, ShopOrder order, ListLookup listed) {
        BigDecimal cny = rates.toCny(r.amount(), r.currency());
        String device = key("dev", r.deviceId());
        String ip = key("ip", r.ip());
        DistinctCards byCustomer = velocity.recordCardAndCount(customerKey(r), r.cardFingerprint(), now);
        DistinctCards inConversation = velocity.recordCardAndCount(key("conv", r.conversationId()),
                r.cardFingerprint(), now);
        return new PaymentContext(cny,
                velocity.recordAndRead(customerKey(r), now, cny),
                velocity.recordAndRead(key("card", r.cardFingerprint()), now, cny),
                velocity.recordAndRead(device, now, cny), velocity.recordAndRead(ip, now, cny),
                velocity.firstSeen(r.customerId(), device), velocity.firstSeen(r.customerId(), ip), addressMismatch(r),
                customer.accountAgeDays(), customer.orderCount(), customer.failedPaymentsLast24h(), customer.tier(),
                listed.contains("allowed-customers", String.valueOf(r.customerId())),
                listed.contains("blocked-devices", r.deviceId()), listed.contains("blocked-ips", r.ip()),
                listed.contains("blocked-cards", r.cardFingerprint()), chat, byCustomer, inConversation,
                OrderTotal.of(r.orderId(), r.customerId(), cny, order, rates));
    }

    /** Which list a payment's facts look up with which of its values (null: it has none), in the facts' order. */
    public static java.util.Map<String, String> listLookups(PaymentRequest r) {
        java.util.Map<String, String> lookups = new java.util.LinkedHashMap<>();
        lookups.put("allowed-customers", String.valueOf(r.customerId()));
        lookups.put("blocked-devices", r.deviceId());
        lookups.put("blocked-ips", r.ip());
        lookups.put("blocked-cards", r.cardFingerprint());
        return lookups;
    }

    /**
     * {@code context} as it would read with other lists ({@code lists}, a draft's): the list flags alone are read
     * again, so that a replay compares two sets of lists on one and the same velocity.
     */
    public static PaymentContext listed(PaymentContext context, PaymentRequest r, ListLookup lists) {
        return new PaymentContext(context.amountCny(), context.customer(), context.card(), context.device(),
                context.ip(), context.firstSeenDevice(), context.firstSeenIp(), context.addressMismatch(),
                context.accountAgeDays(), context.orderCount(), context.failedPaymentsLast24h(), context.customerTier(),
                lists.contains("allowed-customers", String.valueOf(r.customerId())),
                lists.contains("blocked-devices", r.deviceId()), lists.contains("blocked-ips", r.ip()),
                lists.contains("blocked-cards", r.cardFingerprint()), context.conversation(),
                context.cardsByCustomer(), context.cardsInConversation(), context.order());
    }

    /**
     * Replays a payment decided earlier at {@code at} (the start-up read of the audit trail, {@link PaymentHistory}):
     * it counts in velocity as it did when it was decided, and its device and IP become known to its customer. The
     * same keys and CNY amounts as {@link #observe}.
     */
    public void replay(PaymentRequest r, Instant at) {
        BigDecimal cny = rates.toCny(r.amount(), r.currency());
        velocity.record(customerKey(r), at, cny);
        velocity.record(key("card", r.cardFingerprint()), at, cny);
        velocity.record(key("dev", r.deviceId()), at, cny);
        velocity.record(key("ip", r.ip()), at, cny);
        velocity.recordCardAndCount(customerKey(r), r.cardFingerprint(), at);
        velocity.recordCardAndCount(key("conv", r.conversationId()), r.cardFingerprint(), at);
        known(r.customerId(), r.deviceId(), r.ip());
    }

    /** Makes a device and an IP (either may be null) known to a customer, as a payment from them would. */
    public void known(long customerId, String deviceId, String ip) {
        velocity.firstSeen(customerId, key("dev", deviceId));
        velocity.firstSeen(customerId, key("ip", ip));
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
