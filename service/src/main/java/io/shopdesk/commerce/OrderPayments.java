package io.shopdesk.commerce;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an order's payments say to a shopper who asks whether they paid, why a payment failed or why they were charged
 * twice: which attempts took money (succeeded, not refunded), which failed and why, whether one still waits for the
 * provider, and whether the money went back. A shopper who sees two charges usually sees a failed attempt's hold next
 * to the one real payment; two succeeded payments of the same amount within {@link #DUPLICATE_WINDOW} of each other are
 * a real duplicate charge. Immutable and thread-safe.
 */
public final class OrderPayments {
    /**
     * How close in time two succeeded payments of the same amount must be to count as one purchase charged twice: an
     * unpaid order is held for 30 minutes (the FAQ), so a shopper paying again because the first payment seemed lost
     * does so within it; a double tap within seconds.
     */
    public static final Duration DUPLICATE_WINDOW = Duration.ofHours(1);

    private static final Comparator<OrderDetails.Payment> BY_TIME = Comparator.comparing(OrderDetails.Payment::createdAt,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<OrderDetails.Payment> payments;

    /** {@code payments}: every attempt of one order, in any order. */
    public OrderPayments(List<OrderDetails.Payment> payments) {
        this.payments = payments.stream().sorted(BY_TIME).toList();
    }

    /** Every attempt, oldest first. */
    public List<OrderDetails.Payment> all() {
        return payments;
    }

    /** The payments that took money and keep it (status succeeded; a refunded one is {@link #refunded()}), oldest first. */
    public List<OrderDetails.Payment> succeeded() {
        return withStatus("succeeded");
    }

    /** The failed attempts, oldest first: they took no money. */
    public List<OrderDetails.Payment> failed() {
        return withStatus("failed");
    }

    /** The payments whose money went back, oldest first. */
    public List<OrderDetails.Payment> refunded() {
        return withStatus("refunded");
    }

    /** The latest attempt still waiting for the provider's confirmation, if any. */
    public Optional<OrderDetails.Payment> pending() {
        return withStatus("pending").stream().reduce((first, second) -> second);
    }

    /** The latest failed attempt, if any. */
    public Optional<OrderDetails.Payment> latestFailure() {
        return failed().stream().reduce((first, second) -> second);
    }

    /** The latest payment that took money, if any. */
    public Optional<OrderDetails.Payment> latestSucceeded() {
        return succeeded().stream().reduce((first, second) -> second);
    }

    /**
     * Whether two of the succeeded payments look like the same purchase charged twice: the same amount and currency,
     * made within {@link #DUPLICATE_WINDOW} of each other (a payment without a time is never part of one).
     */
    public boolean isDuplicateCharge() {
        return duplicatePair().isPresent();
    }

    /** The first two succeeded payments that are a duplicate charge ({@link #isDuplicateCharge()}), oldest first. */
    public Optional<List<OrderDetails.Payment>> duplicatePair() {
        List<OrderDetails.Payment> taken = succeeded();
        for (int i = 0; i < taken.size(); i++) {
            for (int j = i + 1; j < taken.size(); j++) {
                if (sameCharge(taken.get(i), taken.get(j))) {
                    return Optional.of(List.of(taken.get(i), taken.get(j)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameCharge(OrderDetails.Payment a, OrderDetails.Payment b) {
        return a.createdAt() != null && b.createdAt() != null
                && a.amount().compareTo(b.amount()) == 0 && a.currency().equals(b.currency())
                && Duration.between(a.createdAt(), b.createdAt()).abs().compareTo(DUPLICATE_WINDOW) <= 0;
    }

    private List<OrderDetails.Payment> withStatus(String status) {
        return payments.stream().filter(p -> status.equals(p.status())).toList();
    }
}
