package io.shopdesk.escalation;

import io.shopdesk.chat.Handoffs;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueOutcome;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.escalation.internal.EscalationRepository;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.ruleengine.RuleEngine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Answers a shopper's messages while their conversation is with a person. Waiting in the queue, they hear where they
 * stand (over HTTP they may not even have seen the hand-off: an escalation on English sentiment is decided after the
 * reply; thanks gets "you're welcome" before it, rule {@code ThanksWhileQueued}), and they may take the request back ("算了，不用人工了", rule {@code WithdrawOnShopperRequest}): the escalation
 * closes as withdrawn and the bot answers again. A question the bot can answer while they wait gets the bot's answer
 * alone ({@link QueuedBotAnswer}): the agent reads both in the transcript, and the hand-off already said where they
 * stand, so the queue notice is kept for messages the bot has no answer to. Once an agent holds the conversation the bot stays silent, except to
 * tell a shopper who wants to withdraw that the agent is already with them. Thread-safe; the chat calls it under the
 * conversation's lock, inside the turn's transaction.
 */
@Component
class WaitingShoppers {
    private static final Logger log = LoggerFactory.getLogger(WaitingShoppers.class);

    private final RuleEngine rules;
    private final EscalationSettings settings;
    private final EscalationRepository escalations;
    private final DialogueService dialogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeskAvailability desk;

    WaitingShoppers(RuleEngine rules, EscalationSettings settings, EscalationRepository escalations,
                    DialogueService dialogue, ApplicationEventPublisher events, Clock clock, DeskAvailability desk) {
        this.rules = rules;
        this.settings = settings;
        this.escalations = escalations;
        this.dialogue = dialogue;
        this.events = events;
        this.clock = clock;
        this.desk = desk;
    }

    Handoffs.Waiting answer(String conversationId, Analysis analysis, ConversationState state,
                            Supplier<DialogueOutcome> bot) {
        Language language = Language.fromTag(state.getLanguage(), Language.ZH);
        Escalation e = state.getEscalationId() == null ? null : escalations.find(state.getEscalationId()).orElse(null);
        if (e == null || !e.isOpen()) {
            // The state outlived its escalation (a crash between the two writes): the bot is in charge again.
            EscalationTransition.backWithBot(state);
            return new Handoffs.Waiting(List.of(reply(language, "escalation.released", Map.of(), Map.of())), null);
        }
        AgentAvailability availability = desk.now();
        WaitingTurn turn = EscalationRules.waiting(rules.ruleSet(settings.ruleSet()),
                new WaitingTurn(analysis.intentName(), analysis.text(), state.getLanguage(), e.status(),
                        dialogue.acknowledgement(analysis.text(), language).orElse(null)), availability);
        if (Escalation.HELD.equals(e.status())) {
            wroteWhileOpen(e);
            if (!turn.isWithdrawn()) {
                return new Handoffs.Waiting(List.of(), new Handoffs.Status(e.id(), e.status(), 0));
            }
            String agent = e.heldByName() == null ? e.heldBy() : e.heldByName();
            Reply withYou = reply(language, "escalation.agent_with_you", Map.of("agent", agent),
                    Map.of("code", "agent_with_you", "rule", turn.withdrawnBy(), "escalationId", e.id(), "agent", agent));
            return new Handoffs.Waiting(List.of(withYou), new Handoffs.Status(e.id(), e.status(), 0));
        }
        if (turn.isWithdrawn() && escalations.close(e.id(), null, Escalation.WITHDRAWN, null, null)) {
            EscalationTransition.backWithBot(state);
            log.info("Escalation {} of conversation {} withdrawn by the shopper", e.id(), conversationId);
            AfterCommit.run(() -> events.publishEvent(new EscalationChanged(e.id(), "withdrawn", clock.instant())));
            Reply withdrawn = reply(language, "escalation.withdrawn", Map.of(),
                    Map.of("code", "withdrawn", "rule", turn.withdrawnBy(), "escalationId", e.id()));
            return new Handoffs.Waiting(List.of(withdrawn), null);
        }
        wroteWhileOpen(e);
        int position = escalations.position(e);
        Handoffs.Status queuedStatus = new Handoffs.Status(e.id(), e.status(), position);
        if (!turn.isThanked() && QueuedBotAnswer.mayAnswer(analysis, dialogue.asksAboutTheWait(analysis.text()),
                dialogue.asksSomethingElseThanTheWait(analysis.text()))) {
            DialogueOutcome outcome = bot.get();
            if (QueuedBotAnswer.helps(outcome)) {
                List<Reply> replies = new ArrayList<>(outcome.replies());
                if (state.isQueueNoticeOwed()) {
                    replies.add(inQueue(language, e.id(), position, availability, null));
                    state.setQueueNoticeOwed(false);
                }
                return new Handoffs.Waiting(List.copyOf(replies), queuedStatus);
            }
        }
        state.setQueueNoticeOwed(false);
        // Thanks gets "you're welcome" before the place in the queue (rule ThanksWhileQueued), not the notice alone.
        Reply queued = inQueue(language, e.id(), position, availability, turn.isThanked() ? turn.thankedBy() : null);
        return new Handoffs.Waiting(List.of(queued), queuedStatus);
    }

    /**
     * A file the shopper sent while with a person: nothing to read for a withdrawal or thanks, so the agent holding the
     * conversation sees it in the transcript and the bot stays silent, and a shopper in the queue hears their place.
     */
    Handoffs.Waiting attached(String conversationId, ConversationState state) {
        Language language = Language.fromTag(state.getLanguage(), Language.ZH);
        Escalation e = state.getEscalationId() == null ? null : escalations.find(state.getEscalationId()).orElse(null);
        if (e == null || !e.isOpen()) {
            EscalationTransition.backWithBot(state);
            return new Handoffs.Waiting(List.of(reply(language, "escalation.released", Map.of(), Map.of())), null);
        }
        wroteWhileOpen(e);
        if (Escalation.HELD.equals(e.status())) {
            return new Handoffs.Waiting(List.of(), new Handoffs.Status(e.id(), e.status(), 0));
        }
        int position = escalations.position(e);
        Reply queued = inQueue(language, e.id(), position, desk.now(), null);
        return new Handoffs.Waiting(List.of(queued), new Handoffs.Status(e.id(), e.status(), position));
    }

    /**
     * Where the shopper stands in the queue, told as honestly as the rules' {@link AgentAvailability} answer allows:
     * "shortly" only while an agent is available ({@code handoff.queued}); within hours with every agent away, that an
     * agent replies once one is free ({@code handoff.queued.busy}); outside hours, when agents are back
     * ({@code handoff.queued.closed}). {@code thankedBy}: the rule that heard thanks, or null.
     */
    private Reply inQueue(Language language, long escalationId, int position, AgentAvailability availability,
                          String thankedBy) {
        String answer = availability.answer();
        boolean closed = AgentAvailability.CLOSED.equals(answer);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", "in_queue");
        data.put("escalationId", escalationId);
        data.put("position", position);
        if (thankedBy != null) {
            data.put("rule", thankedBy);
        }
        data.put("availability", answer);
        data.put("agentsAvailable", AgentAvailability.AVAILABLE.equals(answer));
        data.put("opensAt", closed ? desk.nextOpening().toOffsetDateTime().toString() : null);
        String key = (thankedBy != null ? "handoff.queued.thanks" : "handoff.queued")
                + (AgentAvailability.AVAILABLE.equals(answer) ? "" : "." + answer);
        return reply(language, key, desk.values(availability, language, position), data);
    }

    /**
     * The shopper's new message is the escalation's {@code lastMessage} in every console's queue: agents get an
     * {@code updated} event once the message is stored, so a queue entry does not keep showing an older message.
     */
    private void wroteWhileOpen(Escalation e) {
        AfterCommit.run(() -> events.publishEvent(new EscalationChanged(e.id(), "updated", clock.instant())));
    }

    private Reply reply(Language language, String key, Map<String, ?> values, Map<String, Object> data) {
        return new Reply("text", dialogue.texts().text(language, key, values), data);
    }
}
