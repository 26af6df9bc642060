package io.shopdesk.risk.internal;

import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.RiskSettings;
import io.shopdesk.risk.backtest.Backtester;
import io.shopdesk.risk.backtest.HistoricalPayment;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a rollback to a recorded version would change, before it is made: the payment decisions stored in a window
 * (the newest {@value #MAX_REPLAYED} at most) are replayed through the live rule set and through the version's rule
 * files, compiled on their own ({@link RuleEngine#compileVersion}: the live set, the folder and the history are not
 * touched), by the backtest's replay ({@link Backtester#replayBoth}): each payment's context is built once, as the
 * service built it, with velocity and known devices restored from the payments before the first one replayed
 * ({@link PaymentHistory#restore}), the customer as the shop database says at the decision's time, the conversation's
 * signals as stored now and today's lists. A flip is a payment the two rule sets decide differently.
 *
 * <p>Financing decisions are not replayed: their context holds the ML model's score, which is not stored, and
 * re-scoring with today's model would mix a model change into a rules preview; the report counts them. One preview
 * runs at a time (they are CPU-heavy; officers are few), and the last version compiled is kept for the next preview.
 * Thread-safe.
 */
@Component
class RollbackPreview {
    /** The newest payments replayed at most: about a second or two of CPU (two rule sets, a database read each). */
    static final int MAX_REPLAYED = 5_000;
    /** Flipped decisions listed, newest first. */
    static final int SAMPLE = 20;

    private final RuleEngine rules;
    private final RiskSettings settings;
    private final RiskDecisionRepository decisions;
    private final RiskContextRepository context;
    private final DecisionAuditWriter audit;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private CompiledRuleSet lastCompiled;

    RollbackPreview(RuleEngine rules, RiskSettings settings, RiskDecisionRepository decisions,
                    RiskContextRepository context, DecisionAuditWriter audit, JdbcClient jdbc, JsonMapper json) {
        this.rules = rules;
        this.settings = settings;
        this.decisions = decisions;
        this.context = context;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A decision and its score. */
    record Outcome(String decision, int score) {
    }

    /** How many replayed payments go from one decision (the live rules') to another (the version's). */
    record Change(String from, String to, int count) {
    }

    /** One flipped payment: as stored, as the live rules decide it on replay, as the version would. */
    record Flip(String decisionId, String paymentId, Long customerId, Instant decidedAt, String storedRuleSetVersion,
                Outcome stored, Outcome live, Outcome version) {
    }

    /**
     * @param paymentsInWindow  every payment decision stored in the window
     * @param replayed          how many were replayed: all of them, or the newest {@value #MAX_REPLAYED}
     * @param capped            whether {@code replayed < paymentsInWindow}
     * @param replayedSince     the oldest replayed decision's time (null when none)
     * @param unreadable        stored payments whose input no longer reads as a payment request (skipped)
     * @param decidedByLive     replayed decisions that the live version made
     * @param liveReplayMatches of those, how many the replay decides as stored: how faithful the replayed context is
     *                          (a conversation's signals are today's, a velocity across instances is this one's)
     * @param financingExcluded financing decisions in the window, not replayed (see the class comment)
     */
    record Report(String version, String liveVersion, int hours, Instant since, Instant until, long paymentsInWindow,
                  int replayed, boolean capped, Instant replayedSince, int unreadable, int flipped,
                  List<Change> changes, List<Flip> sample, int decidedByLive, int liveReplayMatches,
                  long financingExcluded) {
    }

    /**
     * @throws IllegalArgumentException when the version is not recorded
     * @throws io.shopdesk.ruleengine.RuleSetException when its files no longer compile
     * @throws io.shopdesk.ruleengine.RuleSetUnavailableException when no version is live to compare with
     */
    synchronized Report preview(String version, LookBack window, Instant until) {
        CompiledRuleSet live = rules.ruleSet(settings.ruleSet());
        CompiledRuleSet target = compiled(version, live);
        audit.flush();
        Instant since = window.since(until);
        Map<String, Long> byKind = countByKind(since, until);
        List<Stored> stored = new ArrayList<>();
        int[] unreadable = {0};
        jdbc.sql("""
                        SELECT id, created_at, input, decision, score, rule_set_version FROM risk_decisions
                        WHERE kind = 'payment' AND created_at >= :since AND created_at < :until
                        ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .param("limit", MAX_REPLAYED)
                .query((java.sql.ResultSet rs) -> {
                    try {
                        PaymentRequest request = json.readValue(rs.getString(3), PaymentRequest.class);
                        stored.add(new Stored(rs.getString(1), rs.getTimestamp(2).toInstant(), request,
                                new Outcome(rs.getString(4), rs.getInt(5)), rs.getString(6)));
                    } catch (JacksonException e) {
                        unreadable[0]++;
                    }
                });
        List<Stored> ordered = stored.reversed();
        List<Backtester.Paired> replayed = replay(ordered, live, target);
        return tally(version, live.version(), window, since, until, byKind, ordered, replayed, unreadable[0]);
    }

    private record Stored(String decisionId, Instant at, PaymentRequest request, Outcome outcome,
                          String ruleSetVersion) {
    }

    private CompiledRuleSet compiled(String version, CompiledRuleSet live) {
        if (version.equals(live.version())) {
            return live;
        }
        if (lastCompiled == null || !lastCompiled.version().equals(version)) {
            lastCompiled = rules.compileVersion(settings.ruleSet(), version);
        }
        return lastCompiled;
    }

    private Map<String, Long> countByKind(Instant since, Instant until) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT kind, count(*) FROM risk_decisions WHERE created_at >= :since AND created_at < :until
                        GROUP BY kind""")
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .query((java.sql.ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private List<Backtester.Paired> replay(List<Stored> ordered, CompiledRuleSet live, CompiledRuleSet target) {
        if (ordered.isEmpty()) {
            return List.of();
        }
        Map<String, ConversationSignals> chats = new HashMap<>();
        List<HistoricalPayment> history = new ArrayList<>(ordered.size());
        for (Stored s : ordered) {
            PaymentRequest r = s.request();
            RiskContextRepository.Customer customer = context.customer(r.customerId(), s.at());
            // As decided: the chat's messages now, an address the chat changed before the payment's time.
            ConversationSignals chat = chats.computeIfAbsent(r.conversationId() + "|" + r.orderId(),
                    key -> context.conversation(r.conversationId(), r.orderId(), s.at()));
            history.add(new HistoricalPayment(at(r, s.at()), customer.accountAgeDays(), customer.orderCount(),
                    customer.tier(), customer.failedPaymentsLast24h(), chat.addressChangeRequested(),
                    chat.paymentFailedMessages(), null, chat));
        }
        Instant first = ordered.getFirst().at();
        try (RiskLists lists = new RiskLists(settings.lists())) {
            return Backtester.replayBoth(history, live, target, lists, settings.cny(),
                    facts -> PaymentHistory.restore(decisions, facts, first, settings.seenHistory()));
        }
    }

    private static Report tally(String version, String liveVersion, LookBack window, Instant since, Instant until,
                                Map<String, Long> byKind, List<Stored> ordered, List<Backtester.Paired> replayed,
                                int unreadable) {
        Map<String, Integer> changes = new LinkedHashMap<>();
        List<Flip> flips = new ArrayList<>();
        int decidedByLive = 0;
        int matches = 0;
        for (int i = 0; i < replayed.size(); i++) {
            Stored s = ordered.get(i);
            Backtester.Paired p = replayed.get(i);
            Outcome live = new Outcome(p.live().getDecision(), p.live().getScore());
            if (liveVersion.equals(s.ruleSetVersion())) {
                decidedByLive++;
                matches += live.decision().equals(s.outcome().decision()) ? 1 : 0;
            }
            if (p.flipped()) {
                changes.merge(p.live().getDecision() + ">" + p.candidate().getDecision(), 1, Integer::sum);
                flips.add(new Flip(s.decisionId(), s.request().paymentId(), s.request().customerId(), s.at(),
                        s.ruleSetVersion(), s.outcome(), live, new Outcome(p.candidate().getDecision(), p.candidate().getScore())));
            }
        }
        List<Change> changeList = changes.entrySet().stream()
                .map(e -> new Change(e.getKey().split(">")[0], e.getKey().split(">")[1], e.getValue()))
                .sorted(java.util.Comparator.comparingInt(Change::count).reversed().thenComparing(Change::from)
                        .thenComparing(Change::to))
                .toList();
        long inWindow = byKind.getOrDefault("payment", 0L);
        return new Report(version, liveVersion, window.hours(), since, until, inWindow, replayed.size(),
                replayed.size() + unreadable < inWindow, ordered.isEmpty() ? null : ordered.getFirst().at(), unreadable,
                flips.size(), changeList, flips.reversed().stream().limit(SAMPLE).toList(), decidedByLive, matches,
                byKind.getOrDefault("financing", 0L));
    }

    private static PaymentRequest at(PaymentRequest p, Instant timestamp) {
        return new PaymentRequest(p.paymentId(), p.customerId(), p.amount(), p.currency(), p.method(),
                p.cardFingerprint(), p.deviceId(), p.ip(), p.shippingAddress(), p.billingAddress(), p.orderId(),
                p.conversationId(), timestamp);
    }
}
