package io.shopdesk.dialogue;

import java.time.LocalDate;

/**
 * How late an order may be before a shopper chasing it goes to a person (a fact, from {@link DialogueSettings}): the
 * dialogue rules compare {@link OrderLookup#getDaysLate()} with it, and the replies to a late order say what happens
 * next. Up to {@code slightDays} past the estimated delivery, a parcel is slightly late: the bot says so, gives the
 * tracking again and the day from which a colleague will open an investigation with the carrier; beyond it, the first
 * follow-up ("when will it arrive?", 怎么还没到, a hurry request) hands the chat over. Immutable. Documented for rule
 * authors in {@code rules/dialogue/README.md}.
 *
 * @param slightDays days past the estimated delivery that are only slightly late
 */
public record LateDeliveryPolicy(int slightDays) {

    public int getSlightDays() {
        return slightDays;
    }

    /** Whether an order {@code daysLate} days past its estimate is late, but only slightly. */
    public boolean isSlight(int daysLate) {
        return daysLate > 0 && daysLate <= slightDays;
    }

    /** The first day a follow-up on an order estimated for {@code eta} goes to a person, if it has not arrived. */
    public LocalDate investigateOn(LocalDate eta) {
        return eta.plusDays(slightDays + 1L);
    }
}
