package io.shopdesk.escalation;

import io.shopdesk.dialogue.DialogueOutcome;
import io.shopdesk.nlp.Analysis;
import java.util.Set;

/**
 * Whether the bot answers a message the shopper sends while waiting in the queue for a person. Queued shoppers go on
 * asking ("how long do refunds take?", the phone digits the bot had just asked for) and got only "you're in the
 * queue" on every message, though the bot knew the answer and no agent had read the chat yet. A question the dialogue
 * answers (an FAQ answer, an order's status, an explanation, a question for a missing detail) is now answered; asking
 * for a person again, small talk and acknowledgements, complaints, and what the bot cannot place (a fallback) still get
 * where the shopper stands in the queue, and so does anything the dialogue would hand to a person (the chat is with
 * one already). Stateless and thread-safe.
 */
final class QueuedBotAnswer {
    /** Dialogue actions that answer nothing a waiting shopper asked, or that only a person can take further. */
    private static final Set<String> NO_ANSWER = Set.of("fallback", "complaint", "acknowledge", "thanks", "goodbye",
            "greet", "greet_again", "help", "account_takeover", "order_verification_locked", "attachment_received");

    private QueuedBotAnswer() {
    }

    /**
     * Whether the dialogue is asked at all: not when the shopper asks for a person again, nor when
     * {@code aboutTheWait} (the message asks about the wait itself, "how long do I have to wait?", "is anyone there?",
     * 还要等多久, 有人吗, by the dialogue's queue words, which the FAQ would take for a delivery or refund time): the queue
     * notice answers those. {@code somethingElse}: the message holds a phrase that asks something else than the wait
     * or a person (客服电话是多少, which the intent model reads as a request for a person), so the intent does not count.
     */
    static boolean mayAnswer(Analysis analysis, boolean aboutTheWait, boolean somethingElse) {
        return (somethingElse || !"human_agent".equals(analysis.intentName())) && !aboutTheWait;
    }

    /** Whether {@code outcome} answers the shopper, so that it is sent instead of the queue notice. */
    static boolean helps(DialogueOutcome outcome) {
        String action = outcome.decision().getAction();
        return action != null && !NO_ANSWER.contains(action) && !action.endsWith("_for_agent")
                && !outcome.replies().isEmpty()
                && outcome.replies().stream().noneMatch(r -> "fallback".equals(r.type()) || "handoff".equals(r.type()));
    }
}
