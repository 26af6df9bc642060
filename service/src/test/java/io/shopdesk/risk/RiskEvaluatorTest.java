package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluator on a small rule set: points and a decision, a throwing rule turning into REVIEW with RULE_ERROR,
 * and pooled sessions that carry nothing (facts, fired rules, errors) from one decision into the next, also when
 * two threads decide at once. The rules reach the assessment as a fact ({@code $a : RiskAssessment()}, as every
 * version before the global did) and, in {@link #GLOBAL_RULES}, through the global {@code assessment}: both decide
 * the same.
 */
class RiskEvaluatorTest {
    static final String RULES = """
            package test.risk
            import io.shopdesk.risk.RiskAssessment
            import io.shopdesk.risk.PaymentRequest
            import io.shopdesk.risk.DecisionPhase

            rule "Boom"
            when
                PaymentRequest( amount.intValue() == 13 )
            then
                throw new IllegalStateException("unlucky amount");
            end

            rule "BadCondition"
            when
                PaymentRequest( amount.intValue() == 7, cardFingerprint.length() > 3 )
            then
            end

            rule "BigAmount"
            when
                PaymentRequest( amount.intValue() >= 1000 )
                $a : RiskAssessment()
            then
                $a.add("BIG", 50, "Big amount.", "金额大。", "BigAmount");
            end

            rule "Decide"
            when
                DecisionPhase( $s : score )
                $a : RiskAssessment()
            then
                $a.decide($s >= 40 ? "REVIEW" : "APPROVE");
            end
            """;

    /** {@link #RULES} as the shipped rules are written: the assessment is the global, no rule joins it. */
    static final String GLOBAL_RULES = RULES.replace("import io.shopdesk.risk.DecisionPhase\n",
                    "import io.shopdesk.risk.DecisionPhase\nglobal RiskAssessment assessment\n")
            .replace("    $a : RiskAssessment()\n", "").replace("$a.", "assessment.");

    @TempDir
    static Path dir;
    static CompiledRuleSet rules;
    static CompiledRuleSet globalRules;

    @BeforeAll
    static void compile() throws Exception {
        Files.createDirectories(dir.resolve("risk"));
        Files.writeString(dir.resolve("risk/rules.drl"), RULES);
        rules = RuleEngine.compile(dir.resolve("risk"));
        Files.createDirectories(dir.resolve("global/risk"));
        Files.writeString(dir.resolve("global/risk/rules.drl"), GLOBAL_RULES);
        globalRules = RuleEngine.compile(dir.resolve("global/risk"));
    }

    static RiskEvaluator.Outcome decide(int amount) {
        return decide(rules, amount);
    }

    static RiskEvaluator.Outcome decide(CompiledRuleSet ruleSet, int amount) {
        PaymentRequest request = new PaymentRequest("p-" + amount, 1L, BigDecimal.valueOf(amount), "CNY", "card",
                null, null, null, null, null, null, null, null);
        return RiskEvaluator.evaluate(ruleSet, List.of(request));
    }

    static String summary(RiskEvaluator.Outcome outcome) {
        return outcome.assessment().getDecision() + " " + outcome.assessment().getScore() + " "
                + outcome.assessment().getReasons().stream().map(r -> r.code() + "@" + r.rule()).toList() + " " + outcome.firedRules();
    }

    @Test
    void aThrowingRuleMakesTheDecisionReviewAndTheNextDecisionIsUnaffected() {
        assertThat(summary(decide(10))).isEqualTo("APPROVE 0 [] [Decide]");
        assertThat(summary(decide(13))).isEqualTo("REVIEW 0 [RULE_ERROR@Boom] []");
        assertThat(summary(decide(7))).as("a condition that throws is named too")
                .isEqualTo("REVIEW 0 [RULE_ERROR@BadCondition] []");
        assertThat(summary(decide(2000))).isEqualTo("REVIEW 50 [BIG@BigAmount] [BigAmount, Decide]");
        assertThat(summary(decide(10))).isEqualTo("APPROVE 0 [] [Decide]");
    }

    @Test
    void rulesWritingThroughTheGlobalDecideAsRulesMatchingTheAssessmentFact() {
        assertThat(GLOBAL_RULES).doesNotContain("$a").contains("global RiskAssessment assessment");
        assertThat(globalRules.declaresGlobal(RiskEvaluator.ASSESSMENT)).isTrue();
        assertThat(rules.declaresGlobal(RiskEvaluator.ASSESSMENT)).isFalse();
        for (int amount : new int[] {10, 13, 2000, 10}) {
            assertThat(summary(decide(globalRules, amount))).isEqualTo(summary(decide(rules, amount)));
        }
        assertThat(summary(decide(globalRules, 2000))).isEqualTo("REVIEW 50 [BIG@BigAmount] [BigAmount, Decide]");
    }

    @Test
    void decisionsOnTwoThreadsAtOnceStayApart() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                results.add(threads.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 300; i++) {
                        int amount = switch (i % 3) {
                            case 0 -> 10;
                            case 1 -> 13;
                            default -> 2000;
                        };
                        String expected = switch (amount) {
                            case 10 -> "APPROVE 0 [] [Decide]";
                            case 13 -> "REVIEW 0 [RULE_ERROR@Boom] []";
                            default -> "REVIEW 50 [BIG@BigAmount] [BigAmount, Decide]";
                        };
                        String actual = summary(decide(amount));
                        if (!actual.equals(expected)) {
                            wrong.add(amount + ": " + actual);
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Two threshold rules whose conditions both hold fire both ("Rules fired" lists both), but only the first's
     * decision stands: the outcome says which rule that was. Before, an auditor of a REVIEW at 45 far above its
     * order's total saw ReviewFarAboveOrderTotal and ReviewAt40 among the rules fired and could not tell which decided.
     */
    @Test
    void theRuleWhoseDecisionStoodIsNamedAmongSeveralThatMatched() throws Exception {
        Path folder = dir.resolve("thresholds/risk");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("rules.drl"), """
                package test.risk
                import io.shopdesk.risk.RiskAssessment
                import io.shopdesk.risk.PaymentRequest
                import io.shopdesk.risk.DecisionPhase
                global RiskAssessment assessment

                rule "Big"
                when
                    PaymentRequest( amount.intValue() >= 1000 )
                then
                    assessment.add("BIG", 45, "Big.", "大。", "Big");
                end

                rule "ReviewBig"
                    salience 15
                when
                    DecisionPhase( hasReason("BIG") )
                then
                    assessment.decide("REVIEW");
                end

                rule "ReviewAt40"
                    salience 10
                when
                    DecisionPhase( score >= 40 )
                then
                    assessment.decide("DECLINE");
                end

                rule "ApproveBelow40"
                when
                    DecisionPhase( score < 40 )
                then
                    assessment.decide("APPROVE");
                end
                """);
        CompiledRuleSet thresholds = RuleEngine.compile(folder);

        RiskEvaluator.Outcome big = decide(thresholds, 2000);
        assertThat(big.firedRules()).containsExactly("Big", "ReviewBig", "ReviewAt40");
        assertThat(big.assessment().getDecision()).isEqualTo("REVIEW");
        assertThat(big.assessment().getDecidedBy()).isEqualTo("ReviewBig");
        assertThat(decide(thresholds, 10).assessment().getDecidedBy()).isEqualTo("ApproveBelow40");
    }

    @Test
    void aDecisionNoRuleMadeIsTheEngines() {
        assertThat(decide(rules, 2000).assessment().getDecidedBy()).as("rules matching the assessment fact")
                .isEqualTo("Decide");
        assertThat(decide(globalRules, 2000).assessment().getDecidedBy()).isEqualTo("Decide");
        assertThat(decide(13).assessment().getDecidedBy()).as("RULE_ERROR").isEqualTo(RiskAssessment.ENGINE);
        assertThat(decide(7).assessment().getDecidedBy()).as("a condition that throws").isEqualTo(RiskAssessment.ENGINE);
    }
}
