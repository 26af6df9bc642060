package io.shopdesk.ruleengine;

import java.util.List;

/**
 * How a proposed version of a rule set (a draft, copied into a folder of its own) fares in the checks a reload makes,
 * without going live: compile errors by file and line, then the gates' problems (failed scenarios). Problems name
 * their files from the rules folder as a reload's do ({@code risk/payments.drl:42}). Immutable.
 *
 * @param compiled the draft's rules compiled, to replay decisions through; null when they do not compile
 * @param compileProblems why they do not compile (empty when they do)
 * @param gateProblems what the gates found wrong (empty when they pass or when nothing compiled to check)
 */
public record CandidateCheck(CompiledRuleSet compiled, List<RuleProblem> compileProblems,
                             List<RuleProblem> gateProblems) {

    public CandidateCheck {
        compileProblems = List.copyOf(compileProblems);
        gateProblems = List.copyOf(gateProblems);
    }

    /** Whether a reload would put it live. */
    public boolean passed() {
        return compiled != null && compileProblems.isEmpty() && gateProblems.isEmpty();
    }
}
