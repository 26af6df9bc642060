package io.shopdesk.escalation;

import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.Handoffs;
import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.commerce.CustomerRepository;
import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueOutcome;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.escalation.internal.ChineseSentiment;
import io.shopdesk.escalation.internal.EnglishOutburstLexicon;
import io.shopdesk.escalation.internal.EnglishSentiment;
import io.shopdesk.escalation.internal.EscalationRepository;
import io.shopdesk.escalation.internal.RatingRepository;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.risk.RiskService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides, after each bot turn, whether a person takes over: gathers the facts (the turn and its sentiment, the
 * customer, the order, the conversation's payment decision), fires {@code rules/escalation/}, and opens the
 * escalation in the queue. Chinese sentiment comes from a lexicon at once. English has two sources: a lexicon of
 * outbursts at once, so that "You are useless, I am furious!!" escalates in the same turn, and CoreNLP after the reply
 * (too slow for the reply path), which can still escalate a moment later; the more negative of the two counts. Keeps
 * the count of negative turns in a row in the conversation's state. Messages while a person is in charge go to
 * {@link WaitingShoppers}. Thread-safe; the chat calls it under the conversation's lock.
 */
@Service
@EnableConfigurationProperties(EscalationSettings.class)
public class EscalationService implements Handoffs, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EscalationService.class);
    /** Reasons after which the bot's own answer is useless: the hand-off message replaces it. */
    private static final Set<String> REPLACING = Set.of("EXPLICIT_REQUEST", "REPEATED_FALLBACK");

    private final RuleEngine rules;
    private final EscalationSettings settings;
    private final EscalationRepository escalations;
    private final RatingRepository ratings;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final ObjectProvider<RiskService> risk;
    private final DialogueService dialogue;
    private final ChatService chat;
    private final ShopperChannel shoppers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ChineseSentiment chinese;
    private final EnglishOutburstLexicon outbursts;
    private final EnglishSentiment english;
    private final WaitingShoppers waitingShoppers;

    /** A decided hand-off, before it is stored. */
    record EscalationPlan(EscalationCheck check, List<Reply> replies, String ruleSetVersion, String language)
            implements Plan {
    }

    public EscalationService(RuleEngine rules, EscalationSettings settings, EscalationRepository escalations,
                             RatingRepository ratings, CustomerRepository customers, OrderRepository orders, ObjectProvider<RiskService> risk,
                             DialogueService dialogue, ChatService chat, ShopperChannel shoppers,
                             ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
                             WaitingShoppers waitingShoppers) {
        this.rules = rules;
        this.settings = settings;
        this.escalations = escalations;
        this.ratings = ratings;
        this.customers = customers;
        this.orders = orders;
        this.risk = risk;
        this.dialogue = dialogue;
        this.chat = chat;
        this.shoppers = shoppers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.waitingShoppers = waitingShoppers;
        this.chinese = ChineseSentiment.load(settings.sentimentLexicon());
        this.outbursts = EnglishOutburstLexicon.load(settings.englishSentimentLexicon());
        this.english = "corenlp".equals(settings.englishSentiment())
                ? new EnglishSentiment(settings.englishSentimentQueue(), settings.englishVeryNegativeProbability()) : null;
    }

    @Override
    public Optional<Plan> plan(String conversationId, Analysis analysis, DialogueOutcome outcome) {
        ConversationState state = outcome.state();
        boolean zh = analysis.language() == Language.ZH;
        boolean scoredLater = !zh && english != null && conversationId != null;
        OptionalDouble lexicon = zh ? OptionalDouble.of(chinese.score(analysis.text()))
                : outbursts.score(analysis.text());
        double sentiment = lexicon.orElse(0);
        if (!scoredLater) {
            // English without CoreNLP counts as not negative unless the outburst lexicon scores it; with CoreNLP the
            // turn counts once CoreNLP has scored it.
            state.countSentiment(negative(sentiment));
        }
        EscalationTurn turn = new EscalationTurn(analysis.intentName(),
                analysis.intent() == null ? 0 : analysis.intent().confidence(), analysis.text(), state.getLanguage(),
                sentiment, lexicon.isPresent() ? "lexicon" : scoredLater ? "pending" : "none",
                state.getConsecutiveFallbacks(), outcome.decision().getAction(), outcome.decision().getDetail(),
                state.getConsecutiveComplaints(),
                scoredLater ? 0 : state.getConsecutiveNegativeTurns(), analysis.namesProduct())
                .labelled(dialogue.topicLabels()).withNewAddress(outcome.newAddress());
        CompiledRuleSet ruleSet = rules.ruleSet(settings.ruleSet());
        List<Object> facts = facts(conversationId, state, turn);
        EscalationCheck check = evaluate(ruleSet, turn, facts);
        if (!check.isEscalating()) {
            if (scoredLater) {
                english.submit(analysis.text(), coreNlp -> {
                    boolean lexiconWorse = lexicon.isPresent() && lexicon.getAsDouble() < coreNlp;
                    escalateLater(conversationId, turn, lexiconWorse ? lexicon.getAsDouble() : coreNlp,
                            lexiconWorse ? "lexicon" : "corenlp");
                });
            }
            return Optional.empty();
        }
        return Optional.of(plan(check, outcome.replies(), ruleSet.version(), state.getLanguage()));
    }

    private EscalationPlan plan(EscalationCheck check, List<Reply> botReplies, String version, String language) {
        EscalationReason first = check.reasons().getFirst();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reason", first.code().toLowerCase(java.util.Locale.ROOT));
        data.put("rule", first.rule());
        data.put("priority", check.priority());
        data.put("team", check.team());
        Reply handoff = new Reply("handoff", dialogue.texts().text(Language.fromTag(language, Language.ZH),
                "handoff." + first.code().toLowerCase(java.util.Locale.ROOT)), data);
        List<Reply> replies = new ArrayList<>();
        // A fallback or a complaint's "tell me what went wrong" is no help once a person takes over: the hand-off
        // replaces it.
        boolean botHelped = botReplies.stream().noneMatch(r -> "fallback".equals(r.type()) || "handoff".equals(r.type())
                || "complaint".equals(r.data().get("code")));
        if (botHelped && !REPLACING.contains(first.code())) {
            replies.addAll(botReplies);
        }
        replies.add(handoff);
        return new EscalationPlan(check, List.copyOf(replies), version, language);
    }

    @Override
    public Status open(String conversationId, Plan plan, ConversationState state) {
        EscalationPlan p = (EscalationPlan) plan;
        List<Escalation.Reason> reasons = p.check().reasons().stream()
                .map(r -> new Escalation.Reason(r.code(), r.rule(), r.message(p.language()), r.messageZh(),
                        r.messageEn(), r.priority(), r.team(), r.boost()))
                .toList();
        long id = escalations.insert(conversationId, p.check().priority(), p.check().team(), reasons,
                p.ruleSetVersion(), p.language(), state.getCustomerId());
        state.setEscalationId(id);
        state.setEscalationStatus(Escalation.QUEUED);
        log.info("Escalation {} created for conversation {}: {} (priority {}, team {})", id, conversationId,
                reasons.stream().map(Escalation.Reason::code).toList(), p.check().priority(), p.check().team());
        afterCommit(() -> events.publishEvent(new EscalationChanged(id, "created", clock.instant())));
        return status(state);
    }

    @Override
    public Waiting waiting(String conversationId, Analysis analysis, ConversationState state) {
        return waitingShoppers.answer(conversationId, analysis, state);
    }

    /** The status of the conversation's open escalation. */
    private Status status(ConversationState state) {
        if (state.getEscalationId() == null) {
            return null;
        }
        return escalations.find(state.getEscalationId())
                .map(e -> new Status(e.id(), e.status(), escalations.position(e))).orElse(null);
    }

    @Override
    public Optional<Long> pendingRating(String conversationId) {
        return escalations.ofConversation(conversationId).stream().findFirst()
                .filter(e -> Escalation.RESOLVED.equals(e.status()) && !ratings.rated(e.id()))
                .map(Escalation::id);
    }

    /**
     * The facts besides the turn: the policy, and the customer, order (with its payments, lines and parcels, and the
     * chat's labels for its status, carriers and payment methods) and payment decision when known. The payment is the conversation's; a signed-in shopper reporting a
     * failed payment also means their checkout payment (see {@link RiskService#latestPaymentDecision}).
     */
    private List<Object> facts(String conversationId, ConversationState state, EscalationTurn turn) {
        List<Object> facts = new ArrayList<>();
        facts.add(settings.policy());
        if (state.getCustomerId() != null) {
            customers.find(state.getCustomerId()).ifPresent(c -> facts.add(new ShopperProfile(c.id(), c.tier())));
        }
        if (state.getOrderId() != null) {
            LocalDate today = LocalDate.now(clock.withZone(OrderRepository.SHOP_ZONE));
            orders.find(state.getOrderId()).ifPresent(o -> {
                OrderDetails.Shipment s = shipmentInQuestion(o, turn.dialogueDetail(), today);
                facts.add(new OrderInQuestion(o.id(), o.status(),
                    o.total().doubleValue(), o.currency(), s == null ? null : s.carrier(),
                    s == null ? null : s.trackingNumber(),
                    s == null ? null : s.eta(), o.daysLateOfParcels(today),
                    s == null ? null : s.deliveredOn(),
                    o.payments().stream().map(p -> new OrderInQuestion.Payment(p.amount().doubleValue(), p.currency(),
                            p.method(), p.status(), p.failureCode(), p.createdAt() == null ? null
                                    : p.createdAt().atZoneSameInstant(OrderRepository.SHOP_ZONE).toLocalDateTime(),
                            null, null)).toList(),
                    o.items().stream().map(i -> new OrderInQuestion.Item(i.nameZh(), i.nameEn(), i.quantity())).toList(),
                    o.parcels().stream().map(p -> new OrderInQuestion.Parcel(p.shipment().carrier(),
                            p.shipment().trackingNumber(), null, null)).toList())
                    .labelled(dialogue.orderLabels()));
            });
        }
        RiskService riskService = risk.getIfAvailable();
        if (riskService != null) {
            Long checkoutOf = "payment_failed".equals(turn.intent()) ? state.signedCustomerId() : null;
            riskService.latestPaymentDecision(conversationId, checkoutOf).ifPresent(d -> facts.add(
                    new PaymentRisk(d.decision().decisionId(), d.decision().decision(), d.decision().score())));
        }
        return facts;
    }

    /**
     * The shipment the hand-off's reason names: the order's latest one, except for an order sent in several parcels,
     * where that may be another parcel than the one in question: a parcel never received ({@code not_received.part_*}
     * in the dialogue) is its first delivered one, a late order its {@link OrderDetails#lateParcel late parcel}.
     */
    static OrderDetails.Shipment shipmentInQuestion(OrderDetails order, String dialogueDetail, LocalDate today) {
        if (!order.isSplit()) {
            return order.shipment();
        }
        if (dialogueDetail != null && dialogueDetail.startsWith("not_received.part_")
                && !order.parcelsDelivered().isEmpty()) {
            return order.parcelsDelivered().getFirst().shipment();
        }
        return order.lateParcel(today).map(OrderDetails.Parcel::shipment).orElse(order.shipment());
    }

    private static EscalationCheck evaluate(CompiledRuleSet ruleSet, EscalationTurn turn, List<Object> facts) {
        List<Object> all = new ArrayList<>(facts);
        all.add(turn);
        return EscalationRules.evaluate(ruleSet, all);
    }

    private boolean negative(double sentiment) {
        return sentiment <= settings.negativeSentiment();
    }

    /**
     * English sentiment arrived after the reply (CoreNLP's, or the lexicon's when more negative): count the turn, and
     * escalate now if it tips the rules and nobody took over meanwhile.
     */
    private void escalateLater(String conversationId, EscalationTurn turn, double sentiment, String source) {
        Reply[] handoff = new Reply[1];
        Status status = chat.updateState(conversationId, state -> {
            if (state.isHandedOff()) {
                return null;
            }
            state.countSentiment(negative(sentiment));
            EscalationTurn scored = turn.scored(sentiment, source, state.getConsecutiveNegativeTurns());
            CompiledRuleSet ruleSet = rules.ruleSet(settings.ruleSet());
            EscalationCheck check = evaluate(ruleSet, scored, facts(conversationId, state, scored));
            if (!check.isEscalating()) {
                return null;
            }
            EscalationPlan plan = plan(check, List.of(), ruleSet.version(), state.getLanguage());
            handoff[0] = plan.replies().getLast();
            return transactions.execute(tx -> open(conversationId, plan, state));
        });
        if (status != null) {
            chat.addLine(conversationId, "bot", handoff[0].type(), handoff[0].text(), handoff[0].data());
            shoppers.push(conversationId, Map.of("kind", "turn", "conversationId", conversationId,
                    "replies", List.of(handoff[0])));
            shoppers.push(conversationId, Map.of("kind", "handoff", "conversationId", conversationId,
                    "escalationId", status.escalationId(), "status", status.status(), "position", status.position()));
        }
    }

    static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    @PreDestroy
    @Override
    public void close() {
        if (english != null) {
            english.close();
        }
    }
}
