package io.shopdesk.recommendation;

/**
 * What the conversation is going through (a fact; immutable). Built in one place,
 * {@link #of(String, String, boolean, Long)}, so that a change in how complaints or escalations are tracked changes
 * only that method. "Handed off" is the conversation state's escalation status being queued or held.
 *
 * @param complaintOpen  the shopper is complaining (this turn or the previous one)
 * @param escalationOpen the conversation is with, or waiting for, a person
 * @param customerKnown  the shopper proved who they are (order id and phone digits)
 */
public record ShopperSituation(boolean complaintOpen, boolean escalationOpen, boolean customerKnown) {

    public static ShopperSituation of(String intent, String lastIntent, boolean handedOff, Long customerId) {
        boolean complaint = "complaint".equals(intent) || "complaint".equals(lastIntent);
        return new ShopperSituation(complaint, handedOff, customerId != null);
    }

    public boolean isComplaintOpen() {
        return complaintOpen;
    }

    public boolean isEscalationOpen() {
        return escalationOpen;
    }

    public boolean isCustomerKnown() {
        return customerKnown;
    }
}
