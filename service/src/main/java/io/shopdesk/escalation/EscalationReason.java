package io.shopdesk.escalation;

/**
 * Why a conversation goes to a person: a code, the rule that said so, a message for the agent in zh and en, the
 * priority (1 urgent, 2 high, 3 normal) and the team the reason calls for. A {@code boost} reason (a VIP customer)
 * does not escalate on its own: it raises the priority of an escalation other reasons start. Immutable.
 */
public record EscalationReason(String code, String rule, String messageZh, String messageEn, int priority, String team,
                               boolean boost) {

    public EscalationReason {
        if (priority < 1 || priority > 3) {
            throw new IllegalArgumentException("priority must be 1 (urgent) to 3 (normal), was " + priority + " in " + rule);
        }
        if (!EscalationCheck.TEAMS.contains(team)) {
            throw new IllegalArgumentException("team must be one of " + EscalationCheck.TEAMS + ", was " + team + " in " + rule);
        }
    }

    public String message(String language) {
        return "en".equals(language) ? messageEn : messageZh;
    }
}
