package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleProblemTest {

    @Test
    void aFileInTheRulesFolderIsNamedFromIt() {
        RuleProblem problem = new RuleProblem("/tmp/junit-42/rules/risk/payments.drl", 12, "bad");
        assertThat(problem.relativeTo(Path.of("/tmp/junit-42/rules")))
                .isEqualTo(new RuleProblem("risk/payments.drl", 12, "bad"));
        assertThat(new RuleProblem("/srv/shop/rules/risk/scenarios/velocity.yml", 0, "x").relativeTo(Path.of("/srv/shop/rules/")))
                .isEqualTo(new RuleProblem("risk/scenarios/velocity.yml", 0, "x"));
    }

    @Test
    void aRelativeRulesFolderNamesTheSameWay() {
        assertThat(new RuleProblem("rules/risk/thresholds.drl", 3, "m").relativeTo(Path.of("rules")).file())
                .isEqualTo("risk/thresholds.drl");
        assertThat(new RuleProblem(Path.of("rules/risk/x.drl").toAbsolutePath().toString(), 3, "m")
                .relativeTo(Path.of("rules")).file()).isEqualTo("risk/x.drl");
    }

    @Test
    void aNameOutsideTheRulesFolderIsKept() {
        RuleProblem other = new RuleProblem("/etc/elsewhere/payments.drl", 1, "m");
        assertThat(other.relativeTo(Path.of("/srv/rules"))).isSameAs(other);
        RuleProblem setName = new RuleProblem("risk", 0, "could not be checked");
        assertThat(setName.relativeTo(Path.of("/srv/rules"))).isSameAs(setName);
        RuleProblem folder = new RuleProblem("/srv/rules", 0, "no rule sets");
        assertThat(folder.relativeTo(Path.of("/srv/rules"))).isSameAs(folder);
    }
}
