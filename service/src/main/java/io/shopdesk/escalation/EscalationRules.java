package io.shopdesk.escalation;

import io.shopdesk.ruleengine.CompiledRuleSet;
import java.util.List;

/**
 * Runs the escalation rule set over one turn's facts. Used by the chat (through {@link EscalationService}), by the
 * scenarios and by the reload gate, so all three judge the same way. Thread-safe (a session per call).
 */
public final class EscalationRules {
    private EscalationRules() {
    }

    /** Fires {@code rules} over {@code facts} and returns the reasons they added. */
    public static EscalationCheck evaluate(CompiledRuleSet rules, List<?> facts) {
        EscalationCheck check = new EscalationCheck();
        rules.fire(session -> {
            facts.forEach(session::insert);
            session.insert(check);
        });
        return check;
    }

    /** Fires {@code rules} over a message sent while a person is in charge; {@code turn} then says whether it withdraws. */
    public static WaitingTurn waiting(CompiledRuleSet rules, WaitingTurn turn) {
        rules.fire(session -> session.insert(turn));
        return turn;
    }

    /**
     * Fires {@code rules} over {@code availability} alone, so it carries the rules' answer (available, busy, closed) for a
     * notice that is not a turn's: a waiting shopper's new place in the queue.
     */
    public static AgentAvailability answered(CompiledRuleSet rules, AgentAvailability availability) {
        rules.fire(session -> session.insert(availability));
        return availability;
    }

    /**
     * As {@link #waiting(CompiledRuleSet, WaitingTurn)}, with whether a person can answer now: {@code availability}
     * then carries the rules' answer (the waiting notice says when agents are back outside business hours).
     */
    public static WaitingTurn waiting(CompiledRuleSet rules, WaitingTurn turn, AgentAvailability availability) {
        rules.fire(session -> {
            session.insert(turn);
            session.insert(availability);
        });
        return turn;
    }
}
