package io.shopdesk.risk.internal;

import io.shopdesk.risk.PaymentConflictException;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.internal.OncePerId.Earlier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Decides each payment id once ({@link OncePerId}). A checkout retries a payment it got no answer for; scoring the
 * retry again would count the payment twice in velocity (enough, after a few retries, to flip it to REVIEW) and store
 * two decisions for one payment. So a payment id already decided gets its decision back: one being decided right now
 * (the retry waits for it), one decided and waiting for its audit row ({@link DecisionAuditWriter#pendingPaymentRow}),
 * or one stored. The database's unique index on the payment id (V12) is the backstop for two service instances
 * deciding at once. Nearly every payment is new, so the table is looked up only for an id {@link DecidedPaymentIds}
 * says may have been decided.
 *
 * <p>A retry is the same payment: the same customer, amount, currency, method and card. An id that comes back with
 * other details is refused ({@link PaymentConflictException}) rather than given the earlier decision: a reused id
 * must not turn a small approved payment into a free approval of a large one.
 *
 * <p>Thread-safe. A decision that failed (the rules not ready, say) is not remembered: the next try, or a retry that
 * was waiting for it, decides afresh.
 */
public final class OncePerPayment {
    private final DecisionAuditWriter audit;
    private final RiskDecisionRepository decisions;
    private final DecidedPaymentIds decided = new DecidedPaymentIds();
    private final OncePerId<PaymentRequest> once;
    private final CompletableFuture<Void> loading;

    /** Starts reading the stored payment ids in the background ({@link DecidedPaymentIds}). */
    public OncePerPayment(DecisionAuditWriter audit, RiskDecisionRepository decisions) {
        this.audit = audit;
        this.decisions = decisions;
        this.once = new OncePerId<>(PaymentRequest::paymentId, this::earlier, OncePerPayment::differences,
                PaymentConflictException::new);
        this.loading = io.shopdesk.watch.StartupTasks.<Void>start("decided-payment-ids", () -> {
            decided.load(decisions::eachPaymentId);
            return null;
        }).whenComplete((done, failed) -> {
            if (failed != null) {
                org.slf4j.LoggerFactory.getLogger(OncePerPayment.class).warn(
                        "Stored payment ids not read ({}); every payment is looked up in the audit table", failed.toString());
            }
        });
    }

    /** Waits for the start-up read of the stored payment ids (for tests and benchmarks; requests never wait). */
    public void awaitLoaded() {
        loading.join();
    }

    /**
     * The decision of the request's payment: the earlier one if there is one, else what {@code decide} returns (which
     * must have submitted its audit row before returning, so that a later retry finds it).
     *
     * @throws PaymentConflictException when the payment id was decided for a payment with other details
     */
    public RiskDecision decide(PaymentRequest request, Supplier<RiskDecision> decide) {
        return once.decide(request, () -> {
            RiskDecision decision = decide.get();
            decided.add(request.paymentId());
            return decision;
        });
    }

    private Optional<Earlier> earlier(String paymentId) {
        Optional<RiskDecisionRepository.AuditRow> pending = audit.pendingPaymentRow(paymentId);
        if (pending.isPresent()) {
            return pending.map(Earlier::of);
        }
        if (!decided.mayHaveBeenDecided(paymentId)) {
            return Optional.empty(); // nearly every payment: certainly new, no look-up
        }
        // The row may have been written between the look-up above and now: then it is in the table.
        return decisions.paymentDecisionId(paymentId).flatMap(decisions::find).map(Earlier::of);
    }

    /**
     * The fields that make a payment what it is, where what was decided before (a {@link PaymentRequest}, or one as
     * its stored JSON object reads back) and {@code now} differ; none for anything else.
     */
    static List<String> differences(Object before, PaymentRequest now) {
        Map<String, String> was = switch (before) {
            case PaymentRequest p -> identity(p.customerId(), p.amount(), p.currency(), p.method(), p.cardFingerprint());
            case Map<?, ?> stored -> identity(stored.get("customerId"), stored.get("amount"), stored.get("currency"),
                    stored.get("method"), stored.get("cardFingerprint"));
            default -> null;
        };
        return was == null ? List.of() : OncePerId.differing(was,
                identity(now.customerId(), now.amount(), now.currency(), now.method(), now.cardFingerprint()));
    }

    private static Map<String, String> identity(Object customerId, Object amount, Object currency, Object method,
                                                Object cardFingerprint) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customerId", OncePerId.text(customerId));
        fields.put("amount", OncePerId.amount(amount));
        fields.put("currency", OncePerId.text(currency));
        fields.put("method", OncePerId.text(method));
        fields.put("cardFingerprint", Objects.requireNonNullElse(OncePerId.text(cardFingerprint), ""));
        return fields;
    }
}
