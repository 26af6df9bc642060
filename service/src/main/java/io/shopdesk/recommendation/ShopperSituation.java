package io.shopdesk.recommendation;

/**
 * What the conversation is going through (a fact; immutable). Built in one place,
 * {@link #of(RecommendationRequest)}, so that a change in how complaints or escalations are tracked changes only that
 * method. "Handed off" is the conversation state's escalation status being queued or held.
 *
 * @param complaintOpen   the shopper is complaining (this turn or the previous one)
 * @param escalationOpen  the conversation is with, or waiting for, a person
 * @param customerKnown   the shopper proved who they are (order id and phone digits)
 * @param problemReported the shopper said in this conversation that something they have is wrong (faulty, damaged,
 *                        the wrong size) or complained, this turn included
 * @param upset           a message of the shopper's in this conversation read as negative (the escalation feature's
 *                        sentiment, known from the turn after it)
 */
public record ShopperSituation(boolean complaintOpen, boolean escalationOpen, boolean customerKnown,
                               boolean problemReported, boolean upset) {

    public static ShopperSituation of(RecommendationRequest request) {
        boolean complaint = "complaint".equals(request.analysis().intentName())
                || "complaint".equals(request.lastIntent());
        return new ShopperSituation(complaint, request.handedOff(), request.customerId() != null,
                request.problemReported(), request.upset());
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

    public boolean isProblemReported() {
        return problemReported;
    }

    public boolean isUpset() {
        return upset;
    }
}
