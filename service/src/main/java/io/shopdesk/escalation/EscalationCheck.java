package io.shopdesk.escalation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the escalation rules concluded for one turn (a fact the rules add reasons to; one per evaluation, so not
 * thread-safe). The conversation escalates when at least one non-boost reason was added; the priority is the most
 * urgent reason's, one step more urgent for each boost (a VIP), and the team is the most urgent reason's.
 */
public final class EscalationCheck {
    public static final Set<String> TEAMS = Set.of("general", "payments", "logistics");

    private final List<EscalationReason> reasons = new ArrayList<>();

    /** Adds a reason that escalates. Called from rule consequences. */
    public void escalate(String code, String rule, String messageZh, String messageEn, int priority, String team) {
        add(new EscalationReason(code, rule, messageZh, messageEn, priority, team, false));
    }

    /** Adds a reason that only raises the priority of an escalation. */
    public void boost(String code, String rule, String messageZh, String messageEn) {
        add(new EscalationReason(code, rule, messageZh, messageEn, 1, "general", true));
    }

    private void add(EscalationReason reason) {
        if (reasons.stream().noneMatch(r -> r.code().equals(reason.code()))) {
            reasons.add(reason);
        }
    }

    public boolean isEscalating() {
        return reasons.stream().anyMatch(r -> !r.boost());
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code));
    }

    /** Escalating reasons first, most urgent first (in the order the rules added them), then boosts. */
    public List<EscalationReason> reasons() {
        return reasons.stream().sorted(Comparator.comparing(EscalationReason::boost)
                .thenComparingInt(r -> r.boost() ? 0 : r.priority())).toList();
    }

    public int priority() {
        int base = reasons.stream().filter(r -> !r.boost()).mapToInt(EscalationReason::priority).min().orElse(3);
        long boosts = reasons.stream().filter(EscalationReason::boost).count();
        return (int) Math.max(1, base - boosts);
    }

    public String team() {
        return reasons().stream().filter(r -> !r.boost()).findFirst().map(EscalationReason::team).orElse("general");
    }
}
