package io.shopdesk.escalation;

import java.time.LocalDate;

/**
 * The order the conversation is about (a fact; absent when none was named or it does not exist). Immutable.
 * Documented for rule authors in {@code rules/escalation/README.md}.
 *
 * @param carrier        the carrier of its shipment, or null when it has none
 * @param trackingNumber the shipment's tracking number, or null
 * @param eta            the shipment's estimated delivery, or null
 * @param daysLate       whole days it is past {@code eta} without having been delivered, on the shop's date (0 when on
 *                       time, without an estimate, delivered, cancelled, returned or refunded)
 */
public record OrderInQuestion(String orderId, String status, double total, String currency, String carrier,
                              String trackingNumber, LocalDate eta, int daysLate) {

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
}
