package io.shopdesk.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An order as support sees it: status, amount, items, its shipment if there is one, and its payments (every attempt,
 * oldest first: a shopper asking whether they paid, or were charged twice, is answered from them). The phone is kept
 * to check that the person asking owns the order; it is never shown. {@code updatedAt}: when the order last changed
 * (for a refunded order, when it was refunded), or null when unknown.
 *
 * <p>{@code shipment} is the latest parcel; {@code parcels} every parcel the order was sent in, oldest first, each with
 * the items it carries when the shop recorded them (table {@code shipment_items}): a shopper who got one parcel of
 * two asks where the rest is, and only these say which item travels in which. {@code items}: the order's lines with
 * their quantities, in the order of {@code itemsEn} / {@code itemsZh}.
 */
public record OrderDetails(String id, String status, long customerId, String customerName, String customerPhone,
                           BigDecimal total, String currency, List<String> itemsEn, List<String> itemsZh,
                           Shipment shipment, List<Payment> payments, OffsetDateTime updatedAt, List<Item> items,
                           List<Parcel> parcels) {

    /**
     * Without {@code items}, the lines are {@code itemsEn} / {@code itemsZh} one each; without {@code parcels}, the
     * order's one parcel is its {@code shipment} with its contents not recorded (none when it has no shipment).
     */
    public OrderDetails {
        payments = payments == null ? List.of() : List.copyOf(payments);
        itemsEn = itemsEn == null ? List.of() : List.copyOf(itemsEn);
        itemsZh = itemsZh == null ? List.of() : List.copyOf(itemsZh);
        if (items == null || items.isEmpty()) {
            List<Item> lines = new ArrayList<>();
            for (int i = 0; i < Math.min(itemsEn.size(), itemsZh.size()); i++) {
                lines.add(new Item(itemsEn.get(i), itemsZh.get(i), 1));
            }
            items = lines;
        }
        items = List.copyOf(items);
        parcels = parcels == null || parcels.isEmpty()
                ? (shipment == null ? List.of() : List.of(new Parcel(shipment, List.of())))
                : List.copyOf(parcels);
    }

    /** An order whose items' quantities and parcels are not known apart from its latest shipment. */
    public OrderDetails(String id, String status, long customerId, String customerName, String customerPhone,
                        BigDecimal total, String currency, List<String> itemsEn, List<String> itemsZh,
                        Shipment shipment, List<Payment> payments, OffsetDateTime updatedAt) {
        this(id, status, customerId, customerName, customerPhone, total, currency, itemsEn, itemsZh, shipment,
                payments, updatedAt, null, null);
    }

    /** An order whose payments are not known (none loaded). */
    public OrderDetails(String id, String status, long customerId, String customerName, String customerPhone,
                        BigDecimal total, String currency, List<String> itemsEn, List<String> itemsZh,
                        Shipment shipment) {
        this(id, status, customerId, customerName, customerPhone, total, currency, itemsEn, itemsZh, shipment,
                List.of(), null);
    }

    /**
     * One payment attempt of the order as the shop's {@code payments} table stores it: {@code status} pending,
     * succeeded, failed or refunded; {@code failureCode} (insufficient_funds, card_declined, risk_blocked…) only for a
     * failed one; {@code method} card, alipay, wechat_pay, huabei or bank_transfer.
     */
    public record Payment(String id, BigDecimal amount, String currency, String method, String status,
                          String failureCode, Integer instalmentMonths, OffsetDateTime createdAt) {
    }

    /** A line of the order: the product's name in both languages and how many were ordered. */
    public record Item(String nameEn, String nameZh, int quantity) {
    }

    /**
     * One parcel of the order: its shipment and the items it carries ({@code items}: empty when the shop did not
     * record them, not an empty box).
     */
    public record Parcel(Shipment shipment, List<Item> items) {
        public Parcel {
            items = items == null ? List.of() : List.copyOf(items);
        }

        /**
         * Whole days this parcel is past its estimated delivery on {@code today} (the shop's date), its order being in
         * {@code orderStatus}: as {@link OrderDetails#daysLate(LocalDate)} counts an order's, but a parcel that is not
         * {@link #isOnItsWay() on its way} (delivered, or gone back to the shop) is never late, whatever its siblings.
         */
        public int daysLate(String orderStatus, LocalDate today) {
            return isOnItsWay() ? OrderDetails.daysLate(orderStatus, shipment, today) : 0;
        }

        /** Whether the carrier delivered it. */
        public boolean isDelivered() {
            return "delivered".equals(shipment.status());
        }

        /**
         * Whether it is still to reach the shopper: not delivered and not gone back to the shop (label created, picked
         * up, in transit, out for delivery, or held up by an exception).
         */
        public boolean isOnItsWay() {
            return !isDelivered() && !"returned".equals(shipment.status());
        }

        /** Whether the shop recorded what it carries. */
        public boolean isListed() {
            return !items.isEmpty();
        }
    }

    /** Whether the order was sent in more than one parcel. */
    public boolean isSplit() {
        return parcels.size() > 1;
    }

    /**
     * Of an order sent in several parcels, the one furthest past its estimated delivery on {@code today}
     * ({@link Parcel#daysLate}: a delivered parcel never is), the oldest of those equally late; empty when none is late,
     * or when the order is one parcel, whose lateness is {@link #daysLate(LocalDate)}'s. A chat chasing a late order of
     * several parcels speaks of this one, not of the latest shipment, which may be the one already delivered.
     */
    public Optional<Parcel> lateParcel(LocalDate today) {
        if (!isSplit()) {
            return Optional.empty();
        }
        return parcels.stream().filter(p -> p.daysLate(status, today) > 0)
                .max(Comparator.comparingInt((Parcel p) -> p.daysLate(status, today)));
    }

    /**
     * Whole days the order is late as a shopper chasing it means it: {@link #daysLate(LocalDate)} for an order of one
     * parcel; for one sent in several, its {@link #lateParcel late parcel}'s days (0 when none is late), since its
     * latest shipment may be the parcel already delivered.
     */
    public int daysLateOfParcels(LocalDate today) {
        return isSplit() ? lateParcel(today).map(p -> p.daysLate(status, today)).orElse(0) : daysLate(today);
    }

    /** The parcels the carrier delivered, oldest first. */
    public List<Parcel> parcelsDelivered() {
        return parcels.stream().filter(Parcel::isDelivered).toList();
    }

    /** The parcels still to reach the shopper ({@link Parcel#isOnItsWay()}), oldest first. */
    public List<Parcel> parcelsOnTheirWay() {
        return parcels.stream().filter(Parcel::isOnItsWay).toList();
    }

    /** What the order's payments say: see {@link OrderPayments}. */
    public OrderPayments paymentSummary() {
        return new OrderPayments(payments);
    }

    /**
     * The carrier's view of the parcel; {@code eta}, {@code trackingNumber}, {@code deliveredOn} (the day it was
     * delivered, in China time) and {@code shippedOn} (the day it left the warehouse, in China time) may be null.
     */
    public record Shipment(String carrier, String trackingNumber, String status, LocalDate eta, LocalDate deliveredOn,
                           LocalDate shippedOn) {

        /** A shipment whose day of shipping is not known. */
        public Shipment(String carrier, String trackingNumber, String status, LocalDate eta, LocalDate deliveredOn) {
            this(carrier, trackingNumber, status, eta, deliveredOn, null);
        }
    }

    /** The statuses of an order that is still to reach the shopper: it can be late. */
    private static final Set<String> ON_ITS_WAY = Set.of("paid", "processing", "shipped", "in_transit", "out_for_delivery");

    /**
     * Whole days the order is past its estimated delivery on {@code today} (the shop's date) without having been
     * delivered, by its latest shipment (the one the chat's status speaks of; each parcel's own is
     * {@link Parcel#daysLate}): 1 the day after the estimate. 0 when it is not past it, has no shipment or no estimate, or is no longer
     * on its way (delivered, cancelled, returned, refunded, awaiting payment), or {@code today} is null.
     */
    public int daysLate(LocalDate today) {
        return daysLate(status, shipment, today);
    }

    /** {@link #daysLate(LocalDate)} of an order in {@code status} with {@code shipment} (may be null). */
    static int daysLate(String status, Shipment shipment, LocalDate today) {
        if (today == null || shipment == null || shipment.eta() == null || shipment.deliveredOn() != null
                || "delivered".equals(shipment.status()) || !ON_ITS_WAY.contains(status)) {
            return 0;
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(shipment.eta(), today));
    }

    /** True when {@code last4} are the last four digits of the customer's phone. */
    public boolean phoneEndsWith(String last4) {
        String digits = customerPhone.replaceAll("\\D", "");
        return last4 != null && last4.length() == 4 && digits.endsWith(last4);
    }
}
