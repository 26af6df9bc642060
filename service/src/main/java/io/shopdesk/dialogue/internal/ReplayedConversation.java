package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import java.util.UUID;

/**
 * A recorded conversation replayed message by message against one version of the dialogue rules and word lists, with a state of its
 * own that no chat stores ({@link DialogueService#replay}: nothing outside it changes). A message that opens a new
 * conversation starts a new state for the same shopper. A message whose recorded reply showed product cards
 * ({@link RecordedDecisions.Turn#cards}) leaves them shown, under a conversation id of the replay's own that no chat
 * has, for the next message ("the second one", a comparison of the cards), as the chat's products reply does. Not
 * thread-safe: one replay at a time.
 */
final class ReplayedConversation {
    private final DialogueService dialogue;
    private final DecisionReplay.Version version;
    private final RecordedDecisions.Conversation conversation;
    private ConversationState state;
    /** The id the recommendation remembers the cards shown under; a new one with each new conversation. */
    private String conversationId;

    ReplayedConversation(DialogueService dialogue, DecisionReplay.Version version,
                         RecordedDecisions.Conversation conversation) {
        this.dialogue = dialogue;
        this.version = version;
        this.conversation = conversation;
        this.state = fresh();
    }

    /**
     * The decision for the turn's message, analysed as {@code analysis}.
     *
     * @throws io.shopdesk.ruleengine.RuleLoopException when the rules loop
     * @throws RuntimeException                         what a rule's consequence throws
     */
    Decision decide(RecordedDecisions.Turn turn, Analysis analysis) {
        if (turn.opensConversation()) {
            state = fresh();
        }
        Decision decision = dialogue.replay(version.rules(), version.words(), analysis, state, conversationId);
        if (turn.cards() != null) {
            dialogue.replayShownCards(conversationId, decision, turn.cards());
        }
        return decision;
    }

    /** A new conversation's state as the chat makes it: the client's language, the shop's signed-in customer. */
    private ConversationState fresh() {
        conversationId = "replay-" + UUID.randomUUID();
        ConversationState fresh = new ConversationState();
        fresh.setLanguage(Language.fromTag(conversation.locale(), Language.ZH).code());
        if (conversation.signedInAs() != null) {
            fresh.setCustomerId(conversation.signedInAs());
            fresh.setCustomerSigned(true);
        }
        return fresh;
    }
}
