package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A proposed version is checked as a reload checks an edit (compile errors by file and line, the gates) without going
 * live, and a published one goes live through the gate with its origin recorded, or is refused and undone.
 */
class RuleEngineDraftTest {
    /** Passes only a rule set that greets "x" with "hello x". */
    static final RuleSetGate GREETS_WITH_HELLO = new RuleSetGate() {
        @Override
        public String ruleSet() {
            return "demo";
        }

        @Override
        public List<RuleProblem> check(CompiledRuleSet candidate) {
            return RuleEngineTest.fire(candidate, "x").equals(List.of("hello x")) ? List.of()
                    : List.of(new RuleProblem("demo/scenarios", 0, "expected 'hello x'"));
        }
    };

    @TempDir
    Path rules;

    @TempDir
    Path drafts;

    RuleEngine engine() throws IOException {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), RuleEngineTest.GOOD);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("gate", GREETS_WITH_HELLO);
        return new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                beans.getBeanProvider(RuleSetGate.class));
    }

    /** A copy of the demo folder holding {@code text} as hello.drl, named like the rule set. */
    Path copyWith(String text) throws IOException {
        Path copy = drafts.resolve("demo");
        Files.createDirectories(copy);
        Files.writeString(copy.resolve("hello.drl"), text);
        return copy;
    }

    @Test
    void aCandidateIsCheckedWithoutGoingLive() throws Exception {
        try (RuleEngine engine = engine()) {
            String live = engine.status("demo").liveVersion();

            CandidateCheck broken = engine.checkCandidate("demo", copyWith(RuleEngineTest.BROKEN));
            assertThat(broken.passed()).isFalse();
            assertThat(broken.compiled()).isNull();
            assertThat(broken.compileProblems()).first().hasToString("demo/hello.drl:5: "
                    + "[ERR 101] Line 5:26 no viable alternative at input ')' in rule \"Broken\"");

            CandidateCheck failing = engine.checkCandidate("demo", copyWith(RuleEngineTest.GOOD_V2));
            assertThat(failing.compileProblems()).isEmpty();
            assertThat(failing.gateProblems()).extracting(RuleProblem::message).containsExactly("expected 'hello x'");

            CandidateCheck passing = engine.checkCandidate("demo", copyWith(RuleEngineTest.GOOD + "\n// a note\n"));
            assertThat(passing.passed()).isTrue();
            assertThat(passing.compiled().version()).isNotEqualTo(live);

            assertThat(engine.status("demo").liveVersion()).isEqualTo(live);
            assertThat(Files.readString(rules.resolve("demo/hello.drl"))).isEqualTo(RuleEngineTest.GOOD);
            assertThat(engine.history("demo")).hasSize(1);
        }
    }

    /** Writes hello.drl, and puts the old text back on undo. */
    record Rewrite(Path file, String text, String before) implements FolderEdit {
        @Override
        public void apply() {
            write(text);
        }

        @Override
        public void undo() {
            write(before);
        }

        private void write(String content) {
            try {
                Files.writeString(file, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void aPublishGoesLiveWithItsOriginOrIsUndoneAndARollbackRecordsItsOwn() throws Exception {
        try (RuleEngine engine = engine()) {
            Path file = rules.resolve("demo/hello.drl");
            String live = engine.status("demo").liveVersion();

            RuleSetStatus refused = engine.publish("demo", new Rewrite(file, RuleEngineTest.GOOD_V2, RuleEngineTest.GOOD),
                    "draft 1");
            assertThat(refused.lastProblems()).extracting(RuleProblem::message).containsExactly("expected 'hello x'");
            assertThat(refused.liveVersion()).isEqualTo(live);
            assertThat(Files.readString(file)).as("undone").isEqualTo(RuleEngineTest.GOOD);

            String noted = RuleEngineTest.GOOD + "\n// a note\n";
            RuleSetStatus published = engine.publish("demo", new Rewrite(file, noted, RuleEngineTest.GOOD), "draft 2");
            assertThat(published.lastProblems()).isEmpty();
            assertThat(published.liveVersion()).isNotEqualTo(live);
            assertThat(Files.readString(file)).isEqualTo(noted);
            RuleVersion last = engine.history("demo").getLast();
            assertThat(last.version()).isEqualTo(published.liveVersion());
            assertThat(last.origin()).isEqualTo("draft 2");
            assertThat(engine.history("demo").getFirst().origin()).as("the start-up's").isNull();

            RuleSetStatus rolledBack = engine.rollback("demo", live, "rollback to " + live + " by officer:0000");
            assertThat(rolledBack.liveVersion()).isEqualTo(live);
            assertThat(engine.history("demo").getLast().origin()).isEqualTo("rollback to " + live + " by officer:0000");
        }
    }

    /**
     * Until stop 32 every rule set's drafts were checked on one thread: a dialogue draft's minute-long replay held up
     * the check of a risk officer's draft behind it. Each rule set's drafts now have their own lane, as its reloads do.
     */
    @Test
    void aSlowDraftCheckOfOneRuleSetDoesNotHoldUpAnotherRuleSetsDraftCheck() throws Exception {
        for (String set : List.of("slow", "fast")) {
            Files.createDirectories(rules.resolve(set));
            Files.writeString(rules.resolve(set + "/hello.drl"), RuleEngineTest.GOOD.replace("package demo", "package " + set));
        }
        var entered = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("gate", new RuleEngineTest.HeldGate(entered, release));
        try (RuleEngine engine = new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                beans.getBeanProvider(RuleSetGate.class))) {
            engine.names();
            Path slowDraft = draftOf("slow", RuleEngineTest.GOOD_V2.replace("package demo", "package slow"));
            Path fastDraft = draftOf("fast", RuleEngineTest.GOOD_V2.replace("package demo", "package fast"));
            var slowCheck = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> engine.checkCandidate("slow", slowDraft));
            assertThat(entered.await(60, java.util.concurrent.TimeUnit.SECONDS)).as("the slow check started").isTrue();

            CandidateCheck fast = engine.checkCandidate("fast", fastDraft);

            assertThat(slowCheck).as("the slow rule set's draft check still runs").isNotDone();
            assertThat(fast.passed()).isTrue();
            release.countDown();
            assertThat(slowCheck.get().passed()).isTrue();
            assertThat(engine.status("slow").liveVersion()).as("a draft check puts nothing live")
                    .isEqualTo(engine.history("slow").getFirst().version());
        }
    }

    /** A draft of rule set {@code set}: a copy of its folder holding {@code text} as hello.drl. */
    Path draftOf(String set, String text) throws IOException {
        Path copy = drafts.resolve(set);
        Files.createDirectories(copy);
        Files.writeString(copy.resolve("hello.drl"), text);
        return copy;
    }
}
