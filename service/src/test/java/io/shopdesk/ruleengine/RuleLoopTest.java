package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Rules that re-activate each other for ever end a decision with {@link RuleLoopException} once the firing limit is
 * reached, naming the loop's members, instead of spinning the caller's thread. The timeouts only guard against a hang.
 */
class RuleLoopTest {
    /** Two rules that undo each other (as SetPendingTask and DropTaskOnNewTopic once did), plus one that fires once. */
    static final String LOOPING = """
            package demo
            global java.util.List out
            declare Flag
                on : boolean
            end
            rule "Start"
            when
                $s : String()
            then
                out.add("start " + $s);
                insert(new Flag());
            end
            rule "TurnOn"
            when
                $f : Flag( on == false )
            then
                modify($f) { setOn(true) };
            end
            rule "TurnOff"
            when
                $f : Flag( on == true )
            then
                modify($f) { setOn(false) };
            end
            """;

    @TempDir
    Path rules;

    private RuleEngine engine() {
        StaticListableBeanFactory factory = new StaticListableBeanFactory();
        return new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                factory.getBeanProvider(RuleSetGate.class), RuleVersionStore.inMemory());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLoopEndsWithAnErrorNamingItsRulesWithinTheLimit() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/loop.drl"), LOOPING);
        try (RuleEngine engine = engine()) {
            CompiledRuleSet set = engine.ruleSet("demo");
            int[] fired = new int[1];
            assertThatThrownBy(() -> set.fire(500, session -> {
                session.setGlobal("out", new java.util.ArrayList<>());
                session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                        fired[0]++;
                    }
                });
                session.insert("x");
            })).isInstanceOfSatisfying(RuleLoopException.class, loop -> {
                assertThat(loop.loopingRules()).containsExactly("TurnOn", "TurnOff");
                assertThat(loop.limit()).isEqualTo(500);
                assertThat(loop.ruleSet()).isEqualTo("demo");
                assertThat(loop.getMessage()).isEqualTo("Rule set 'demo' stopped after 500 rule firings in one "
                        + "decision: the rules TurnOn, TurnOff keep re-activating each other (a rule loop)");
            });
            assertThat(fired[0]).isEqualTo(500);
            // The session went back to the pool clean: the next decision starts with none of the loop's facts.
            assertThat(set.fire(500, session -> session.setGlobal("out", new java.util.ArrayList<>()))).isZero();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aDecisionWithinTheLimitReturnsHowManyRulesFired() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), RuleEngineTest.GOOD);
        try (RuleEngine engine = engine()) {
            List<String> out = new java.util.ArrayList<>();
            int fired = engine.ruleSet("demo").fire(1, session -> {
                session.setGlobal("out", out);
                session.insert("x");
            });
            assertThat(fired).isEqualTo(1);
            assertThat(out).containsExactly("hello x");
        }
    }
}
