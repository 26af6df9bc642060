package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether an English message says the shopper paid or was charged, in the past ("I paid $45.90 on Tuesday", "my card
 * was charged ¥598 yesterday", "you took 45 dollars from my account"); not a payment to come ("can I pay on
 * Tuesday?") nor one denied ("I haven't paid yet"). The dialogue compares the amount and day such a message names with
 * the order's payment records ({@code Turn.statedPayment}). Stateless and thread-safe.
 */
public final class PaymentStatement {
    private static final Pattern PAID = Pattern.compile(
            "(?is).*\\b(paid|payed|transferred|(was|were|got|been|being) (charged|debited|billed)|charged (me|my)"
                    + "|debited|deducted|billed me|(took|taken) .{0,20}\\b(from|out of) (me|my)|made (a|the) payment"
                    + "|payment (of|for)\\b.{0,40}\\b(on|yesterday|today|last)\\b).*");
    private static final Pattern DENIED = Pattern.compile(
            "(?is).*\\b(not|n't|never|haven't|hasn't|didn't)\\s+(yet\\s+)?(been\\s+)?(paid|payed|charged|debited|billed)\\b.*");

    private PaymentStatement() {
    }

    /** Whether the English {@code text} says a payment was made; Chinese messages are not read here. */
    public static boolean says(String text, String language) {
        return "en".equals(language) && text != null && PAID.matcher(text).matches() && !DENIED.matcher(text).matches();
    }
}
