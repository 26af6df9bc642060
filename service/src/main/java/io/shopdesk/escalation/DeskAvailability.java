package io.shopdesk.escalation;

import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.nlp.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Whether a person can answer now ({@link AgentAvailability}, from the business hours, the clock and the agents'
 * presence), and how the shopper is told when not: the sentence after the hand-off text and the values the waiting
 * notices render ({@code rules/dialogue/replies/}: {@code handoff.busy}, {@code handoff.closed},
 * {@code handoff.queued.closed}). Thread-safe (reads the clock and the presence, keeps nothing).
 */
@Component
@EnableConfigurationProperties(BusinessHours.class)
class DeskAvailability {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final BusinessHours hours;
    private final Clock clock;
    private final AgentPresence presence;
    private final DialogueService dialogue;

    DeskAvailability(BusinessHours hours, Clock clock, AgentPresence presence, DialogueService dialogue) {
        this.hours = hours;
        this.clock = clock;
        this.presence = presence;
        this.dialogue = dialogue;
    }

    /** The fact for the rules, now. */
    AgentAvailability now() {
        Instant now = clock.instant();
        boolean open = hours.isOpen(now);
        ZonedDateTime opening = hours.nextOpening(now);
        return new AgentAvailability(open, presence.available(), TIME.format(opening),
                open ? 0 : hours.untilOpening(now).toMinutes());
    }

    /** When agents next start work (with its offset, for the widget), after now. */
    ZonedDateTime nextOpening() {
        return hours.nextOpening(clock.instant());
    }

    /**
     * What the rules' {@code answer} adds to the hand-off text in {@code language}: nothing when an agent is
     * available; the place in the queue ({@code position}) when all are busy or away; the hours and when an agent
     * replies when closed.
     */
    String sentence(AgentAvailability availability, Language language, int position) {
        return switch (availability.answer()) {
            case AgentAvailability.BUSY -> dialogue.texts().text(language, "handoff.busy", Map.of("position", position));
            case AgentAvailability.CLOSED -> dialogue.texts().text(language, "handoff.closed",
                    values(availability, language, position));
            default -> "";
        };
    }

    /** The values of the hours' texts: {opens}, {closes}, {zone}, {opensAt}, {wait} and {position}. */
    Map<String, Object> values(AgentAvailability availability, Language language, int position) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("position", position);
        values.put("opens", TIME.format(hours.opens()));
        values.put("closes", TIME.format(hours.closes()));
        values.put("zone", hours.zoneName(language.code()));
        values.put("opensAt", availability.getOpensAt());
        values.put("wait", waitText(Duration.ofMinutes(availability.getMinutesUntilOpen()), language));
        return values;
    }

    /** "in about 4 hours" / 约 4 小时后, rounded to the nearest hour; "in less than an hour" under one. */
    private String waitText(Duration wait, Language language) {
        long hoursRounded = (wait.toMinutes() + 30) / 60;
        if (wait.toMinutes() < 60) {
            return dialogue.texts().text(language, "handoff.wait.under_hour");
        }
        return hoursRounded == 1 ? dialogue.texts().text(language, "handoff.wait.hour")
                : dialogue.texts().text(language, "handoff.wait.hours", Map.of("hours", hoursRounded));
    }

    /** The hours as the widget shows them: opens and closes (HH:mm) and the zone id. */
    Map<String, Object> hoursData() {
        return Map.of("opens", hours.opens().toString(), "closes", hours.closes().toString(),
                "zone", hours.zone().getId());
    }
}
