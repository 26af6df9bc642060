package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShippedRiskRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules test DIR} picks the scenario runner of the rule set it is given, and says so when there is none. */
class RulesCommandTest {

    @Test
    void eachRuleSetsScenariosRunThroughItsOwnRunner() {
        for (String set : new String[] {"risk", "escalation", "recommendation"}) {
            CommandRun run = CommandRun.of("rules", "test", "rules/" + set);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).as(set).contains(" passed, 0 failed").doesNotContain("FAIL ");
        }
        assertThat(CommandRun.of("rules", "test", "rules/escalation").out()).contains("PASS 转人工 escalates at once to the general team");
    }

    /** A decision table's error is printed at the spreadsheet's row, with the rule and column (once: line 94 of 21). */
    @Test
    void checkPrintsADecisionTablesErrorAtItsRow(@TempDir Path dir) throws Exception {
        Path risk = ShippedRiskRules.copyInto(dir);
        Path table = risk.resolve("financing-scorecard.drl.csv");
        Files.writeString(table, Files.readString(table).replace("SC_LUXURY_PURPOSE, 5,", "SC_LUXURY_PURPOSE, lots,"));
        CommandRun run = CommandRun.of("rules", "check", risk.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(table + ":21: rule ScorecardLuxuryPurpose, column H (Code, points, English, "
                + "Chinese): Rule Compilation error lots cannot be resolved to a variable").doesNotContain(":94");
    }

    @Test
    void theDialogueScenariosAreSentToTheChatTest() {
        CommandRun run = CommandRun.of("rules", "test", "rules/dialogue");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the dialogue's scenarios run through the whole chat service (DialogueScenariosIT)");
    }
}
