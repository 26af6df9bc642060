package io.shopdesk.escalation;

/**
 * Whether a person can answer a handed-over shopper now, as the escalation rules see it (a fact): within business
 * hours ({@link BusinessHours}) and how many agents are available ({@link AgentPresence}). The rules decide what the
 * shopper is told ({@link #decide}): {@code available} (an agent will reply shortly), {@code busy} (within hours, nobody
 * available: they wait in the queue) or {@code closed} (outside hours: an agent replies from {@code opensAt}). One per
 * evaluation, so not thread-safe. Documented for rule authors in {@code rules/escalation/README.md}.
 */
public final class AgentAvailability {
    public static final String AVAILABLE = "available";
    public static final String BUSY = "busy";
    public static final String CLOSED = "closed";

    private final boolean withinHours;
    private final int agentsAvailable;
    private final String opensAt;
    private final long minutesUntilOpen;
    private String answer;
    private String decidedBy;

    /**
     * {@code opensAt}: when agents next start (HH:mm in the hours' zone); {@code minutesUntilOpen}: how long until then
     * (0 within hours).
     */
    public AgentAvailability(boolean withinHours, int agentsAvailable, String opensAt, long minutesUntilOpen) {
        this.withinHours = withinHours;
        this.agentsAvailable = agentsAvailable;
        this.opensAt = opensAt;
        this.minutesUntilOpen = minutesUntilOpen;
    }

    public boolean isWithinHours() {
        return withinHours;
    }

    /** Agents whose console is connected and who have not set themselves away. */
    public int getAgentsAvailable() {
        return agentsAvailable;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public long getMinutesUntilOpen() {
        return minutesUntilOpen;
    }

    /** What the shopper is told: {@code available}, {@code busy} or {@code closed}. Called from rule consequences. */
    public void decide(String answer, String rule) {
        if (this.answer == null) {
            this.answer = answer;
            this.decidedBy = rule;
        }
    }

    /** The rules' answer; {@code available} (the wording before hours were known) when no rule decided. */
    public String answer() {
        return answer == null ? AVAILABLE : answer;
    }

    /** The rule that decided, or null. */
    public String decidedBy() {
        return decidedBy;
    }
}
