package io.shopdesk.chat.internal;

import io.shopdesk.chat.ConversationIdentified;
import io.shopdesk.dialogue.ConversationState;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Records on the conversation the customer a turn identified (signed in by the shop, or the owner of an order the chat
 * verified: the state's {@link ConversationState#getCustomerId()}), so that agents can list a customer's chats, the
 * ones the bot handled alone too. The first identification wins: a later one of another customer (an anonymous visitor
 * who proved a second customer's order on a shared computer) changes the dialogue's state but never the recorded
 * customer; that is logged at debug. A newly recorded customer is announced ({@link ConversationIdentified}).
 * Thread-safe; the caller holds the conversation's lock.
 */
public final class ConversationCustomers {
    private static final Logger log = LoggerFactory.getLogger(ConversationCustomers.class);

    private final ConversationRepository conversations;
    private final ApplicationEventPublisher events;

    public ConversationCustomers(ConversationRepository conversations, ApplicationEventPublisher events) {
        this.conversations = conversations;
        this.events = events;
    }

    /**
     * After a turn: {@code before} is the state's customer when the turn began (null: none), {@code state} the state
     * as the turn left it. Also records a customer the state knew before but the conversation did not (a chat begun
     * before customers were recorded, or a turn cut short after its transaction).
     */
    public void afterTurn(String conversationId, Long before, ConversationState state) {
        Long customer = state.getCustomerId();
        if (customer == null) {
            return;
        }
        if (conversations.identify(conversationId, customer)) {
            events.publishEvent(new ConversationIdentified(conversationId, customer));
            return;
        }
        if (!customer.equals(before)) {
            conversations.customer(conversationId).filter(first -> !Objects.equals(first, customer)).ifPresent(first ->
                    log.debug("Conversation {} verified customer {}'s order; it stays customer {}'s, identified first",
                            conversationId, customer, first));
        }
    }
}
