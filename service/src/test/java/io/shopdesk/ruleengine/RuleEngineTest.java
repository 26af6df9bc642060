package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.ruleengine.internal.BackgroundPriority;
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
        return engine(gates, RuleVersionStore.inMemory());
    }

    RuleEngine engine(List<RuleSetGate> gates, RuleVersionStore store) {
        StaticListableBeanFactory factory = new StaticListableBeanFactory();
        for (int i = 0; i < gates.size(); i++) {
            factory.addBean("gate" + i, gates.get(i));
        }
        ObjectProvider<RuleSetGate> provider = factory.getBeanProvider(RuleSetGate.class);
        return new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(), provider, store);
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
            // Named from the rules folder, as the console shows it, not by the service's (here temporary) path to it.
            assertThat(problem.file()).isEqualTo("demo/broken.drl");
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
        try (RuleEngine engine = engine(List.of(GREETS_WITH_HELLO))) {
            engine.awaitLoaded();
            Files.writeString(rules.resolve("demo/hello.drl"), GOOD_V2);
            RuleSetStatus status = engine.reload("demo");
            assertThat(status.lastProblems()).extracting(RuleProblem::message).containsExactly("expected 'hello x'");
            assertThat(fire(engine.ruleSet("demo"), "x")).containsExactly("hello x");
        }
    }

    @Test
    void aBrokenRuleSetAtStartUpWithNoEarlierVersionIsNotReadyUntilFixed() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/broken.drl"), BROKEN);
        try (RuleEngine engine = engine(List.of())) {
            RuleSetStatus status = engine.status("demo");
            assertThat(status.ready()).isFalse();
            assertThat(status.liveVersion()).isNull();
            assertThat(status.lastProblems()).first().hasToString("demo/broken.drl:5: "
                    + "[ERR 101] Line 5:26 no viable alternative at input ')' in rule \"Broken\"");
            assertThat(engine.names()).containsExactly("demo");
            assertThatThrownBy(() -> engine.ruleSet("demo")).isInstanceOf(RuleSetUnavailableException.class)
                    .hasMessageContaining("Rule set 'demo' is not ready").hasMessageContaining("broken.drl:5");

            Files.delete(rules.resolve("demo/broken.drl"));
            Files.writeString(rules.resolve("demo/hello.drl"), GOOD);
            RuleSetStatus fixed = engine.reload("demo");
            assertThat(fixed.ready()).isTrue();
            assertThat(fixed.lastProblems()).isEmpty();
            assertThat(fire(engine.ruleSet("demo"), "world")).containsExactly("hello world");
        }
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

    @Test
    void aRollbackThatFailsTheGateLeavesTheFolderAndTheLiveVersionAsTheyWere() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD);
        java.util.concurrent.atomic.AtomicReference<String> required = new java.util.concurrent.atomic.AtomicReference<>();
        try (RuleEngine engine = engine(List.of(greets(required::get)))) {
            String first = engine.status("demo").liveVersion();
            Files.writeString(rules.resolve("demo/hello.drl"), GOOD_V2);
            Files.writeString(rules.resolve("demo/extra.drl"), "package demo\n");
            String second = engine.reload("demo").liveVersion();
            required.set("hi x"); // today's scenarios: the first version no longer passes them

            RuleSetStatus refused = engine.rollback("demo", first);
            assertThat(refused.lastProblems()).extracting(RuleProblem::message).containsExactly("expected 'hi x'");
            assertThat(refused.liveVersion()).isEqualTo(second);
            assertThat(Files.readString(rules.resolve("demo/hello.drl"))).as("the folder is untouched").isEqualTo(GOOD_V2);
            assertThat(rules.resolve("demo/extra.drl")).exists();
            assertThat(fire(engine.ruleSet("demo"), "x")).containsExactly("hi x");
        }
    }

    @Test
    void aCheckThatCannotRunRejectsTheEditInsteadOfFailingTheReload() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD);
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean();
        RuleSetGate scenarios = demoGate(candidate -> {
            if (broken.get()) {
                throw new NullPointerException("a scenario file the gate cannot read");
            }
            return List.of();
        });
        try (RuleEngine engine = engine(List.of(scenarios))) {
            String first = engine.status("demo").liveVersion();
            broken.set(true);
            Files.writeString(rules.resolve("demo/hello.drl"), GOOD_V2);
            RuleSetStatus status = engine.reload("demo");
            assertThat(status.liveVersion()).isEqualTo(first);
            assertThat(status.lastProblems()).singleElement().extracting(RuleProblem::message).asString()
                    .contains("could not be checked").contains("a scenario file the gate cannot read");
            assertThat(fire(engine.ruleSet("demo"), "x")).containsExactly("hello x");
            assertThat(engine.history("demo")).hasSize(1);
        }
    }

    /** Accepts the rules only while they greet with "hello", like a scenario would. */
    static final RuleSetGate GREETS_WITH_HELLO = greets(() -> "hello x");

    /** Accepts the rules only while they greet "x" with {@code expected} (any greeting while it is null). */
    static RuleSetGate greets(java.util.function.Supplier<String> expected) {
        return demoGate(candidate -> expected.get() == null || fire(candidate, "x").equals(List.of(expected.get()))
                ? List.of()
                : List.of(new RuleProblem("scenarios/greeting.yml", 0, "expected '" + expected.get() + "'")));
    }

    /** A gate of the "demo" rule set that checks with {@code check}. */
    static RuleSetGate demoGate(java.util.function.Function<CompiledRuleSet, List<RuleProblem>> check) {
        return new RuleSetGate() {
            @Override
            public String ruleSet() {
                return "demo";
            }

            @Override
            public List<RuleProblem> check(CompiledRuleSet candidate) {
                return check.apply(candidate);
            }
        };
    }

    @Test
    void startUpRunsTheGatesAndServesTheLastGoodVersionWhenTheFilesFail() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD);
        RuleVersionStore store = RuleVersionStore.inMemory();
        String good;
        try (RuleEngine first = engine(List.of(GREETS_WITH_HELLO), store)) {
            good = first.status("demo").liveVersion();
        }
        // Edited while the service was down, in a way the scenarios reject.
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD_V2);

        try (RuleEngine restarted = engine(List.of(GREETS_WITH_HELLO), store)) {
            RuleSetStatus status = restarted.status("demo");
            assertThat(status.ready()).isTrue();
            assertThat(status.liveVersion()).isEqualTo(good);
            assertThat(status.lastProblems()).containsExactly(new RuleProblem("scenarios/greeting.yml", 0, "expected 'hello x'"));
            assertThat(fire(restarted.ruleSet("demo"), "x")).containsExactly("hello x");
            assertThat(restarted.history("demo")).extracting(RuleVersion::version).containsExactly(good);
            assertThat(Files.readString(rules.resolve("demo/hello.drl"))).isEqualTo(GOOD_V2);
        }
    }

    @Test
    void startUpWithFilesThatFailTheGatesAndNoEarlierVersionIsNotReady() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD_V2);
        try (RuleEngine engine = engine(List.of(GREETS_WITH_HELLO))) {
            RuleSetStatus status = engine.status("demo");
            assertThat(status.ready()).isFalse();
            assertThat(status.lastProblems()).containsExactly(new RuleProblem("scenarios/greeting.yml", 0, "expected 'hello x'"));
            assertThatThrownBy(() -> engine.ruleSet("demo")).isInstanceOf(RuleSetUnavailableException.class)
                    .hasMessage("Rule set 'demo' is not ready:\n  scenarios/greeting.yml: expected 'hello x'");
            assertThat(engine.history("demo")).isEmpty();
        }
    }

    @Test
    void aRestartWithUnchangedFilesRecordsNoNewVersionAndAnEditedOneIsRecordedWithItsChanges() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD);
        RuleVersionStore store = RuleVersionStore.inMemory();
        try (RuleEngine first = engine(List.of(), store)) {
            first.awaitLoaded();
        }
        try (RuleEngine same = engine(List.of(), store)) {
            assertThat(same.history("demo")).hasSize(1);
        }
        Files.writeString(rules.resolve("demo/extra.drl"), GOOD.replace("Hello", "Extra"));
        try (RuleEngine edited = engine(List.of(), store)) {
            assertThat(edited.history("demo")).extracting(RuleVersion::changedFiles)
                    .containsExactly(List.of("hello.drl"), List.of("extra.drl"));
        }
    }

    @Test
    void aReadmeOrScenarioEditMakesNoNewVersion() throws Exception {
        Files.createDirectories(rules.resolve("demo/scenarios"));
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD);
        try (RuleEngine engine = engine(List.of())) {
            String version = engine.status("demo").liveVersion();
            Files.writeString(rules.resolve("demo/README.md"), "# Demo");
            Files.writeString(rules.resolve("demo/scenarios/greeting.yml"), "[]");
            assertThat(engine.reload("demo").liveVersion()).isEqualTo(version);
            assertThat(engine.history("demo")).hasSize(1);
        }
    }

    /** A gate that notes the thread it runs on and that thread's niceness, as the OS reports it. */
    record ThreadNotingGate(List<String> seen) implements RuleSetGate {
        @Override
        public String ruleSet() {
            return "demo";
        }

        @Override
        public List<RuleProblem> check(CompiledRuleSet candidate) {
            seen.add(Thread.currentThread().getName() + " nice " + BackgroundPriority.currentNiceness().orElse(-100));
            return List.of();
        }
    }

    @Test
    void aReloadCompilesAndChecksOnItsRuleSetsLowPriorityReloadLane() throws Exception {
        boolean[] renice = new boolean[1];
        Thread probe = Thread.ofPlatform().start(() -> renice[0] = BackgroundPriority.lowerCurrentThread(BackgroundPriority.LOWEST));
        probe.join();
        assumeTrue(renice[0] && BackgroundPriority.currentNiceness().isPresent(),
                "no renice or /proc/thread-self here: a thread's OS priority can be neither set nor observed");
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), GOOD);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (RuleEngine engine = engine(List.of(new ThreadNotingGate(seen)))) {
            engine.names();
            seen.clear();
            Files.writeString(rules.resolve("demo/hello.drl"), GOOD_V2);
            engine.reload("demo");
            assertThat(seen).containsExactly("rules-reload-demo nice " + BackgroundPriority.LOWEST);
            assertThat(fire(engine.ruleSet("demo"), "world")).containsExactly("hi world");
        }
    }

    /** A gate of rule set "slow" whose check, once a reload starts, waits until the test lets it go. */
    record HeldGate(java.util.concurrent.CountDownLatch entered, java.util.concurrent.CountDownLatch release)
            implements RuleSetGate {
        @Override
        public String ruleSet() {
            return "slow";
        }

        @Override
        public List<RuleProblem> check(CompiledRuleSet candidate) {
            if (entered.getCount() == 0 || candidate.sources().values().stream().noneMatch(s -> s.contains("hi "))) {
                return List.of();
            }
            entered.countDown();
            try {
                // Bounded, so that an engine that serialises every rule set fails the test below instead of hanging.
                release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }
    }

    /**
     * Until stop 31 every rule set reloaded on one thread under one lock: the dialogue's minute-long replay held up a
     * risk officer's reload of the risk rules behind it. Each rule set now has its own lane.
     */
    @Test
    void aSlowCheckOfOneRuleSetDoesNotHoldUpAnotherRuleSetsReload() throws Exception {
        for (String set : List.of("slow", "fast")) {
            Files.createDirectories(rules.resolve(set));
            Files.writeString(rules.resolve(set + "/hello.drl"), GOOD.replace("package demo", "package " + set));
        }
        var entered = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        try (RuleEngine engine = engine(List.of(new HeldGate(entered, release)))) {
            engine.names();
            Files.writeString(rules.resolve("slow/hello.drl"), GOOD_V2.replace("package demo", "package slow"));
            Files.writeString(rules.resolve("fast/hello.drl"), GOOD_V2.replace("package demo", "package fast"));
            var slowReload = java.util.concurrent.CompletableFuture.supplyAsync(() -> engine.reload("slow"));
            entered.await();

            RuleSetStatus fast = engine.reload("fast");

            assertThat(slowReload).as("the slow rule set's check still runs").isNotDone();
            assertThat(fast.lastProblems()).isEmpty();
            assertThat(fire(engine.ruleSet("fast"), "world")).containsExactly("hi world");
            assertThat(fire(engine.ruleSet("slow"), "world")).containsExactly("hello world");
            release.countDown();
            assertThat(slowReload.get().lastProblems()).isEmpty();
            assertThat(fire(engine.ruleSet("slow"), "world")).containsExactly("hi world");
        }
    }
}
