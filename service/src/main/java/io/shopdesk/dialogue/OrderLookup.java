package io.shopdesk.dialogue;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderPayments;
import io.shopdesk.commerce.OrderRepository;
import java.time.LocalDate;
import java.util.List;
import java.time.temporal.ChronoUnit;

/**
 * The order named in the conversation, looked up before the rules fire: whether it exists, whether the shopper
 * proved it is theirs (the last four digits of the phone, or the shop's signed identity of its customer), and how
 * many wrong phone digits it got, so that the rules can stop checking them before they are guessed; and what the rules
 * need to answer a request about it (its status, the day it was delivered and how long ago) or a shopper chasing it
 * (how many days it is past its estimated delivery); and what its payments say, for a shopper asking whether they
 * paid, why a payment failed or why they were charged twice ({@link OrderPayments}); and its parcels, for a shopper who
 * got one of them and misses the rest. A read-only fact.
 */
public final class OrderLookup {
    private final String orderId;
    private final OrderDetails order;
    private final String phoneLast4;
    private final Long signedCustomer;
    private final int wrongTries;
    private final int recentWrongTries;
    private final LocalDate today;
    private final List<String> productsNotInOrder;
    private final OrderPart part;

    /**
     * {@code signedCustomer}: the customer the shop signed in, or null. {@code wrongTries}: wrong phone digits for
     * this order in this conversation; {@code recentWrongTries}: from all conversations within the configured window
     * (both including this message's). {@code today}: the shop's date, for the days since delivery and the days late.
     */
    public OrderLookup(String orderId, OrderDetails order, String phoneLast4, Long signedCustomer, int wrongTries,
                       int recentWrongTries, LocalDate today) {
        this(orderId, order, phoneLast4, signedCustomer, wrongTries, recentWrongTries, today, List.of(), null);
    }

    private OrderLookup(String orderId, OrderDetails order, String phoneLast4, Long signedCustomer, int wrongTries,
                        int recentWrongTries, LocalDate today, List<String> productsNotInOrder, OrderPart part) {
        this.productsNotInOrder = List.copyOf(productsNotInOrder);
        this.part = part;
        this.orderId = orderId;
        this.order = order;
        this.phoneLast4 = phoneLast4;
        this.signedCustomer = signedCustomer;
        this.wrongTries = wrongTries;
        this.recentWrongTries = recentWrongTries;
        this.today = today;
    }

    /**
     * This look-up with the products the shopper named with their request that none of the order's items is, as they
     * called them ("beanie"; the recommendation module's catalogue decides, {@code RecommendationService.notAmong}).
     */
    public OrderLookup withProductsNotInOrder(List<String> named) {
        return new OrderLookup(orderId, order, phoneLast4, signedCustomer, wrongTries, recentWrongTries, today, named,
                part);
    }

    /**
     * This look-up with the part of the order, sent in several parcels, that the shopper's request is for
     * ({@link OrderPart#of}), or null for the whole order.
     */
    public OrderLookup withPart(OrderPart part) {
        return new OrderLookup(orderId, order, phoneLast4, signedCustomer, wrongTries, recentWrongTries, today,
                productsNotInOrder, part);
    }

    /** The look-up before any wrong digits are counted. */
    public OrderLookup(String orderId, OrderDetails order, String phoneLast4, Long signedCustomer) {
        this(orderId, order, phoneLast4, signedCustomer, 0, 0, null);
    }

    public String getOrderId() {
        return orderId;
    }

    public OrderDetails getOrder() {
        return order;
    }

    /** The order's status (pending_payment, paid, processing, shipped, in_transit, delivered…), or null when not found. */
    public String getStatus() {
        return order == null ? null : order.status();
    }

    /** The day (shop time) the carrier delivered the order, or null when unknown or not delivered. */
    public LocalDate getDeliveredOn() {
        return order == null || order.shipment() == null ? null : order.shipment().deliveredOn();
    }

    /** Whole days from the day of delivery to today (0 on the day itself), or -1 when the day is unknown. */
    public int getDaysSinceDelivery() {
        LocalDate deliveredOn = getDeliveredOn();
        return deliveredOn == null || today == null ? -1 : (int) ChronoUnit.DAYS.between(deliveredOn, today);
    }

    /**
     * Whole days the order is past its estimated delivery and still not delivered, on the shop's date (1 the day after
     * the estimate); 0 when it is on time, has no estimate, is delivered, cancelled, returned or refunded, or today is
     * unknown. See {@link OrderDetails#daysLate}. Of an order sent in several parcels, its latest parcel may be the one
     * delivered: the days of its parcel furthest past its estimate ({@link OrderDetails#lateParcel}; a delivered parcel
     * is never late), the same count the agent console shows per parcel.
     */
    public int getDaysLate() {
        return order == null ? 0 : order.daysLateOfParcels(today);
    }

    /**
     * Of an order sent in several parcels, the number (1 for its oldest) of the parcel {@link #getDaysLate()} counts,
     * which a late order's answers name with its carrier, tracking number and estimate; 0 when none is late or the
     * order is one parcel.
     */
    public int getLateParcel() {
        return order == null ? 0 : order.lateParcel(today).map(p -> order.parcels().indexOf(p) + 1).orElse(0);
    }

    /** The shop's date the look-up was made on (days late and since delivery count to it), or null when unknown. */
    public LocalDate today() {
        return today;
    }

    /** How many parcels the order was sent in (0 before it ships). */
    public int getParcels() {
        return order == null ? 0 : order.parcels().size();
    }

    /** How many of its parcels the carrier delivered. */
    public int getParcelsDelivered() {
        return order == null ? 0 : order.parcelsDelivered().size();
    }

    /** How many of its parcels are still to reach the shopper (not delivered, not gone back to the shop). */
    public int getParcelsOnTheirWay() {
        return order == null ? 0 : order.parcelsOnTheirWay().size();
    }

    /** The products the shopper named with their request that the order does not contain, as they called them. */
    public List<String> getProductsNotInOrder() {
        return productsNotInOrder;
    }

    /** Whether the shopper named a product with their request that the order does not contain ("return the beanie"). */
    public boolean isNamesProductNotInOrder() {
        return !productsNotInOrder.isEmpty();
    }

    /** The part of an order sent in several parcels a request is for ({@link OrderPart}), or null for the whole order. */
    public OrderPart getOrderPart() {
        return part;
    }

    /**
     * Which part of the order a request is for, as the rules name it: named_delivered (the parcel of the products named,
     * delivered), named_on_its_way (that parcel, on its way), delivered_part (the parcels delivered while others are on
     * their way); null for the whole order (one parcel, or nothing to tell apart).
     */
    public String getPart() {
        return part == null ? null : part.kind().code();
    }

    /** Whole days since the part was delivered (0 on the day itself), or -1 when unknown or not delivered. */
    public int getPartDaysSinceDelivery() {
        return part == null ? -1 : part.daysSinceDelivery();
    }

    public boolean isFound() {
        return order != null;
    }

    public boolean isPhoneGiven() {
        return phoneLast4 != null;
    }

    public boolean isVerified() {
        return order != null && (order.phoneEndsWith(phoneLast4) || isOwnedBySignedCustomer());
    }

    /**
     * Whether the shop signed in the order's own customer: a proof that cannot be guessed, so wrong phone digits
     * others gave do not keep them from their order.
     */
    public boolean isOwnedBySignedCustomer() {
        return order != null && signedCustomer != null && signedCustomer == order.customerId();
    }

    /** Whether phone digits were given for the order and do not prove it: a wrong try. */
    public boolean isWrongPhoneDigits() {
        return order != null && phoneLast4 != null && !isVerified();
    }

    /** Wrong phone digits for this order in this conversation, this message's included. */
    public int getWrongTries() {
        return wrongTries;
    }

    /** Wrong phone digits for this order from all conversations within the window, this message's included. */
    public int getRecentWrongTries() {
        return recentWrongTries;
    }

    /** What the order's payments say; none when the order was not found. */
    public OrderPayments getPayments() {
        return new OrderPayments(order == null ? List.of() : order.payments());
    }

    /** How many payments took money and keep it (succeeded, not refunded). */
    public int getSucceededPayments() {
        return getPayments().succeeded().size();
    }

    /**
     * Whether two succeeded payments look like one purchase charged twice: the same amount, within
     * {@link OrderPayments#DUPLICATE_WINDOW} of each other.
     */
    public boolean isDuplicateCharge() {
        return getPayments().isDuplicateCharge();
    }

    /** How many attempts failed (they took no money). */
    public int getFailedPayments() {
        return getPayments().failed().size();
    }

    /** The latest failed attempt's code (insufficient_funds, card_declined, risk_blocked…), or null when none failed. */
    public String getLatestFailureCode() {
        return getPayments().latestFailure().map(OrderDetails.Payment::failureCode).orElse(null);
    }

    /** Whether an attempt still waits for the provider's confirmation. */
    public boolean isPaymentPending() {
        return getPayments().pending().isPresent();
    }

    /** How many payments were refunded. */
    public int getRefundedPayments() {
        return getPayments().refunded().size();
    }

    /**
     * The day (shop time) a refunded order was refunded: its last change, when its status is refunded or cancelled
     * and a payment of it was refunded; null otherwise (the payments table keeps no day of refund).
     */
    public LocalDate getRefundedOn() {
        if (order == null || order.updatedAt() == null || getRefundedPayments() == 0
                || !("refunded".equals(order.status()) || "cancelled".equals(order.status()))) {
            return null;
        }
        return order.updatedAt().atZoneSameInstant(OrderRepository.SHOP_ZONE).toLocalDate();
    }
}
