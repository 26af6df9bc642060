package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.InstalmentQuestion;
import io.shopdesk.recommendation.Product;
import java.math.BigDecimal;
import java.util.List;

/**
 * A message's instalment question resolved against the plan table: the term, the provider, the product or amount and
 * where it came from ({@link InstalmentAskReader}); what the rules see of it is {@link #fact()}, what the reply quotes
 * {@link #quotes()}. Immutable and thread-safe.
 *
 * @param term      months asked for, 0 for none
 * @param provider  huabei or credit_card, or null for any
 * @param product   the product asked about, or null
 * @param amount    the order amount asked about when no product is, or null
 * @param priceFrom see {@link InstalmentQuestion#priceFrom()}
 * @param preCheck  the financing pre-check's decision for a customer the conversation knows (APPROVE…), or null
 */
public record InstalmentAsk(boolean asked, int term, String provider, Product product, BigDecimal amount,
                            String priceFrom, InstalmentPlans plans, String preCheck) {

    /** No instalment question in the message. */
    static InstalmentAsk none(InstalmentPlans plans) {
        return new InstalmentAsk(false, 0, null, null, null, null, plans, null);
    }

    public InstalmentAsk withPreCheck(String decision) {
        return new InstalmentAsk(asked, term, provider, product, amount, priceFrom, plans, decision);
    }

    /** The price the monthly amounts are worked out from: the product's, else the amount; null when neither is known. */
    public BigDecimal price() {
        return product != null ? product.price() : amount;
    }

    public boolean instalmentsAllowed() {
        return product == null || product.instalments();
    }

    /** Whether the term asked for is one the provider asked about (else any) offers; true without a term. */
    public boolean termOffered() {
        return term == 0 || plans.terms(provider).contains(term);
    }

    /** The plans the question is about: the provider's (else every provider's), of the term asked for when there is one. */
    public List<InstalmentPlan> plansAsked() {
        return plans.of(provider).stream().filter(p -> term == 0 || p.months() == term).toList();
    }

    /** Whether the price is below the minimum of every plan asked about. */
    public boolean belowMinimum() {
        BigDecimal price = price();
        List<InstalmentPlan> asked = plansAsked();
        return price != null && !asked.isEmpty() && asked.stream().noneMatch(p -> p.offeredFor(price));
    }

    /** The quotes for the price, one per plan asked about that is offered for it, in the table's order. */
    public List<InstalmentQuote> quotes() {
        BigDecimal price = price();
        return price == null ? List.of() : plansAsked().stream().filter(p -> p.offeredFor(price))
                .map(p -> InstalmentQuote.of(p, price)).toList();
    }

    /** The quotes of every plan of the provider asked about (else any) that is interest-free for the price. */
    public List<InstalmentQuote> interestFreeQuotes() {
        BigDecimal price = price();
        return price == null ? List.of() : plans.of(provider).stream()
                .filter(p -> p.offeredFor(price) && p.interestFree(price))
                .map(p -> InstalmentQuote.of(p, price)).toList();
    }

    public InstalmentQuestion fact() {
        return asked ? new InstalmentQuestion(true, term, termOffered(), price() != null, instalmentsAllowed(),
                belowMinimum(), priceFrom) : InstalmentQuestion.NONE;
    }
}
