package io.shopdesk.escalation.internal;

import io.shopdesk.chat.ConversationIdentified;
import io.shopdesk.escalation.EscalationChanged;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An escalation opened before the shopper said who they were (asked for a person first, signed in or verified an
 * order later) gets the customer once the conversation's is known, so the queue shows their name and the search finds
 * it by them; the console hears of it as an {@code updated} escalation. Thread-safe.
 */
@Component
class EscalationCustomers {
    private static final Logger log = LoggerFactory.getLogger(EscalationCustomers.class);

    private final EscalationRepository escalations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EscalationCustomers(EscalationRepository escalations, ApplicationEventPublisher events, Clock clock) {
        this.escalations = escalations;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void conversationIdentified(ConversationIdentified identified) {
        for (long id : escalations.identify(identified.conversationId(), identified.customerId())) {
            log.debug("Escalation {} of conversation {} is customer {}'s", id, identified.conversationId(),
                    identified.customerId());
            events.publishEvent(new EscalationChanged(id, "updated", clock.instant()));
        }
    }
}
