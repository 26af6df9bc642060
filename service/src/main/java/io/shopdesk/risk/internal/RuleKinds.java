package io.shopdesk.risk.internal;

import io.shopdesk.risk.FinancingContext;
import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.PaymentContext;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.ScorecardPoints;
import io.shopdesk.ruleengine.RuleDescription;
import java.util.Map;

/**
 * Which kind of request a risk rule can fire for: {@value #PAYMENT}, {@value #FINANCING}, or {@value #ANY} (both).
 * Rule activity needs it to tell a dead rule (requests of its kind came, it fired for none) from one that simply had
 * no traffic (no financing application in the window, so no financing rule could fire).
 *
 * <p><b>Why from the facts a rule's conditions need.</b> The service inserts a {@link PaymentRequest} and a
 * {@link PaymentContext} into a payment's session and a {@link FinancingRequest} and a {@link FinancingContext} into
 * an application's, and nothing else of either kind ({@code RiskService}). So a rule whose conditions need one of
 * a payment's facts can fire for payments only, one that needs a financing fact for applications only, wherever the
 * rule is written. The facts are read from the compiled conditions ({@link RuleDescription#neededTypes}), so any way
 * of writing a condition counts. The other ways to tell were weaker: the rule set is one folder ({@code rules/risk})
 * with both kinds side by side in one package and no agenda groups, so neither folder nor agenda group separates
 * them; file names ({@code payments.drl}, {@code financing.drl}) are an editor's habit that a moved rule, a new file or
 * a rolled-back version does not keep.
 *
 * <p>{@link ScorecardPoints} counts as financing: only the financing scorecard (whose rows need a
 * {@link FinancingRequest}) inserts it, so {@code CollectScorecardPoints} fires for applications alone. A rule that
 * needs only facts common to both kinds (the threshold rules' {@code DecisionPhase}, the assessment) or facts of both
 * kinds at once (it cannot fire at all; or an {@code or} of both) is {@value #ANY}: it is dead when any request came
 * and it fired for none. Stateless and thread-safe.
 */
final class RuleKinds {
    static final String PAYMENT = "payment";
    static final String FINANCING = "financing";
    static final String ANY = "any";

    private static final Map<String, String> KIND_OF_FACT = Map.of(
            PaymentRequest.class.getName(), PAYMENT, PaymentContext.class.getName(), PAYMENT,
            FinancingRequest.class.getName(), FINANCING, FinancingContext.class.getName(), FINANCING,
            ScorecardPoints.class.getName(), FINANCING);

    private RuleKinds() {
    }

    static String of(RuleDescription rule) {
        boolean payment = false;
        boolean financing = false;
        for (String type : rule.neededTypes()) {
            String kind = KIND_OF_FACT.get(type);
            payment |= PAYMENT.equals(kind);
            financing |= FINANCING.equals(kind);
        }
        return payment == financing ? ANY : payment ? PAYMENT : FINANCING;
    }
}
