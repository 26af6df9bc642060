package io.shopdesk.escalation;

/** A console user: an agent or a supervisor (role AGENT or SUPERVISOR) of a team. Immutable. */
public record Agent(String username, String displayName, String role, String team) {

    public boolean isSupervisor() {
        return "SUPERVISOR".equals(role);
    }
}
