package io.shopdesk.escalation;

/** An agent's presence may have changed ({@code status}: available, away or offline); consoles are told. */
public record AgentPresenceChanged(String agent, String status) {
}
