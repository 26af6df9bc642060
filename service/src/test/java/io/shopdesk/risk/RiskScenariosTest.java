package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetGate;
import io.shopdesk.ruleengine.RuleSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Every scenario in rules/risk/scenarios against the shipped risk rules; adding a scenario needs no Java. */
class RiskScenariosTest {
    static RuleEngine engine;
    static CompiledRuleSet rules;

    @BeforeAll
    static void compile() {
        engine = new RuleEngine(new RuleSettings(Path.of("rules"), Duration.ofHours(1)), new SimpleMeterRegistry(),
                new StaticListableBeanFactory().getBeanProvider(RuleSetGate.class));
        rules = engine.ruleSet("risk");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @TestFactory
    List<DynamicTest> scenarios() {
        List<RiskScenarios.Result> results = RiskScenarios.run(rules, Path.of("rules/risk/scenarios"));
        assertThat(results).hasSizeGreaterThanOrEqualTo(12);
        return results.stream().map(r -> DynamicTest.dynamicTest(r.name(),
                () -> assertThat(r.passed()).as(r.file() + ": " + r.message()).isTrue())).toList();
    }

    @Test
    void aScenarioWithoutExpectOrAnEmptyItemFailsWithAMessageInsteadOfThrowing(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("broken.yml"), """
                - name: forgot the expectation
                  payment: {paymentId: p1, customerId: 1, amount: 10, currency: CNY, method: card}
                -
                - name: forgot the currency
                  payment: {paymentId: p2, customerId: 1, amount: 10, method: card}
                  expect: {decision: APPROVE}
                """);
        List<RiskScenarios.Result> results = RiskScenarios.run(rules, folder);
        assertThat(results).extracting(RiskScenarios.Result::passed).containsExactly(false, false, false);
        assertThat(results).extracting(RiskScenarios.Result::message)
                .anySatisfy(m -> assertThat(m).contains("needs an expect"))
                .anySatisfy(m -> assertThat(m).contains("empty list item"))
                .anySatisfy(m -> assertThat(m).startsWith("a payment needs an amount and a currency, one of [CNY"));
    }

    @Test
    void everyReasonCodeTheRulesCanGiveIsExpectedBySomeScenario() throws Exception {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        java.util.regex.Pattern drl = java.util.regex.Pattern.compile("assessment\\.add\\(\"([A-Z][A-Z0-9_]+)\"");
        java.util.regex.Pattern scorecard = java.util.regex.Pattern.compile("\"(SC_[A-Z0-9_]+),");
        try (var files = Files.list(Path.of("rules/risk"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl") || f.toString().endsWith(".drl.csv")).toList()) {
                var m = (file.toString().endsWith(".csv") ? scorecard : drl).matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        StringBuilder scenarios = new StringBuilder();
        try (var files = Files.list(Path.of("rules/risk/scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                scenarios.append(Files.readString(file));
            }
        }
        assertThat(codes).hasSizeGreaterThanOrEqualTo(30);
        assertThat(codes).as("codes no scenario expects: an edit that loses their rules would pass the gate")
                .allSatisfy(code -> assertThat(scenarios.toString()).containsPattern("\\b" + code + "\\b"));
    }

    @Test
    void theRuleSetHasAtLeastThirtyRules() {
        long count = rules.kieBase().getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum();
        assertThat(count).isGreaterThanOrEqualTo(30);
    }

    /**
     * No shipped rule matches the assessment as a fact: a pattern on it makes the rule a join, and those joins were
     * a third of a payment decision's CPU time (rules/risk/README.md). Rules write through the global.
     */
    @Test
    void theShippedRulesReachTheAssessmentThroughTheGlobal() {
        assertThat(rules.declaresGlobal(RiskEvaluator.ASSESSMENT)).isTrue();
        for (var file : rules.sources().entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).doesNotContainPattern("RiskAssessment\\s*\\(");
        }
    }

    @Test
    void everyPointIsExplainedInBothLanguages() {
        for (RiskScenarios.Result r : RiskScenarios.run(rules, Path.of("rules/risk/scenarios"))) {
            for (RiskReason reason : r.assessment().getReasons()) {
                assertThat(reason.messageEn()).as(reason.code()).isNotBlank();
                assertThat(reason.messageZh()).as(reason.code()).isNotBlank();
                assertThat(reason.rule()).as(reason.code()).isNotBlank();
            }
        }
    }
}
