package io.shopdesk.escalation;

import io.shopdesk.escalation.internal.EscalationRepository;
import io.shopdesk.escalation.internal.RatingRepository;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The shopper's 1-5 rating of the agent's help, once per resolved escalation; the consoles are told ({@code rated}).
 * Stateless and thread-safe (the database refuses a second rating of one escalation).
 */
@Component
class ShopperRatings {
    private final EscalationRepository escalations;
    private final RatingRepository ratings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShopperRatings(EscalationRepository escalations, RatingRepository ratings, ApplicationEventPublisher events,
                   Clock clock) {
        this.escalations = escalations;
        this.ratings = ratings;
        this.events = events;
        this.clock = clock;
    }

    /** See {@link AgentDesk#rate}. */
    void rate(String conversationId, int score, String comment) {
        if (score < 1 || score > 5) {
            throw new EscalationException(400, "invalid_score", "The score must be 1 to 5");
        }
        if (comment != null && comment.length() > 1000) {
            throw new EscalationException(400, "comment_too_long", "The comment is limited to 1000 characters");
        }
        Escalation resolved = escalations.ofConversation(conversationId).stream()
                .filter(e -> Escalation.RESOLVED.equals(e.status())).findFirst()
                .orElseThrow(() -> new EscalationException(409, "nothing_to_rate",
                        "This conversation has no resolved escalation to rate"));
        if (!ratings.insert(conversationId, resolved.id(), score, comment)) {
            throw new EscalationException(409, "already_rated", "This conversation was already rated");
        }
        events.publishEvent(new EscalationChanged(resolved.id(), "rated", clock.instant()));
    }
}
