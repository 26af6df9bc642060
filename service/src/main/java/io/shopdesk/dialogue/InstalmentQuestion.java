package io.shopdesk.dialogue;

/**
 * A question about paying in instalments that the plan table answers, as the dialogue rules see it (a fact;
 * immutable): "12 months" right after the instalment answer, 5999分12期每月多少, "how much a month for the PixelArc Laptop
 * Air 14?", 24期可以吗. Present on every turn; {@link #isAsked()} is false for a message that is no such question (one
 * about instalments in general, "can I pay in instalments?", stays the FAQ's). Documented in
 * {@code rules/dialogue/README.md}, "Instalment plans".
 *
 * @param asked              the message asks about instalments (by its words, the intent, or as a short follow-up of
 *                           an instalment answer) with a term, or for a product or amount (named in it, a card shown,
 *                           the one quoted just before)
 * @param term               the months asked for, 0 for none
 * @param termOffered        the plan table has that term (for the provider asked about, else any); true without a term
 * @param priced             a product or an amount is known, so monthly amounts can be worked out
 * @param instalmentsAllowed the product may be paid in instalments ({@code products.instalments_allowed}); true for an
 *                           amount alone
 * @param belowMinimum       the amount is below the minimum of every plan asked about
 * @param priceFrom          where the price came from: {@code product} (named in the message), {@code amount} (in the
 *                           message), {@code card} (a card shown), {@code earlier} (the one quoted just before); null
 */
public record InstalmentQuestion(boolean asked, int term, boolean termOffered, boolean priced,
                                 boolean instalmentsAllowed, boolean belowMinimum, String priceFrom) {

    /** The fact of a message that asks nothing the plan table answers. */
    public static final InstalmentQuestion NONE = new InstalmentQuestion(false, 0, true, false, true, false, null);

    public boolean isAsked() {
        return asked;
    }

    public int getTerm() {
        return term;
    }

    public boolean isTermOffered() {
        return termOffered;
    }

    public boolean isPriced() {
        return priced;
    }

    public boolean isInstalmentsAllowed() {
        return instalmentsAllowed;
    }

    public boolean isBelowMinimum() {
        return belowMinimum;
    }

    public String getPriceFrom() {
        return priceFrom;
    }
}
