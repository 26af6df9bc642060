package io.shopdesk.risk.internal;

import io.shopdesk.risk.FinancingConflictException;
import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.internal.OncePerId.Earlier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides each financing application id once ({@link OncePerId}). A lender's system retries a pre-check it got no
 * answer for; it must get the same decision back, not a second one scored and stored beside the first. So an
 * application id already decided gets its decision back: one being decided right now (the retry waits for it), one
 * waiting for its audit row ({@link DecisionAuditWriter#pendingApplicationRow}), or one stored. Financing is rare next
 * to payments, so every application is looked up in the audit table (by the unique application id of V15, which is
 * also the backstop for two service instances deciding at once); no filter of decided ids as for payments.
 *
 * <p>An application is a customer asking for an amount over a term: an id that comes back with another customerId,
 * amount or termMonths is refused ({@link FinancingConflictException}) rather than given the earlier decision, so a
 * reused id cannot turn an approved small loan into an approval of a larger or longer one. The applicant's other
 * details (income, employment, ...) describe the applicant, not the application, and are not compared, as a payment's
 * device and addresses are not.
 *
 * <p>Thread-safe. A decision that failed (the rules not ready, say) is not remembered.
 */
public final class OncePerApplication {
    private final DecisionAuditWriter audit;
    private final RiskDecisionRepository decisions;
    private final OncePerId<FinancingRequest> once;

    public OncePerApplication(DecisionAuditWriter audit, RiskDecisionRepository decisions) {
        this.audit = audit;
        this.decisions = decisions;
        this.once = new OncePerId<>(FinancingRequest::applicationId, this::earlier, OncePerApplication::differences,
                FinancingConflictException::new);
    }

    /**
     * The decision of the request's application: the earlier one if there is one, else what {@code decide} returns
     * (which must have submitted its audit row before returning, so that a later retry finds it).
     *
     * @throws FinancingConflictException when the application id was decided for an application with other details
     */
    public RiskDecision decide(FinancingRequest request, Supplier<RiskDecision> decide) {
        return once.decide(request, decide);
    }

    private Optional<Earlier> earlier(String applicationId) {
        Optional<RiskDecisionRepository.AuditRow> pending = audit.pendingApplicationRow(applicationId);
        if (pending.isPresent()) {
            return pending.map(Earlier::of);
        }
        // The row may have been written between the look-up above and now: then it is in the table.
        return decisions.applicationDecisionId(applicationId).flatMap(decisions::find).map(Earlier::of);
    }

    /**
     * The fields that make an application what it is, where what was decided before (a {@link FinancingRequest}, or
     * one as its stored JSON object reads back) and {@code now} differ; none for anything else.
     */
    static List<String> differences(Object before, FinancingRequest now) {
        Map<String, String> was = switch (before) {
            case FinancingRequest f -> identity(f.customerId(), f.amount(), f.termMonths());
            case Map<?, ?> stored -> identity(stored.get("customerId"), stored.get("amount"), stored.get("termMonths"));
            default -> null;
        };
        return was == null ? List.of()
                : OncePerId.differing(was, identity(now.customerId(), now.amount(), now.termMonths()));
    }

    private static Map<String, String> identity(Object customerId, Object amount, Object termMonths) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customerId", OncePerId.text(customerId));
        fields.put("amount", OncePerId.amount(amount));
        fields.put("termMonths", OncePerId.text(termMonths));
        return fields;
    }
}
