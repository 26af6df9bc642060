package io.shopdesk.escalation;

import io.shopdesk.dialogue.OrderLabels;
import io.shopdesk.nlp.Language;
import java.time.LocalDate;

/**
 * The order the conversation is about (a fact; absent when none was named or it does not exist). Immutable.
 * Documented for rule authors in {@code rules/escalation/README.md}.
 *
 * <p>Rules decide on the stored values ({@code status} in_transit, {@code carrier} "SF Express") and write the
 * labels into the reasons an agent reads: {@code statusZh} 运输中 / {@code statusEn} "in transit", {@code carrierZh}
 * 顺丰速运 / {@code carrierEn} "SF Express". Every reason carries both languages (an agent may read a Chinese chat in
 * English), so the fact carries both labels, computed by {@link #labelled(OrderLabels)} from the chat's own reply texts
 * ({@code status.*}, {@code carrier.*} in {@code rules/dialogue/replies/}): one table, no copy in the DRL to fall out of
 * step, and the agent reads the words the shopper was shown. Built without labels (a scenario before it is labelled),
 * the labels are the stored values.
 *
 * @param carrier        the carrier of its shipment, or null when it has none
 * @param trackingNumber the shipment's tracking number, or null
 * @param eta            the shipment's estimated delivery, or null
 * @param daysLate       whole days it is past {@code eta} without having been delivered, on the shop's date (0 when on
 *                       time, without an estimate, delivered, cancelled, returned or refunded)
 * @param deliveredOn    the day (shop time) its shipment was delivered, or null when not delivered or unknown
 * @param statusZh       the status as the chat words it in Chinese (运输中)
 * @param statusEn       the status as the chat words it in English ("in transit")
 * @param carrierZh      the carrier's Chinese name (顺丰速运), or null when it has no carrier
 * @param carrierEn      the carrier's English name ("SF Express"), or null when it has no carrier
 */
public record OrderInQuestion(String orderId, String status, double total, String currency, String carrier,
                              String trackingNumber, LocalDate eta, int daysLate, LocalDate deliveredOn,
                              String statusZh, String statusEn, String carrierZh, String carrierEn) {

    public OrderInQuestion {
        statusZh = statusZh == null ? status : statusZh;
        statusEn = statusEn == null ? status : statusEn;
        carrierZh = carrierZh == null ? carrier : carrierZh;
        carrierEn = carrierEn == null ? carrier : carrierEn;
    }

    /** The order with its labels still to be computed ({@link #labelled(OrderLabels)}). */
    public OrderInQuestion(String orderId, String status, double total, String currency, String carrier,
                           String trackingNumber, LocalDate eta, int daysLate, LocalDate deliveredOn) {
        this(orderId, status, total, currency, carrier, trackingNumber, eta, daysLate, deliveredOn, null, null, null,
                null);
    }

    /** This order with its status and carrier labelled in both languages as the chat labels them. */
    public OrderInQuestion labelled(OrderLabels labels) {
        return new OrderInQuestion(orderId, status, total, currency, carrier, trackingNumber, eta, daysLate, deliveredOn,
                labels.status(Language.ZH, status), labels.status(Language.EN, status),
                labels.carrier(Language.ZH, carrier), labels.carrier(Language.EN, carrier));
    }

    public String getOrderId() {
        return orderId;
    }

    public String getStatus() {
        return status;
    }

    public double getTotal() {
        return total;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public LocalDate getEta() {
        return eta;
    }

    public int getDaysLate() {
        return daysLate;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public String getStatusZh() {
        return statusZh;
    }

    public String getStatusEn() {
        return statusEn;
    }

    public String getCarrierZh() {
        return carrierZh;
    }

    public String getCarrierEn() {
        return carrierEn;
    }
}
