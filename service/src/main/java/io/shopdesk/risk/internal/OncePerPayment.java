package io.shopdesk.risk.internal;

import io.shopdesk.risk.PaymentConflictException;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.RiskDecision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Decides each payment id once. A checkout retries a payment it got no answer for; scoring the retry again would count
 * the payment twice in velocity (enough, after a few retries, to flip it to REVIEW) and store two decisions for one
 * payment. So a payment id already decided gets its decision back: one being decided right now (the retry waits for
 * it), one decided and waiting for its audit row ({@link DecisionAuditWriter#pendingPaymentRow}), or one stored. The
 * database's unique index on the payment id (V12) is the backstop for two service instances deciding at once.
 *
 * <p>A retry is the same payment: the same customer, amount, currency, method and card. An id that comes back with
 * other details is refused ({@link PaymentConflictException}) rather than given the earlier decision: a reused id
 * must not turn a small approved payment into a free approval of a large one.
 *
 * <p>Thread-safe. A decision that failed (the rules not ready, say) is not remembered: the next try, or a retry that
 * was waiting for it, decides afresh.
 */
public final class OncePerPayment {
    private record InFlight(PaymentRequest request, CompletableFuture<RiskDecision> decision) {
    }

    private final Map<String, InFlight> deciding = new ConcurrentHashMap<>();
    private final DecisionAuditWriter audit;
    private final RiskDecisionRepository decisions;
    private final DecidedPaymentIds decided = new DecidedPaymentIds();
    private final CompletableFuture<Void> loading;

    /** Starts reading the stored payment ids in the background ({@link DecidedPaymentIds}). */
    public OncePerPayment(DecisionAuditWriter audit, RiskDecisionRepository decisions) {
        this.audit = audit;
        this.decisions = decisions;
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
        String paymentId = request.paymentId();
        while (true) {
            InFlight mine = new InFlight(request, new CompletableFuture<>());
            InFlight running = deciding.putIfAbsent(paymentId, mine);
            if (running != null) {
                requireSame(paymentId, differences(running.request(), request));
                try {
                    return running.decision().join();
                } catch (CompletionException e) {
                    continue; // that attempt failed (its caller got the error); this retry decides for itself
                }
            }
            try {
                RiskDecision decision = earlier(request).orElseGet(decide);
                decided.add(paymentId);
                mine.decision().complete(decision);
                return decision;
            } catch (RuntimeException | Error e) {
                mine.decision().completeExceptionally(e);
                throw e;
            } finally {
                deciding.remove(paymentId, mine);
            }
        }
    }

    private Optional<RiskDecision> earlier(PaymentRequest request) {
        String paymentId = request.paymentId();
        Optional<RiskDecisionRepository.AuditRow> pending = audit.pendingPaymentRow(paymentId);
        if (pending.isPresent()) {
            if (pending.get().input() instanceof PaymentRequest before) {
                requireSame(paymentId, differences(before, request));
            }
            return pending.map(RiskDecisionRepository.AuditRow::decision);
        }
        if (!decided.mayHaveBeenDecided(paymentId)) {
            return Optional.empty(); // nearly every payment: certainly new, no look-up
        }
        // The row may have been written between the look-up above and now: then it is in the table.
        return decisions.paymentDecisionId(paymentId).flatMap(decisions::find).map(stored -> {
            requireSame(paymentId, differences(stored.input(), request));
            return stored.decision();
        });
    }

    private static void requireSame(String paymentId, List<String> differences) {
        if (!differences.isEmpty()) {
            throw new PaymentConflictException(paymentId, String.join(", ", differences));
        }
    }

    /** The fields that make a payment what it is, where two requests differ. */
    static List<String> differences(PaymentRequest before, PaymentRequest now) {
        return differences(Map.of("customerId", before.customerId(), "amount", before.amount(),
                "currency", before.currency(), "method", before.method(),
                "cardFingerprint", Objects.requireNonNullElse(before.cardFingerprint(), "")), now);
    }

    /** The same, against a stored request as its JSON object reads back. */
    static List<String> differences(Map<String, ?> before, PaymentRequest now) {
        List<String> differ = new ArrayList<>();
        if (!String.valueOf(before.get("customerId")).equals(String.valueOf(now.customerId()))) {
            differ.add("customerId");
        }
        Object amount = before.get("amount");
        if (amount == null || new BigDecimal(amount.toString()).compareTo(now.amount()) != 0) {
            differ.add("amount");
        }
        for (String field : List.of("currency", "method")) {
            Object value = before.get(field);
            String wanted = field.equals("currency") ? now.currency() : now.method();
            if (!Objects.equals(value == null ? null : value.toString(), wanted)) {
                differ.add(field);
            }
        }
        Object card = before.get("cardFingerprint");
        if (!Objects.equals(card == null ? "" : card.toString(), Objects.requireNonNullElse(now.cardFingerprint(), ""))) {
            differ.add("cardFingerprint");
        }
        return differ;
    }
}
