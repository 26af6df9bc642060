package io.shopdesk.ruleengine;

import java.time.Instant;
import java.util.List;

/**
 * What a rule set serves and how its last reload went.
 *
 * @param liveVersion    the version serving decisions
 * @param lastAttemptAt  when a reload was last tried
 * @param lastProblems   why the last reload was rejected; empty when it went live
 */
public record RuleSetStatus(String name, String liveVersion, Instant liveSince, List<String> files,
                            Instant lastAttemptAt, List<RuleProblem> lastProblems) {
}
