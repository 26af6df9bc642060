package io.shopdesk.escalation;

/**
 * Published after an escalation's change is committed: {@code event} is created, claimed, transferred, released,
 * resolved or updated. The console's queue view follows these. Immutable.
 */
public record EscalationChanged(long escalationId, String event, java.time.Instant at) {
}
