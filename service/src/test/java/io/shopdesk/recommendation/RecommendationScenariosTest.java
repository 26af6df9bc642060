package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario in rules/recommendation/scenarios against the shipped rules; adding a scenario needs no Java. */
class RecommendationScenariosTest {
    static CompiledRuleSet rules;

    @BeforeAll
    static void compile() {
        rules = RuleEngine.compile(Path.of("rules/recommendation"));
    }

    @TestFactory
    List<DynamicTest> scenarios() {
        List<RecommendationScenarios.Result> results = RecommendationScenarios.run(rules, Path.of("rules/recommendation/scenarios"));
        assertThat(results).hasSizeGreaterThanOrEqualTo(15);
        return results.stream().map(r -> DynamicTest.dynamicTest(r.name(),
                () -> assertThat(r.passed()).as(r.file() + ": " + r.message()).isTrue())).toList();
    }

    @Test
    void aFailingExpectationIsReportedWithWhatDiffered() {
        var turn = new RecoTurn("complaint", "en", "shoes", null, "kb_answer", null, 6, false);
        var outcome = RecommendationRules.decide(rules, turn, new ShopperSituation(true, false, false, false, false),
                d -> { throw new AssertionError("no candidates are asked for after a veto"); });
        assertThat(outcome.decision().isRecommend()).isFalse();
        assertThat(outcome.decision().getVetoedBy()).isEqualTo("NoRecommendationDuringComplaint");
        assertThat(outcome.candidates()).isEmpty();
    }
}
