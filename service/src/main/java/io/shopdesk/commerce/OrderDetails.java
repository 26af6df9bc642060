package io.shopdesk.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as support sees it: status, amount, items, and its shipment if there is one. The phone is kept to
 * check that the person asking owns the order; it is never shown.
 */
public record OrderDetails(String id, String status, long customerId, String customerName, String customerPhone,
                           BigDecimal total, String currency, List<String> itemsEn, List<String> itemsZh,
                           Shipment shipment) {

    /**
     * The carrier's view of the parcel; {@code eta}, {@code trackingNumber} and {@code deliveredOn} (the day it was
     * delivered, in China time) may be null.
     */
    public record Shipment(String carrier, String trackingNumber, String status, LocalDate eta, LocalDate deliveredOn) {
    }

    /** True when {@code last4} are the last four digits of the customer's phone. */
    public boolean phoneEndsWith(String last4) {
        String digits = customerPhone.replaceAll("\\D", "");
        return last4 != null && last4.length() == 4 && digits.endsWith(last4);
    }
}
