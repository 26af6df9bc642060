package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.StoredDecision;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Decides each payment id once. A checkout retries a payment it got no answer for; scoring the retry again would count
 * the payment twice in velocity (enough, after a few retries, to flip it to REVIEW) and store two decisions for one
 * payment. So a payment id already decided gets its decision back: one being decided right now (the retry waits for
 * it), one decided and waiting for its audit row ({@link DecisionAuditWriter#pendingPayment}), or one stored. The
 * database's unique index on the payment id (V12) is the backstop for two service instances deciding at once.
 *
 * <p>Thread-safe. A decision that failed (the rules not ready, say) is not remembered: the next try decides afresh.
 */
public final class OncePerPayment {
    private final Map<String, CompletableFuture<RiskDecision>> deciding = new ConcurrentHashMap<>();
    private final DecisionAuditWriter audit;
    private final RiskDecisionRepository decisions;

    public OncePerPayment(DecisionAuditWriter audit, RiskDecisionRepository decisions) {
        this.audit = audit;
        this.decisions = decisions;
    }

    /**
     * The decision of {@code paymentId}: the earlier one if there is one, else what {@code decide} returns (which must
     * have submitted its audit row before returning, so that a later retry finds it).
     */
    public RiskDecision decide(String paymentId, Supplier<RiskDecision> decide) {
        CompletableFuture<RiskDecision> mine = new CompletableFuture<>();
        CompletableFuture<RiskDecision> running = deciding.putIfAbsent(paymentId, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            RiskDecision decision = earlier(paymentId).orElseGet(decide);
            mine.complete(decision);
            return decision;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            deciding.remove(paymentId, mine);
        }
    }

    private Optional<RiskDecision> earlier(String paymentId) {
        Optional<RiskDecision> pending = audit.pendingPayment(paymentId);
        if (pending.isPresent()) {
            return pending;
        }
        // The row may have been written between the look-up above and now: then it is in the table.
        return decisions.paymentDecisionId(paymentId).flatMap(decisions::find).map(StoredDecision::decision);
    }
}
