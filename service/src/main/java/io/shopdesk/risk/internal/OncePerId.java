package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.StoredDecision;
import io.shopdesk.risk.internal.RiskDecisionRepository.AuditRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Decides each id of one kind of request once: what {@link OncePerPayment} and {@link OncePerApplication} share. A
 * caller retries a request it got no answer for; deciding the retry again would store two decisions for one payment
 * or application. So an id already decided gets its decision back: one being decided right now (the retry waits for
 * it, so two identical requests at the same moment make one decision), or one {@code earlier} finds (its audit row
 * still pending in the {@link DecisionAuditWriter}, or stored). A unique index on the id (V12, V15) is the backstop
 * for two service instances deciding at once.
 *
 * <p>A retry is the same request as far as {@code differences} says; an id that comes back with other details is
 * refused with {@code conflict} rather than given the earlier decision: a reused id must not turn a small approved
 * request into a free approval of a large one.
 *
 * <p>Thread-safe. A decision that failed (the rules not ready, say) is not remembered: the next try, or a retry that
 * was waiting for it, decides afresh.
 *
 * @param <R> the request type
 */
final class OncePerId<R> {
    /** An earlier decision with what it judged: the request itself (its row not written yet) or its stored JSON object. */
    record Earlier(RiskDecision decision, Object input) {
        static Earlier of(AuditRow pending) {
            return new Earlier(pending.decision(), pending.input());
        }

        static Earlier of(StoredDecision stored) {
            return new Earlier(stored.decision(), stored.input());
        }
    }

    /** The fields that make a request what it is, where what an earlier decision judged and a new request differ. */
    @FunctionalInterface
    interface Differences<R> {
        List<String> between(Object before, R now);
    }

    private record InFlight<R>(R request, CompletableFuture<RiskDecision> decision) {
    }

    private final Map<String, InFlight<R>> deciding = new ConcurrentHashMap<>();
    private final Function<R, String> idOf;
    private final Function<String, Optional<Earlier>> earlier;
    private final Differences<R> differences;
    private final BiFunction<String, List<String>, ? extends RuntimeException> conflict;

    /**
     * @param idOf        the request's id
     * @param earlier     the earlier decision of an id, if there is one: its pending audit row first, then the table
     *                    (a row is pending until it is committed, so one of the two finds it)
     * @param differences where a request differs from what the earlier decision judged
     * @param conflict    the exception for an id reused with other details, from the id and the differing fields
     */
    OncePerId(Function<R, String> idOf, Function<String, Optional<Earlier>> earlier, Differences<R> differences,
              BiFunction<String, List<String>, ? extends RuntimeException> conflict) {
        this.idOf = idOf;
        this.earlier = earlier;
        this.differences = differences;
        this.conflict = conflict;
    }

    /**
     * The decision of the request's id: the earlier one if there is one, else what {@code decide} returns (which must
     * have submitted its audit row before returning, so that a later retry finds it).
     *
     * @throws RuntimeException made by {@code conflict} when the id was decided for a request with other details
     */
    RiskDecision decide(R request, Supplier<RiskDecision> decide) {
        String id = idOf.apply(request);
        while (true) {
            InFlight<R> mine = new InFlight<>(request, new CompletableFuture<>());
            InFlight<R> running = deciding.putIfAbsent(id, mine);
            if (running != null) {
                requireSame(id, differences.between(running.request(), request));
                try {
                    return running.decision().join();
                } catch (CompletionException e) {
                    continue; // that attempt failed (its caller got the error); this retry decides for itself
                }
            }
            try {
                RiskDecision decision = earlier.apply(id).map(found -> {
                    requireSame(id, differences.between(found.input(), request));
                    return found.decision();
                }).orElseGet(decide);
                mine.decision().complete(decision);
                return decision;
            } catch (RuntimeException | Error e) {
                mine.decision().completeExceptionally(e);
                throw e;
            } finally {
                deciding.remove(id, mine);
            }
        }
    }

    private void requireSame(String id, List<String> differ) {
        if (!differ.isEmpty()) {
            throw conflict.apply(id, differ);
        }
    }

    /** The fields whose values differ, in {@code now}'s order; both map a field to its value as {@link #text}. */
    static List<String> differing(Map<String, String> before, Map<String, String> now) {
        List<String> differ = new ArrayList<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                differ.add(field);
            }
        });
        return differ;
    }

    /** A value as compared: a request's field or the same field as its stored JSON reads back (7 and 7L alike). */
    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** An amount as compared: 5, 5.0 and 5.00 alike (the stored JSON reads back as an Integer or a Double). */
    static String amount(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }
}
