package io.shopdesk.risk.internal;

import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.DefaultProbabilityModel;
import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.ShopOrder;
import io.shopdesk.risk.RiskAssessment;
import io.shopdesk.risk.RiskSettings;
import io.shopdesk.risk.backtest.Backtester;
import io.shopdesk.risk.backtest.HistoricalApplication;
import io.shopdesk.risk.backtest.HistoricalPayment;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a rollback to a recorded version would change, before it is made: the decisions stored in a window (the
 * newest {@value #MAX_REPLAYED} at most, payments and financing together) are replayed through the live rule set and
 * through the version's rule files, compiled on their own ({@link RuleEngine#compileVersion}: the live set, the folder
 * and the history are not touched), by the backtest's replay. Each payment's context is built once, as the service
 * built it ({@link Backtester#replayBoth}), with velocity and known devices restored from the payments before the
 * first one replayed ({@link PaymentHistory#restore}); each financing application's with the model probability
 * stored with its decision ({@link Backtester#replayBothFinancing}). Both get the customer as the shop database says
 * at the decision's time (read per batch of customers, {@link RiskContextRepository#customers}: orders and failed
 * payments up to that time, a takeover reported and known to be theirs by then, the tier as it is today), the chat's signals as they stood at that time (messages and
 * address changes up to it, {@link RiskContextRepository#conversationAsOf}: two queries per decision with a conversation
 * or an order) and today's lists. Nothing that happened after a decision counts in its replay: velocity and known
 * devices are built in time order from the payments before it. A flip is a decision the two rule sets decide
 * differently.
 *
 * <p>A financing decision is replayed with its stored probability, never re-scored: today's model may have been
 * retrained since, and a rules preview must not mix a model change in. Financing decisions stored before the
 * probability was (V33) cannot be replayed and are counted instead. One preview runs at a time (they are CPU-heavy;
 * officers are few), and the last version compiled is kept for the next preview. A draft's check replays the same way
 * through the draft's rules and lists ({@link #compare}). Thread-safe.
 */
@Component
class RollbackPreview {
    /**
     * The newest decisions replayed at most: about a second or two of CPU (two rule sets, a few database reads per
     * batch of customers, two per decision with a chat).
     */
    static final int MAX_REPLAYED = 5_000;
    /** Flipped decisions listed, newest first. */
    static final int SAMPLE = 20;
    /** How financing decisions are scored in a replay: with the probability stored with each. */
    static final String FINANCING_PROBABILITY = "stored";

    private final RuleEngine rules;
    private final RiskSettings settings;
    private final RiskDecisionRepository decisions;
    private final ReplayableDecisions replayable;
    private final RiskContextRepository context;
    private final DecisionAuditWriter audit;
    private CompiledRuleSet lastCompiled;

    RollbackPreview(RuleEngine rules, RiskSettings settings, RiskDecisionRepository decisions,
                    ReplayableDecisions replayable, RiskContextRepository context, DecisionAuditWriter audit) {
        this.rules = rules;
        this.settings = settings;
        this.decisions = decisions;
        this.replayable = replayable;
        this.context = context;
        this.audit = audit;
    }

    /**
     * A decision, its score and the rule that decided it ({@code decidedBy}; null for a stored decision from before
     * V57 recorded it).
     */
    record Outcome(String decision, int score, String decidedBy) {

        static Outcome of(RiskAssessment assessment) {
            return new Outcome(assessment.getDecision(), assessment.getScore(), assessment.getDecidedBy());
        }
    }

    /** How many replayed decisions of a kind go from one decision (the live rules') to another (the version's). */
    record Change(String kind, String from, String to, int count) {
    }

    /**
     * One flipped decision: as stored, as the live rules decide it on replay, as the version would.
     *
     * @param paymentId          a payment's id (null for financing)
     * @param applicationId      a financing application's id (null for a payment)
     * @param modelVersion       the model that scored a financing decision ({@code none} for a payment)
     * @param defaultProbability the stored probability both replays used (null for a payment; -1: no model)
     * @param liveReasons        the reason codes of the live rules' replayed decision
     * @param versionReasons     the reason codes of the version's
     */
    record Flip(String decisionId, String kind, String paymentId, String applicationId, Long customerId,
                Instant decidedAt, String storedRuleSetVersion, String modelVersion, Double defaultProbability,
                Outcome stored, Outcome live, Outcome version, List<String> liveReasons, List<String> versionReasons) {
    }

    /**
     * @param paymentsInWindow      every payment decision stored in the window
     * @param financingInWindow     every financing decision stored in the window
     * @param financingWithoutScore of those, how many were stored without their model probability (before V33): not
     *                              replayed
     * @param replayed              how many decisions were replayed: every replayable one, or the newest
     *                              {@value #MAX_REPLAYED}
     * @param replayedByKind        {@code replayed} split into {@code payment} and {@code financing}
     * @param capped                whether replayable decisions of the window were left out for the limit
     * @param replayedSince         the oldest replayed decision's time (null when none)
     * @param unreadable            stored decisions whose input no longer reads as a request (skipped)
     * @param decidedByLive         replayed decisions that the live version made
     * @param liveReplayMatches     of those, how many the replay decides as stored: how faithful the replayed context
     *                              is (the tier and the lists are today's, a velocity across instances is this one's)
     * @param financingProbability  {@value #FINANCING_PROBABILITY}: financing decisions were replayed with the model
     *                              probability stored with each, not re-scored with today's model
     */
    record Report(String version, String liveVersion, int hours, Instant since, Instant until, long paymentsInWindow,
                  long financingInWindow, long financingWithoutScore, int replayed, Map<String, Integer> replayedByKind,
                  boolean capped, Instant replayedSince, int unreadable, int flipped, List<Change> changes,
                  List<Flip> sample, int decidedByLive, int liveReplayMatches, String financingProbability) {
    }

    /**
     * @throws IllegalArgumentException when the version is not recorded
     * @throws io.shopdesk.ruleengine.RuleSetException when its files no longer compile
     * @throws io.shopdesk.ruleengine.RuleSetUnavailableException when no version is live to compare with
     */
    synchronized Report preview(String version, LookBack window, Instant until) {
        CompiledRuleSet live = rules.ruleSet(settings.ruleSet());
        return compare(live, compiled(version, live), settings.lists(), window, until, SAMPLE);
    }

    /**
     * The same replay for any candidate (a draft's rules compiled on their own) deciding with the lists in
     * {@code targetLists} (a draft's copy; today's when it is {@link RiskSettings#lists()}), listing the newest
     * {@code sample} flips.
     */
    synchronized Report compare(CompiledRuleSet live, CompiledRuleSet target, Path targetLists,
                                LookBack window, Instant until, int sample) {
        audit.flush();
        Instant since = window.since(until);
        ReplayableDecisions.Window stored = replayable.read(since, until, MAX_REPLAYED);
        List<Replayed> replayed = replay(stored.oldestFirst(), live, target, targetLists);
        return tally(target.version(), live.version(), window, since, until, stored, replayed, sample);
    }

    /** A stored decision with how the live rules and the version decide it on replay. */
    private record Replayed(ReplayableDecisions.Stored stored, RiskAssessment live, RiskAssessment version) {

        boolean flipped() {
            return !live.getDecision().equals(version.getDecision());
        }
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

    /** The decisions replayed, in {@code ordered}'s order (oldest first). */
    private List<Replayed> replay(List<ReplayableDecisions.Stored> ordered, CompiledRuleSet live,
                                  CompiledRuleSet target, Path targetListsFolder) {
        if (ordered.isEmpty()) {
            return List.of();
        }
        CustomerTimelines customers = context.customers(
                ordered.stream().map(ReplayableDecisions.Stored::customerId).toList(), ordered.getFirst().at());
        Map<String, ShopOrder> orders = context.orders(ordered.stream()
                .map(s -> s.request() instanceof PaymentRequest r ? r.orderId() : null).toList());
        List<ReplayableDecisions.Stored> paymentRows = new ArrayList<>();
        List<HistoricalPayment> payments = new ArrayList<>();
        List<ReplayableDecisions.Stored> financingRows = new ArrayList<>();
        List<HistoricalApplication> applications = new ArrayList<>();
        for (ReplayableDecisions.Stored s : ordered) {
            RiskContextRepository.Customer customer = customers.at(s.customerId(), s.at());
            if (s.request() instanceof PaymentRequest r) {
                // As decided: the chat's messages and the address changes up to the payment's time.
                ConversationSignals chat = customer.signals(
                        context.conversationAsOf(r.conversationId(), r.orderId(), s.at()));
                paymentRows.add(s);
                payments.add(new HistoricalPayment(at(r, s.at()), customer.accountAgeDays(), customer.orderCount(),
                        customer.tier(), customer.failedPaymentsLast24h(), chat.addressChangeRequested(),
                        chat.paymentFailedMessages(), null, chat,
                        r.orderId() == null ? null : orders.get(r.orderId().strip())));
            } else if (s.request() instanceof FinancingRequest r) {
                financingRows.add(s);
                applications.add(new HistoricalApplication(r,
                        new DefaultProbabilityModel.Score(s.defaultProbability(), s.modelVersion()),
                        customer.accountAgeDays(), customer.orderCount(), customer.tier(),
                        customer.signals(context.conversationAsOf(r.conversationId(), null, s.at()))));
            }
        }
        Map<ReplayableDecisions.Stored, Replayed> byRow = new HashMap<>();
        boolean ownLists = !targetListsFolder.equals(settings.lists());
        try (RiskLists lists = new RiskLists(settings.lists());
             RiskLists ownTargetLists = ownLists ? new RiskLists(targetListsFolder) : null) {
            RiskLists targetLists = ownLists ? ownTargetLists : lists;
            if (!payments.isEmpty()) {
                Instant first = paymentRows.getFirst().at();
                List<Backtester.Paired<HistoricalPayment>> paired = Backtester.replayBoth(payments, live, target,
                        lists, targetLists, settings.cny(), facts -> PaymentHistory.restore(decisions, facts, first,
                                settings.seenHistory()));
                for (int i = 0; i < paired.size(); i++) {
                    byRow.put(paymentRows.get(i), new Replayed(paymentRows.get(i), paired.get(i).live(),
                            paired.get(i).candidate()));
                }
            }
            List<Backtester.Paired<HistoricalApplication>> paired = Backtester.replayBothFinancing(applications, live,
                    target, lists, targetLists);
            for (int i = 0; i < paired.size(); i++) {
                byRow.put(financingRows.get(i), new Replayed(financingRows.get(i), paired.get(i).live(),
                        paired.get(i).candidate()));
            }
        }
        return ordered.stream().map(byRow::get).toList();
    }

    private static Report tally(String version, String liveVersion, LookBack window, Instant since, Instant until,
                                ReplayableDecisions.Window stored, List<Replayed> replayed, int sample) {
        Map<String, Integer> changes = new LinkedHashMap<>();
        Map<String, Integer> byKind = new LinkedHashMap<>(Map.of("payment", 0, "financing", 0));
        List<Flip> flips = new ArrayList<>();
        int decidedByLive = 0;
        int matches = 0;
        for (Replayed r : replayed) {
            ReplayableDecisions.Stored s = r.stored();
            byKind.merge(s.kind(), 1, Integer::sum);
            Outcome live = Outcome.of(r.live());
            if (liveVersion.equals(s.ruleSetVersion())) {
                decidedByLive++;
                matches += live.decision().equals(s.outcome().decision()) ? 1 : 0;
            }
            if (r.flipped()) {
                changes.merge(s.kind() + ">" + live.decision() + ">" + r.version().getDecision(), 1, Integer::sum);
                flips.add(flip(s, r));
            }
        }
        List<Change> changeList = changes.entrySet().stream()
                .map(e -> {
                    String[] key = e.getKey().split(">");
                    return new Change(key[0], key[1], key[2], e.getValue());
                })
                .sorted(Comparator.comparingInt(Change::count).reversed().thenComparing(Change::kind)
                        .thenComparing(Change::from).thenComparing(Change::to))
                .toList();
        return new Report(version, liveVersion, window.hours(), since, until, stored.payments(), stored.financing(),
                stored.financingWithoutScore(), replayed.size(), byKind,
                replayed.size() + stored.unreadable() < stored.replayable(),
                replayed.isEmpty() ? null : replayed.getFirst().stored().at(), stored.unreadable(), flips.size(),
                changeList, flips.reversed().stream().limit(sample).toList(), decidedByLive, matches,
                FINANCING_PROBABILITY);
    }

    private static Flip flip(ReplayableDecisions.Stored s, Replayed r) {
        String paymentId = s.request() instanceof PaymentRequest p ? p.paymentId() : null;
        String applicationId = s.request() instanceof FinancingRequest f ? f.applicationId() : null;
        return new Flip(s.decisionId(), s.kind(), paymentId, applicationId, s.customerId(), s.at(),
                s.ruleSetVersion(), s.modelVersion(), s.defaultProbability(), s.outcome(), Outcome.of(r.live()),
                Outcome.of(r.version()), r.live().reasonCodes(), r.version().reasonCodes());
    }

    private static PaymentRequest at(PaymentRequest p, Instant timestamp) {
        return new PaymentRequest(p.paymentId(), p.customerId(), p.amount(), p.currency(), p.method(),
                p.cardFingerprint(), p.deviceId(), p.ip(), p.shippingAddress(), p.billingAddress(), p.orderId(),
                p.conversationId(), timestamp);
    }
}
