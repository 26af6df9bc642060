package io.shopdesk.ruleengine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * What a rule set serves and how its last load went.
 *
 * @param liveVersion    the version serving decisions; null when the rule set is not ready (nothing passed its
 *                       checks and no earlier version was recorded)
 * @param lastAttemptAt  when the files were last compiled and checked (start-up or reload)
 * @param lastProblems   why the files on disk were rejected (or why the live version fails edited scenarios); empty
 *                       when they are what is live
 */
public record RuleSetStatus(String name, String liveVersion, Instant liveSince, List<String> files,
                            Instant lastAttemptAt, List<RuleProblem> lastProblems) {

    /** Whether the rule set serves a version; when false, {@code lastProblems} say why. */
    @JsonProperty("ready")
    public boolean ready() {
        return liveVersion != null;
    }
}
