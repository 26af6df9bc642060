package io.shopdesk.risk;

import io.shopdesk.risk.internal.DecisionAuditWriter;
import io.shopdesk.risk.internal.FinancingFacts;
import io.shopdesk.risk.internal.ListSnapshot;
import io.shopdesk.risk.internal.ListVersionArchive;
import io.shopdesk.risk.internal.ListsPublished;
import io.shopdesk.risk.internal.OncePerApplication;
import io.shopdesk.risk.internal.OncePerPayment;
import io.shopdesk.risk.internal.PaymentFacts;
import io.shopdesk.risk.internal.PaymentHistory;
import io.shopdesk.risk.internal.RiskContextRepository;
import io.shopdesk.risk.internal.RiskDecisionRepository;
import io.shopdesk.risk.internal.RiskLists;
import io.shopdesk.risk.internal.VelocityTracker;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.PublishJournal;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.watch.StartupTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Scores payments and financing applications with the {@code rules/risk} rule set: gathers the context (velocity,
 * history, lists, chat signals, ML score), lets the rules add points and reasons and decide, stores the decision
 * with its inputs, fired rules and versions, and returns it. The audit row is written in the background
 * ({@link DecisionAuditWriter}); every read here waits for the rows already submitted. Thread-safe.
 */
@Service
@EnableConfigurationProperties(RiskSettings.class)
public class RiskService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RiskService.class);
    private final RuleEngine rules;
    private final RiskSettings settings;
    private final RiskContextRepository context;
    private final RiskDecisionRepository decisions;
    private final DecisionAuditWriter audit;
    private final ObjectProvider<DefaultProbabilityModel> model;
    private final Clock clock;
    private final RiskLists lists;
    private final PaymentFacts payments;
    private final OncePerPayment once;
    private final OncePerApplication onceFinancing;
    private final CompletableFuture<PaymentHistory.Restored> history;

    public RiskService(RuleEngine rules, RiskSettings settings, RiskContextRepository context,
                       RiskDecisionRepository decisions, DecisionAuditWriter audit,
                       ObjectProvider<DefaultProbabilityModel> model, Clock clock, ListVersionArchive archive) {
        this.rules = rules;
        this.settings = settings;
        this.context = context;
        this.decisions = decisions;
        this.audit = audit;
        this.model = model;
        this.clock = clock;
        removeStagedLists(rules, settings);
        // Every list version a decision can record is kept for the auditor before any decision uses it.
        this.lists = new RiskLists(settings.lists(), (read, origins) -> archive.keep(read, clock.instant(), origins));
        this.payments = new PaymentFacts(new VelocityTracker(), lists, settings.cny());
        this.once = new OncePerPayment(audit, decisions);
        this.onceFinancing = new OncePerApplication(audit, decisions);
        // To the microsecond, as the audit trail stores times: a decision made from now on is stored at or after it.
        Instant until = clock.instant().truncatedTo(ChronoUnit.MICROS);
        this.history = StartupTasks.start("payment-history",
                () -> PaymentHistory.restore(decisions, payments, until, settings.seenHistory()))
                .whenComplete((restored, failed) -> {
                    if (failed != null) {
                        log.warn("Payment history not read ({}): velocity starts empty and every device and IP is new",
                                failed.toString());
                    } else {
                        log.info("Payment history read in {} ms: {} payments of the last 24 h in velocity, {} customer "
                                        + "devices and IPs from before{}", restored.millis(), restored.inVelocity(), restored.known(),
                                restored.unreadable() == 0 ? "" : ", " + restored.unreadable() + " unreadable rows skipped");
                    }
                });
    }

    /**
     * A publish stages a list's new text beside the list ({@code .blocked-ips.csv.draft}); the engine removes what a
     * crash left of those at start-up in the rule set's folder, and here in the lists folder when
     * {@code shopdesk.risk.lists} puts it elsewhere. Before the lists are read and before any publish can run.
     */
    private static void removeStagedLists(RuleEngine rules, RiskSettings settings) {
        Path ruleSet = rules.folder(settings.ruleSet()).toAbsolutePath().normalize();
        Path lists = settings.lists().toAbsolutePath().normalize();
        if (!lists.startsWith(ruleSet)) {
            PublishJournal.removeStaged(settings.ruleSet(), lists);
        }
    }

    /**
     * The start-up read of the payment history ({@link PaymentHistory}): {@code reading}, then {@code read} or
     * {@code failed} (logged; the service then decides without it). While reading, velocity and first-seen devices
     * lack the payments decided before the start, so the readiness health waits for it.
     */
    public String historyStatus() {
        return !history.isDone() ? "reading" : history.isCompletedExceptionally() ? "failed" : "read";
    }

    /** Waits for the start-up read of the payment history (tests and benchmarks; requests never wait). */
    public void awaitHistory() {
        history.exceptionally(failed -> null).join();
    }

    /**
     * Decides a payment at the server's time. The request's {@code timestamp} is the client's and only checked: one
     * more than {@code shopdesk.risk.max-clock-skew} ahead of the server's clock is refused. A payment id decided
     * before gets that decision back, neither scored nor counted in velocity again ({@link OncePerPayment}).
     *
     * @throws InvalidRiskRequestException for a new payment whose timestamp lies too far ahead of the server's clock
     * @throws io.shopdesk.risk.PaymentConflictException for a payment id decided before for other payment details
     */
    public RiskDecision assessPayment(PaymentRequest request) {
        return once.decide(request, () -> {
            // Checked only for a payment to decide: a retry of one decided before gets its decision however late.
            Instant now = clock.instant();
            checkClockSkew(request.timestamp(), now);
            return decidePayment(request, now);
        });
    }

    private RiskDecision decidePayment(PaymentRequest request, Instant now) {
        // Everything that can fail comes before the payment is counted in velocity: a payment refused with 503 (no
        // rules) or a database error was not decided and must not count.
        CompiledRuleSet ruleSet = rules.ruleSet(settings.ruleSet());
        RiskContextRepository.Customer customer = context.customer(request.customerId(), now);
        // A takeover the customer reported in any chat of theirs counts with this chat's signals.
        ConversationSignals chat = customer.signals(context.conversation(request.conversationId(), request.orderId(), now));
        // One read of the lists for the facts and for the record of which entries matched.
        ListSnapshot listed = lists.snapshot();
        ShopOrder order = context.order(request.orderId()).orElse(null);
        PaymentContext facts = payments.observe(request, now, customer, chat, order, listed);
        RiskEvaluator.Outcome outcome = RiskEvaluator.evaluate(ruleSet, List.of(request, facts),
                settings.maxRuleFirings());
        return store("payment", request.paymentId(), request.customerId(), request.conversationId(), request, facts,
                outcome, ruleSet.version(), "none", null, listed.consulted(PaymentFacts.listLookups(request)), now);
    }

    /**
     * Decides a financing application at the server's time; its {@code timestamp} is checked as a payment's is. An
     * application id decided before gets that decision back, not scored again ({@link OncePerApplication}).
     *
     * @throws InvalidRiskRequestException for a new application whose timestamp lies too far ahead of the server's clock
     * @throws FinancingConflictException for an application id decided before for another customer, amount or term
     */
    public RiskDecision assessFinancing(FinancingRequest request) {
        return onceFinancing.decide(request, () -> {
            // Checked only for an application to decide, as for a payment: a retry gets its decision however late.
            Instant now = clock.instant();
            checkClockSkew(request.timestamp(), now);
            return decideFinancing(request, now);
        });
    }

    private RiskDecision decideFinancing(FinancingRequest request, Instant now) {
        RiskContextRepository.Customer customer = context.customer(request.customerId(), now);
        DefaultProbabilityModel ml = model.getIfAvailable();
        DefaultProbabilityModel.Score score = ml == null ? DefaultProbabilityModel.Score.NONE : ml.score(request);
        ListSnapshot listed = lists.snapshot();
        FinancingContext facts = FinancingFacts.context(request, score, customer, listed,
                customer.signals(context.conversation(request.conversationId(), null, now)));
        CompiledRuleSet ruleSet = rules.ruleSet(settings.ruleSet());
        RiskEvaluator.Outcome outcome = RiskEvaluator.evaluate(ruleSet, List.of(request, facts),
                settings.maxRuleFirings());
        // The probability is stored with the decision so that a rollback preview replays it on this score, not on
        // whatever today's model would say (RollbackPreview).
        return store("financing", request.applicationId(), request.customerId(), request.conversationId(), request,
                facts, outcome, ruleSet.version(), facts.modelVersion(), facts.defaultProbability(),
                listed.consulted(FinancingFacts.listLookups(request)), now);
    }

    /** A stored decision; one returned a moment ago is found (its pending audit row is written first). */
    public Optional<StoredDecision> find(String decisionId) {
        audit.flush();
        return decisions.find(decisionId);
    }

    /** A customer's latest decisions (payment and financing), newest first, with their reasons. */
    public java.util.List<RiskDecision> recentDecisions(long customerId, int limit) {
        audit.flush();
        return decisions.recentDecisionIds(customerId, limit).stream().map(decisions::find)
                .flatMap(Optional::stream).map(StoredDecision::decision).toList();
    }

    /**
     * The decisions an agent should see for a conversation: those made for it (even before the shopper is
     * identified) and the customer's latest, newest first, each once.
     */
    public java.util.List<RiskDecision> decisionsFor(String conversationId, Long customerId, int limit) {
        return storedDecisionsFor(conversationId, customerId, limit).stream().map(StoredDecision::decision).toList();
    }

    /**
     * As {@link #decisionsFor}, each with the request it judged: what the agent's context panel names the decision by
     * (the payment's order, amount and method; the application's amount and term).
     */
    public java.util.List<StoredDecision> storedDecisionsFor(String conversationId, Long customerId, int limit) {
        audit.flush();
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(decisions.conversationDecisionIds(conversationId, limit));
        if (customerId != null) {
            ids.addAll(decisions.recentDecisionIds(customerId, limit));
        }
        return ids.stream().map(decisions::find).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing((StoredDecision d) -> d.decision().decidedAt()).reversed())
                .limit(limit).toList();
    }

    /**
     * The payment decision a shopper asking about a failed payment means: the latest made in this conversation, else,
     * for a customer the shop signed in ({@code customerId}; null for anyone else), their latest within
     * {@code shopdesk.risk.chat-payment-window} (a payment at the shop's checkout carries no conversation id).
     */
    public Optional<StoredDecision> latestPaymentDecision(String conversationId, Long customerId) {
        audit.flush();
        Optional<String> id = conversationId == null ? Optional.empty()
                : decisions.latestDecisionId(conversationId, "payment");
        if (id.isEmpty() && customerId != null) {
            id = decisions.latestCustomerDecisionId(customerId, "payment",
                    clock.instant().minus(settings.chatPaymentWindow()));
        }
        return id.flatMap(decisions::find);
    }

    private void checkClockSkew(Instant timestamp, Instant now) {
        // Only the future is refused: a past timestamp is a payment queued while the service was down or busy, and
        // nothing is dated or counted by it (the server's clock decides); a future one is a caller's broken clock.
        if (timestamp != null && Duration.between(now, timestamp).compareTo(settings.maxClockSkew()) > 0) {
            throw new InvalidRiskRequestException("timestamp", "must not be more than " + readable(settings.maxClockSkew())
                    + " ahead of the server's clock (" + now.truncatedTo(ChronoUnit.SECONDS) + ")");
        }
    }

    private static String readable(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " minutes" : d.toSeconds() + " seconds";
    }

    private RiskDecision store(String kind, String subject, Long customerId, String conversationId, Object input,
                               Object facts, RiskEvaluator.Outcome outcome, String ruleSetVersion, String modelVersion,
                               Double defaultProbability, ListsConsulted listsConsulted, Instant now) {
        RiskAssessment a = outcome.assessment();
        RiskDecision decision = new RiskDecision(UUID.randomUUID().toString(), kind, subject, a.getDecision(),
                a.getScore(), new ArrayList<>(a.getReasons()), ruleSetVersion, modelVersion, now, a.getDecidedBy());
        audit.submit(new RiskDecisionRepository.AuditRow(decision, customerId, conversationId, input, outcome.firedRules(),
                defaultProbability, listsConsulted, facts));
        return decision;
    }

    /** A list was published through the service: it holds from the next decision on, not a watcher's poll later. */
    @EventListener
    void listsPublished(ListsPublished published) {
        lists.reread(published.origin(), published.files());
    }

    @Override
    public void close() {
        lists.close();
    }
}
