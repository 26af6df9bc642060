package io.shopdesk.dialogue;

import java.time.LocalDate;

/**
 * When an order's electronic invoice is issued and how long after delivery it can still be requested or changed (a
 * fact, from {@link DialogueSettings}): the FAQ's "we issue an electronic invoice for every order within 24 hours after
 * delivery … you can still request one in My Orders > Invoice within 90 days of delivery". The dialogue rules compare
 * {@link OrderLookup#getDaysSinceDelivery()} with {@code days}; the replies name the days. Immutable. Documented for
 * rule authors in {@code rules/dialogue/README.md}.
 *
 * @param days days after the day of delivery within which an invoice can be requested, or its title changed, in My Orders
 */
public record InvoiceWindow(int days) {
    /** The FAQ's window (invoices-request, invoices-correct-details): 90 days. */
    public static final InvoiceWindow FAQ = new InvoiceWindow(90);

    public int getDays() {
        return days;
    }

    /**
     * The day by which an order delivered on {@code deliveredOn} has its electronic invoice: within 24 hours after
     * delivery, so the next day at the latest (the shop knows the day of delivery, not its hour).
     */
    public LocalDate issuedBy(LocalDate deliveredOn) {
        return deliveredOn.plusDays(1);
    }

    /** The last day the invoice of an order delivered on {@code deliveredOn} can be requested or changed. */
    public LocalDate lastDay(LocalDate deliveredOn) {
        return deliveredOn.plusDays(days);
    }
}
