package io.shopdesk.dialogue;

import java.time.LocalDate;

/**
 * How long after delivery a parcel the shopper never got can be reported for an investigation with the carrier (a fact,
 * from {@link DialogueSettings}): the FAQ's "send us your order number within 7 days of the delivery date; we'll open
 * an investigation with the carrier". The dialogue rules compare {@link OrderLookup#getDaysSinceDelivery()} with it: within
 * it a colleague opens the investigation; after it a colleague still looks at the case, and the shopper is told the
 * window has passed. Immutable. Documented for rule authors in {@code rules/dialogue/README.md}.
 *
 * @param reportDays days after the day of delivery within which a missing parcel is investigated with the carrier
 */
public record NotReceivedPolicy(int reportDays) {

    public int getReportDays() {
        return reportDays;
    }

    /** The last day a parcel delivered on {@code deliveredOn} can be reported missing for a carrier investigation. */
    public LocalDate lastReportDay(LocalDate deliveredOn) {
        return deliveredOn.plusDays(reportDays);
    }
}
