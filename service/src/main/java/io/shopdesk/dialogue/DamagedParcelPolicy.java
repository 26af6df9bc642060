package io.shopdesk.dialogue;

/**
 * How soon after delivery a parcel damaged on the way must be reported for the shop's promise of a free replacement or
 * refund (a fact, from {@link DialogueSettings}): the FAQ's "contact us within 48 hours of receipt". The dialogue rules
 * compare {@link OrderLookup#getDaysSinceDelivery()} with {@link #reportDays()}, and the reply to a late report names
 * the hours. Immutable. Documented for rule authors in {@code rules/dialogue/README.md}.
 *
 * @param reportHours hours after delivery within which damage on the way is reported
 */
public record DamagedParcelPolicy(int reportHours) {
    /** The FAQ's 48 hours, the default of {@code shopdesk.dialogue.damaged-parcel-report-hours}. */
    public static final DamagedParcelPolicy FAQ = new DamagedParcelPolicy(48);

    public DamagedParcelPolicy {
        if (reportHours < 1) {
            throw new IllegalArgumentException("damaged-parcel report hours must be at least 1, was " + reportHours);
        }
    }

    public int getReportHours() {
        return reportHours;
    }

    /**
     * The whole days after the day of delivery (day 0) that still count as in time: the hours rounded up to days, so a
     * parcel delivered late on one day is not refused on the day after next (48 hours: 2 days). The shop knows the day
     * of delivery, not the hour.
     */
    public int getReportDays() {
        return (reportHours + 23) / 24;
    }
}
