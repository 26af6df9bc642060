package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Rule sets compile from files, report errors with file and line, and a broken edit never replaces working rules. */
class RuleEngineTest {
    static final String GOOD = """
            package demo
            global java.util.List out
            rule "Hello"
            when
                $s : String()
            then
                out.add("hello " + $s);
            end
            """;
    static final String GOOD_V2 = GOOD.replace("\"hello \"", "\"hi \"");
    static final String BROKEN = """
            package demo
            global java.util.List out
            rule "Broken"
            when
                $s : String( length > )
            then
                out.add($s);
            end
            """;

    @TempDir
    Path rules;

    RuleEngine engine(List<RuleSetGate> gates) {
        StaticListableBeanFactory factory = new StaticListableBeanFactory();
        for (int i = 0; i < gates.size(); i++) {
            factory.addBean("gate" + i, gates.get(i));
        }
        ObjectProvider<RuleSetGate> provider = factory.getBeanProvider(RuleSetGate.class);
        return new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(), provider);
    }

    static List<String> fire(CompiledRuleSet set, String fact) {
        List<String> out = new ArrayList<>();
        set.fire(session -> {
            session.setGlobal("out", out);
            session.insert(fact);
        });
        return out;
    }

    @Test
    void compilesEachFolderAsARuleSetAndFires() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD);
        try (RuleEngine engine = engine(List.of())) {
            assertThat(engine.names()).containsExactly("demo");
            assertThat(fire(engine.ruleSet("demo"), "world")).containsExactly("hello world");
            assertThat(engine.status("demo").liveVersion()).hasSize(12);
        }
    }

    @Test
    void brokenEditIsReportedWithFileAndLineAndTheOldVersionKeepsServing() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD);
        try (RuleEngine engine = engine(List.of())) {
            String version = engine.status("demo").liveVersion();
            Files.writeString(rules.resolve("demo/broken.drl"), BROKEN);
            RuleSetStatus status = engine.reload("demo");
            assertThat(status.liveVersion()).isEqualTo(version);
            assertThat(status.lastProblems()).isNotEmpty();
            RuleProblem problem = status.lastProblems().getFirst();
            assertThat(problem.file()).endsWith("broken.drl");
            assertThat(problem.line()).isEqualTo(5);
            assertThat(fire(engine.ruleSet("demo"), "world")).containsExactly("hello world");

            Files.delete(rules.resolve("demo/broken.drl"));
            Files.writeString(rules.resolve("demo/hello.drl"), GOOD_V2);
            RuleSetStatus fixed = engine.reload("demo");
            assertThat(fixed.lastProblems()).isEmpty();
            assertThat(fixed.liveVersion()).isNotEqualTo(version);
            assertThat(fire(engine.ruleSet("demo"), "world")).containsExactly("hi world");
        }
    }

    @Test
    void aFailingGateKeepsTheOldVersion() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD);
        RuleSetGate gate = new RuleSetGate() {
            @Override
            public String ruleSet() {
                return "demo";
            }

            @Override
            public List<RuleProblem> check(CompiledRuleSet candidate) {
                return fire(candidate, "x").equals(List.of("hello x")) ? List.of()
                        : List.of(new RuleProblem("scenarios/greeting.yml", 0, "expected 'hello x'"));
            }
        };
        try (RuleEngine engine = engine(List.of(gate))) {
            engine.awaitLoaded();
            Files.writeString(rules.resolve("demo/hello.drl"), GOOD_V2);
            RuleSetStatus status = engine.reload("demo");
            assertThat(status.lastProblems()).extracting(RuleProblem::message).containsExactly("expected 'hello x'");
            assertThat(fire(engine.ruleSet("demo"), "x")).containsExactly("hello x");
        }
    }

    @Test
    void aBrokenRuleSetAtStartUpFailsWithItsErrors() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/broken.drl"), BROKEN);
        assertThatThrownBy(() -> engine(List.of()).awaitLoaded())
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("broken.drl:5");
    }

    @Test
    void theShippedDialogueRulesCompile() {
        try (RuleEngine engine = new RuleEngine(new RuleSettings(Path.of("rules"), Duration.ofHours(1)),
                new SimpleMeterRegistry(), new StaticListableBeanFactory().getBeanProvider(RuleSetGate.class))) {
            assertThat(engine.names()).contains("dialogue", "escalation");
            assertThat(engine.ruleSet("dialogue").kieBase().getKiePackage("shopdesk.dialogue").getRules())
                    .extracting(org.kie.api.definition.rule.Rule::getName)
                    .contains("AnswerFromKnowledgeBase", "AskOrderId", "Fallback");
            assertThat(engine.ruleSet("escalation").kieBase().getKiePackage("shopdesk.escalation").getRules())
                    .extracting(org.kie.api.definition.rule.Rule::getName)
                    .contains("EscalateOnExplicitRequest", "EscalateAfterRepeatedFallbacks", "EscalateOnPaymentReview");
        }
    }

    @Test
    void everyLiveVersionIsRecordedAndCanBeRolledBackTo() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD);
        try (RuleEngine engine = engine(List.of())) {
            String first = engine.status("demo").liveVersion();
            Files.writeString(rules.resolve("demo/hello.drl"), GOOD_V2);
            String second = engine.reload("demo").liveVersion();
            assertThat(engine.history("demo")).extracting(RuleVersion::version).containsExactly(first, second);
            assertThat(engine.history("demo").getLast().changedFiles()).containsExactly("hello.drl");

            RuleSetStatus rolledBack = engine.rollback("demo", first);
            assertThat(rolledBack.liveVersion()).isEqualTo(first);
            assertThat(Files.readString(rules.resolve("demo/hello.drl"))).isEqualTo(GOOD);
            assertThat(fire(engine.ruleSet("demo"), "world")).containsExactly("hello world");
            assertThatThrownBy(() -> engine.rollback("demo", "nope")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
