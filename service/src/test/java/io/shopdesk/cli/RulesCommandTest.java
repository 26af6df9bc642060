package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

    @Test
    void theDialogueScenariosAreSentToTheChatTest() {
        CommandRun run = CommandRun.of("rules", "test", "rules/dialogue");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the dialogue's scenarios run through the whole chat service (DialogueScenariosIT)");
    }
}
