package io.shopdesk.dialogue;

/**
 * A payment the shopper says they made, as their message gives it ("I paid $45.90 on Tuesday"): the amount as the NLP
 * normalised it ({@code 45.9 USD}) and as written ({@code $45.90}), the day (ISO, {@code 2026-12-01}) and as written
 * ({@code on Tuesday}); either pair may be null, not both. Kept in {@link ConversationState} while the order it is
 * about is asked for and proved, so that the answer from the order's payment records can say where they differ.
 * Immutable.
 */
public record StatedPayment(String amount, String amountText, String date, String dateText) {
}
