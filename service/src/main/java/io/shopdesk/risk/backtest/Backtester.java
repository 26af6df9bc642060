package io.shopdesk.risk.backtest;

import io.shopdesk.risk.CnyRates;
import io.shopdesk.risk.PaymentContext;
import io.shopdesk.risk.RiskAssessment;
import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.RiskEvaluator;
import io.shopdesk.risk.internal.FinancingFacts;
import io.shopdesk.risk.internal.PaymentFacts;
import io.shopdesk.risk.internal.RiskContextRepository;
import io.shopdesk.risk.internal.RiskLists;
import io.shopdesk.risk.internal.VelocityTracker;
import io.shopdesk.ruleengine.CompiledRuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays a payment history, in time order, through two rule sets (the live one and a candidate) as the service
 * would have seen it (and, for a rollback preview, stored financing decisions too: {@link #replayBothFinancing}): the context built by the service's own {@link PaymentFacts}, velocity and first-seen devices
 * rebuilt from the history itself, lists from each rule set's {@code lists/} folder. Reports the decisions that flip and, with labels, each set's precision, recall and
 * false-positive rate (a DECLINE or REVIEW counts as flagging fraud). Not thread-safe; one replay per instance.
 */
public final class Backtester {

    /**
     * A payment whose decision differs between the live and the candidate rule set, with the rule that decided it in
     * each ({@link RiskAssessment#getDecidedBy()}): a flip to REVIEW by {@code ReviewFarAboveOrderTotal} is another
     * story than one by {@code ReviewAt40}.
     */
    public record Flip(String paymentId, String live, String candidate, Boolean fraud, String liveDecidedBy,
                       String candidateDecidedBy, List<String> reasonsAdded, List<String> reasonsRemoved) {

        public Flip(String paymentId, String live, String candidate, Boolean fraud, String liveDecidedBy,
                    String candidateDecidedBy) {
            this(paymentId, live, candidate, fraud, liveDecidedBy, candidateDecidedBy, List.of(), List.of());
        }

        public Flip(String paymentId, String live, String candidate, Boolean fraud) {
            this(paymentId, live, candidate, fraud, null, null);
        }

        /**
         * The flip with the reason codes the candidate added and dropped: what made it flip. A risk officer trying a
         * new rule saw "REVIEW -> DECLINE" and had to guess which of the candidate's reasons did it.
         */
        static Flip of(String paymentId, Boolean fraud, RiskAssessment live, RiskAssessment candidate) {
            List<String> before = live.reasonCodes();
            List<String> after = candidate.reasonCodes();
            return new Flip(paymentId, live.getDecision(), candidate.getDecision(), fraud, live.getDecidedBy(),
                    candidate.getDecidedBy(), after.stream().filter(c -> !before.contains(c)).distinct().toList(),
                    before.stream().filter(c -> !after.contains(c)).distinct().toList());
        }
    }

    /**
     * Flagging quality of one rule set. Precision, recall and false-positive rate are null when no payment has a label
     * (no {@code --label}, or every label blank): there is nothing to measure them on.
     */
    public record Quality(int flagged, int declined, Double precision, Double recall, Double falsePositiveRate) {

        public boolean measured() {
            return precision != null;
        }
    }

    /**
     * @param unlabelled payments without a label (a blank label cell, or every payment when the history has no label
     *                   column): replayed and counted in the flips, but not in precision, recall or FPR
     */
    public record Report(int payments, int unlabelled, List<Flip> flips, Quality live, Quality candidate) {
    }

    public Report run(List<HistoricalPayment> history, CompiledRuleSet live, Path liveFolder, CompiledRuleSet candidate,
                      Path candidateFolder) {
        List<HistoricalPayment> ordered = new ArrayList<>(history);
        ordered.sort(Comparator.comparing(h -> h.request().timestamp()));
        List<RiskAssessment> liveAssessments = replay(ordered, live, liveFolder);
        List<RiskAssessment> candidateAssessments = replay(ordered, candidate, candidateFolder);
        List<String> liveDecisions = decisions(liveAssessments);
        List<String> candidateDecisions = decisions(candidateAssessments);
        List<Flip> flips = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (!liveDecisions.get(i).equals(candidateDecisions.get(i))) {
                flips.add(Flip.of(ordered.get(i).request().paymentId(), ordered.get(i).fraud(), liveAssessments.get(i),
                        candidateAssessments.get(i)));
            }
        }
        int unlabelled = (int) ordered.stream().filter(h -> h.fraud() == null).count();
        return new Report(ordered.size(), unlabelled, flips, quality(ordered, liveDecisions), quality(ordered, candidateDecisions));
    }

    /** Each payment's assessment, in {@code ordered}'s order, with the context built as the service builds it. */
    static List<RiskAssessment> replay(List<HistoricalPayment> ordered, CompiledRuleSet rules, Path folder) {
        List<RiskAssessment> assessments = new ArrayList<>(ordered.size());
        try (RiskLists lists = new RiskLists(folder.resolve("lists"))) {
            PaymentFacts payments = new PaymentFacts(new VelocityTracker(), lists, CnyRates.DEFAULTS);
            for (HistoricalPayment h : ordered) {
                assessments.add(RiskEvaluator.evaluate(rules, facts(payments, h)).assessment());
            }
        }
        return assessments;
    }

    /** One decision (a payment or an application) replayed through two rule sets on one and the same context. */
    public record Paired<T>(T replayed, RiskAssessment live, RiskAssessment candidate) {

        public boolean flipped() {
            return !live.getDecision().equals(candidate.getDecision());
        }
    }

    /**
     * Replays payments, in the order given (oldest first), through the live and a candidate rule set, building each
     * payment's context once, as the service builds it, and deciding it with both: a difference is the rules'
     * alone. {@code prologue} first gives the replay's velocity and known devices what happened before the first
     * payment (the service's own history, {@code PaymentHistory.restore}); both sets use {@code lists}, today's.
     */
    public static List<Paired<HistoricalPayment>> replayBoth(List<HistoricalPayment> ordered, CompiledRuleSet live,
                                                             CompiledRuleSet candidate, RiskLists lists, CnyRates rates,
                                                             Consumer<PaymentFacts> prologue) {
        return replayBoth(ordered, live, candidate, lists, lists, rates, prologue);
    }

    /**
     * As {@link #replayBoth(List, CompiledRuleSet, CompiledRuleSet, RiskLists, CnyRates, Consumer)}, with the
     * candidate seeing {@code candidateLists} (a draft's lists) where the live set sees {@code lists}: the context is
     * still built once, and only its list flags differ.
     */
    public static List<Paired<HistoricalPayment>> replayBoth(List<HistoricalPayment> ordered, CompiledRuleSet live,
                                                             CompiledRuleSet candidate, RiskLists lists,
                                                             RiskLists candidateLists, CnyRates rates,
                                                             Consumer<PaymentFacts> prologue) {
        PaymentFacts payments = new PaymentFacts(new VelocityTracker(), lists, rates);
        prologue.accept(payments);
        List<Paired<HistoricalPayment>> paired = new ArrayList<>(ordered.size());
        for (HistoricalPayment h : ordered) {
            List<Object> facts = facts(payments, h);
            List<Object> candidateFacts = candidateLists == lists ? facts
                    : List.of(h.request(), PaymentFacts.listed((PaymentContext) facts.get(1), h.request(), candidateLists));
            paired.add(new Paired<>(h, RiskEvaluator.evaluate(live, facts).assessment(),
                    RiskEvaluator.evaluate(candidate, candidateFacts).assessment()));
        }
        return paired;
    }

    /**
     * Replays financing applications through the live and a candidate rule set, each on one context built as the
     * service builds it ({@link FinancingFacts}) with the score stored with the decision: no velocity, so the order
     * does not matter; {@code lists} are today's (the allowed customers).
     */
    public static List<Paired<HistoricalApplication>> replayBothFinancing(List<HistoricalApplication> applications,
                                                                          CompiledRuleSet live,
                                                                          CompiledRuleSet candidate, RiskLists lists) {
        return replayBothFinancing(applications, live, candidate, lists, lists);
    }

    /** As {@link #replayBothFinancing(List, CompiledRuleSet, CompiledRuleSet, RiskLists)}, the candidate with its own lists. */
    public static List<Paired<HistoricalApplication>> replayBothFinancing(List<HistoricalApplication> applications,
                                                                          CompiledRuleSet live,
                                                                          CompiledRuleSet candidate, RiskLists lists,
                                                                          RiskLists candidateLists) {
        List<Paired<HistoricalApplication>> paired = new ArrayList<>(applications.size());
        for (HistoricalApplication h : applications) {
            var customer = new RiskContextRepository.Customer(h.accountAgeDays(), h.customerTier(), h.orderCount(), 0);
            List<Object> facts = List.of(h.request(),
                    FinancingFacts.context(h.request(), h.score(), customer, lists, h.chat()));
            List<Object> candidateFacts = candidateLists == lists ? facts : List.of(h.request(),
                    FinancingFacts.context(h.request(), h.score(), customer, candidateLists, h.chat()));
            paired.add(new Paired<>(h, RiskEvaluator.evaluate(live, facts).assessment(),
                    RiskEvaluator.evaluate(candidate, candidateFacts).assessment()));
        }
        return paired;
    }

    /** Records the payment in velocity at its time and returns the facts the rules see: the request and its context. */
    private static List<Object> facts(PaymentFacts payments, HistoricalPayment h) {
        var r = h.request();
        var customer = new RiskContextRepository.Customer(h.accountAgeDays(), h.customerTier(), h.orderCount(),
                h.failedPaymentsLast24h());
        PaymentContext context = payments.observe(r, r.timestamp(), customer, h.chat(), h.order());
        return List.of(r, context);
    }

    private static List<String> decisions(List<RiskAssessment> assessments) {
        return assessments.stream().map(RiskAssessment::getDecision).toList();
    }

    private static Quality quality(List<HistoricalPayment> ordered, List<String> decisions) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        int flagged = 0;
        int declined = 0;
        boolean labelled = false;
        for (int i = 0; i < ordered.size(); i++) {
            boolean flag = !RiskDecision.APPROVE.equals(decisions.get(i));
            flagged += flag ? 1 : 0;
            declined += RiskDecision.DECLINE.equals(decisions.get(i)) ? 1 : 0;
            Boolean fraud = ordered.get(i).fraud();
            if (fraud == null) {
                continue;
            }
            labelled = true;
            if (fraud) {
                tp += flag ? 1 : 0;
                fn += flag ? 0 : 1;
            } else {
                fp += flag ? 1 : 0;
                tn += flag ? 0 : 1;
            }
        }
        if (!labelled) {
            return new Quality(flagged, declined, null, null, null);
        }
        return new Quality(flagged, declined, tp + fp == 0 ? 0.0 : (double) tp / (tp + fp),
                tp + fn == 0 ? 0.0 : (double) tp / (tp + fn), fp + tn == 0 ? 0.0 : (double) fp / (fp + tn));
    }
}
