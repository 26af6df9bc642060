package io.shopdesk.escalation;

import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.Handoffs;
import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.commerce.CustomerRepository;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueOutcome;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.escalation.internal.EscalationRepository;
import io.shopdesk.escalation.internal.RatingRepository;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.risk.RiskService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides, after each bot turn, whether a person takes over: gathers the facts (the turn and its sentiment,
 * {@link TurnSentiment}; the customer, the order, the conversation's payment decision, {@link EscalationFacts}), fires
 * {@code rules/escalation/} (with whether a person can answer now, {@link AgentAvailability}), and opens the
 * escalation in the queue with what the shopper reads ({@link HandoffReplies}).
 * English sentiment scored by CoreNLP after the reply can still escalate a moment later; the more negative of it and
 * the outburst lexicon counts. Keeps the count of negative turns in a row in the conversation's state. Messages while a
 * person is in charge go to {@link WaitingShoppers}. Thread-safe; the chat calls it under the conversation's lock.
 */
@Service
@EnableConfigurationProperties(EscalationSettings.class)
public class EscalationService implements Handoffs, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EscalationService.class);

    private final RuleEngine rules;
    private final EscalationSettings settings;
    private final EscalationRepository escalations;
    private final RatingRepository ratings;
    private final DialogueService dialogue;
    private final ChatService chat;
    private final ShopperChannel shoppers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TurnSentiment sentiment;
    private final EscalationFacts facts;
    private final WaitingShoppers waitingShoppers;
    private final DeskAvailability desk;

    /** A decided hand-off, before it is stored. */
    record EscalationPlan(EscalationCheck check, List<Reply> replies, String ruleSetVersion, String language)
            implements Plan {
    }

    public EscalationService(RuleEngine rules, EscalationSettings settings, EscalationRepository escalations,
                             RatingRepository ratings, CustomerRepository customers, OrderRepository orders, ObjectProvider<RiskService> risk,
                             DialogueService dialogue, ChatService chat, ShopperChannel shoppers,
                             ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
                             WaitingShoppers waitingShoppers, DeskAvailability desk) {
        this.rules = rules;
        this.settings = settings;
        this.escalations = escalations;
        this.ratings = ratings;
        this.dialogue = dialogue;
        this.chat = chat;
        this.shoppers = shoppers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.waitingShoppers = waitingShoppers;
        this.desk = desk;
        this.sentiment = new TurnSentiment(settings);
        this.facts = new EscalationFacts(settings, customers, orders, risk, dialogue, clock);
    }

    @Override
    public Optional<Plan> plan(String conversationId, Analysis analysis, DialogueOutcome outcome) {
        ConversationState state = outcome.state();
        boolean scoredLater = sentiment.scoresLater(analysis, conversationId);
        OptionalDouble lexicon = sentiment.lexicon(analysis);
        double score = lexicon.orElse(0);
        if (!scoredLater) {
            // English without CoreNLP counts as not negative unless the outburst lexicon scores it; with CoreNLP the
            // turn counts once CoreNLP has scored it.
            state.countSentiment(negative(score));
        }
        EscalationTurn turn = new EscalationTurn(analysis.intentName(),
                analysis.intent() == null ? 0 : analysis.intent().confidence(), analysis.text(), state.getLanguage(),
                score, lexicon.isPresent() ? "lexicon" : scoredLater ? "pending" : "none",
                state.getConsecutiveFallbacks(), outcome.decision().getAction(), outcome.decision().getDetail(),
                state.getConsecutiveComplaints(),
                scoredLater ? 0 : state.getConsecutiveNegativeTurns(), analysis.namesProduct())
                .labelled(dialogue.topicLabels()).withNewAddress(outcome.newAddress());
        CompiledRuleSet ruleSet = rules.ruleSet(settings.ruleSet());
        AgentAvailability availability = desk.now();
        EscalationCheck check = evaluate(ruleSet, turn, facts.of(conversationId, state, turn, outcome.parcels()),
                availability);
        if (!check.isEscalating()) {
            if (scoredLater) {
                sentiment.scoreLater(analysis.text(), coreNlp -> {
                    boolean lexiconWorse = lexicon.isPresent() && lexicon.getAsDouble() < coreNlp;
                    // "corenlp" alone only when no outburst word counted: the rules trust CoreNLP less on its own.
                    escalateLater(conversationId, turn, outcome.parcels(),
                            lexiconWorse ? lexicon.getAsDouble() : coreNlp,
                            lexiconWorse ? "lexicon" : lexicon.isPresent() ? "corenlp+lexicon" : "corenlp");
                });
            }
            return Optional.empty();
        }
        return Optional.of(plan(check, availability, outcome.replies(), ruleSet.version(), state.getLanguage()));
    }

    private EscalationPlan plan(EscalationCheck check, AgentAvailability availability, List<Reply> botReplies,
                                String version, String language) {
        // The place the escalation will take, for "you're number n in the queue" when nobody can answer now.
        int position = AgentAvailability.BUSY.equals(availability.answer())
                ? escalations.positionOfNew(check.priority()) : 0;
        return new EscalationPlan(check, HandoffReplies.of(check, botReplies, language, dialogue, availability,
                position, desk), version, language);
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
        AfterCommit.run(() -> events.publishEvent(new EscalationChanged(id, "created", clock.instant())));
        return status(state);
    }

    @Override
    public Waiting waiting(String conversationId, Analysis analysis, ConversationState state,
                           Supplier<DialogueOutcome> bot) {
        return waitingShoppers.answer(conversationId, analysis, state, bot);
    }

    @Override
    public Waiting attached(String conversationId, ConversationState state) {
        return waitingShoppers.attached(conversationId, state);
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

    private static EscalationCheck evaluate(CompiledRuleSet ruleSet, EscalationTurn turn, List<Object> facts,
                                            AgentAvailability availability) {
        List<Object> all = new ArrayList<>(facts);
        all.add(turn);
        all.add(availability);
        return EscalationRules.evaluate(ruleSet, all);
    }

    private boolean negative(double score) {
        return score <= settings.negativeSentiment();
    }

    /**
     * English sentiment arrived after the reply (CoreNLP's, or the lexicon's when more negative): count the turn, and
     * escalate now if it tips the rules and nobody took over meanwhile. {@code parcels}: those the dialogue answered
     * about.
     */
    private void escalateLater(String conversationId, EscalationTurn turn, List<Integer> parcels, double score,
                               String source) {
        Reply[] handoff = new Reply[1];
        Status status = chat.updateState(conversationId, state -> {
            if (state.isHandedOff()) {
                return null;
            }
            state.countSentiment(negative(score));
            EscalationTurn scored = turn.scored(score, source, state.getConsecutiveNegativeTurns());
            CompiledRuleSet ruleSet = rules.ruleSet(settings.ruleSet());
            AgentAvailability availability = desk.now();
            EscalationCheck check = evaluate(ruleSet, scored, facts.of(conversationId, state, scored, parcels),
                    availability);
            if (!check.isEscalating()) {
                return null;
            }
            EscalationPlan plan = plan(check, availability, List.of(), ruleSet.version(), state.getLanguage());
            handoff[0] = plan.replies().getLast();
            state.setQueueNoticeOwed(true);
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

    @PreDestroy
    @Override
    public void close() {
        sentiment.close();
    }
}
