package io.shopdesk.dialogue;

import java.time.LocalDate;

/**
 * How long after delivery an order may be returned or exchanged (a fact, from {@link DialogueSettings}): the dialogue
 * rules compare {@link OrderLookup#getDaysSinceDelivery()} with it, and the replies name the last days. Immutable.
 * Documented for rule authors in {@code rules/dialogue/README.md}.
 *
 * @param days          days after the day of delivery for a return or exchange without a reason (七天无理由)
 * @param defectiveDays days after the day of delivery for returning or exchanging a faulty item
 */
public record ReturnWindow(int days, int defectiveDays) {

    public int getDays() {
        return days;
    }

    public int getDefectiveDays() {
        return defectiveDays;
    }

    /** The last day a return without a reason is accepted for an order delivered on {@code deliveredOn}. */
    public LocalDate lastDay(LocalDate deliveredOn) {
        return deliveredOn.plusDays(days);
    }

    /** The last day a faulty item of an order delivered on {@code deliveredOn} can be returned. */
    public LocalDate lastDefectiveDay(LocalDate deliveredOn) {
        return deliveredOn.plusDays(defectiveDays);
    }
}
