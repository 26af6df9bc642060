package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.ShippedRiskRules;
import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.RiskEvaluator;
import io.shopdesk.risk.RiskReason;
import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetGate;
import io.shopdesk.ruleengine.RuleSetStatus;
import io.shopdesk.ruleengine.RuleSettings;
import io.shopdesk.ruleengine.RuleVersionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A risk rule file that loops (two rules undoing each other) is refused by the scenario gate with the looping rules
 * named, and the shipped rules keep deciding; where such rules do run, the decision is REVIEW with {@code RULE_ERROR}
 * naming them, not a hung request. Real shipped rules and scenarios (copied), the real gate and engine. The timeouts
 * only guard against a hang.
 */
class RiskRuleLoopTest {
    /** As the dialogue's SetPendingTask and DropTaskOnNewTopic once did: each re-activates the other for ever. */
    static final String LOOPING = """
            package shopdesk.risk

            import io.shopdesk.risk.RiskAssessment

            declare ManualCheck
                pending : boolean
            end

            rule "OpenManualCheck"
            when
                RiskAssessment()
                not ManualCheck()
            then
                insert(new ManualCheck());
            end

            rule "AskForManualCheck"
            when
                $c : ManualCheck( pending == false )
            then
                modify($c) { setPending(true) };
            end

            rule "DropManualCheck"
            when
                $c : ManualCheck( pending == true )
            then
                modify($c) { setPending(false) };
            end
            """;
    static final String LOOP_MESSAGE = "Rule set 'risk' stopped after 10000 rule firings in one decision: the rules "
            + "AskForManualCheck, DropManualCheck keep re-activating each other (a rule loop)";

    @TempDir
    Path rules;

    Path risk;

    @BeforeEach
    void copyTheShippedRules() throws Exception {
        risk = ShippedRiskRules.copyInto(rules);
    }

    RuleEngine start(boolean gated) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        RiskSettings settings = new RiskSettings("risk", risk.resolve("lists"), List.of("k"), List.of("o"),
                rules.resolve("no-model"), Duration.ofHours(24), Duration.ofMinutes(5), Duration.ofDays(90),
                Duration.ofHours(24), Duration.ofDays(14), null, 0);
        if (gated) {
            beans.addBean("gate", new RiskScenarioGate(settings, beans.getBeanProvider(RuleEngine.class)));
        }
        RuleEngine engine = new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                beans.getBeanProvider(RuleSetGate.class), RuleVersionStore.inMemory());
        beans.addBean("engine", engine);
        engine.awaitLoaded();
        return engine;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theGateRefusesALoopingFileNamingItsRulesAndTheShippedRulesKeepServing() throws Exception {
        try (RuleEngine engine = start(true)) {
            String live = engine.status("risk").liveVersion();
            assertThat(live).isNotNull();
            Files.writeString(risk.resolve("manual-check.drl"), LOOPING);

            RuleSetStatus status = engine.reload("risk");

            assertThat(status.liveVersion()).isEqualTo(live);
            assertThat(status.lastProblems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.file()).startsWith("risk/scenarios/");
                assertThat(problem.message()).startsWith("scenario '").endsWith("': " + LOOP_MESSAGE);
            });
            CompiledRuleSet serving = engine.ruleSet("risk");
            assertThat(serving.version()).isEqualTo(live);
            assertThat(serving.files()).doesNotContain("manual-check.drl");
            // The shipped rules still decide, without a loop: no payment facts here, so a score of 0 approves.
            RiskEvaluator.Outcome outcome = RiskEvaluator.evaluate(serving, List.of());
            assertThat(outcome.loop()).isNull();
            assertThat(outcome.firedRules()).containsExactly("ApproveBelow40");
            assertThat(outcome.assessment().getDecision()).isEqualTo(RiskDecision.APPROVE);
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void loopingRulesThatRunMakeTheDecisionReviewWithRuleErrorNamingThem() throws Exception {
        Files.writeString(risk.resolve("manual-check.drl"), LOOPING);
        try (RuleEngine engine = start(false)) {
            CompiledRuleSet looping = engine.ruleSet("risk");
            assertThat(looping.files()).contains("manual-check.drl");

            RiskEvaluator.Outcome outcome = RiskEvaluator.evaluate(looping, List.of(), 300);

            assertThat(outcome.assessment().getDecision()).isEqualTo(RiskDecision.REVIEW);
            assertThat(outcome.assessment().getReasons()).extracting(RiskReason::code, RiskReason::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("RULE_ERROR",
                            "AskForManualCheck, DropManualCheck"));
            assertThat(outcome.assessment().getReasons().getFirst().messageEn()).isEqualTo("Risk rules "
                    + "AskForManualCheck, DropManualCheck kept re-activating each other (stopped after 300 firings); "
                    + "a person will review this.");
            assertThat(outcome.firedRules()).hasSize(300);
            assertThat(outcome.loop().loopingRules()).containsExactly("AskForManualCheck", "DropManualCheck");
        }
    }
}
