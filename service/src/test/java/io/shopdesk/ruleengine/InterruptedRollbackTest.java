package io.shopdesk.ruleengine;

import static io.shopdesk.ruleengine.PublishJournalTest.BYE;
import static io.shopdesk.ruleengine.PublishJournalTest.BYE_V2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A rollback writes the version's rule files back through the same journal as a draft's publish: once, it wrote them
 * one by one, so a process killed between two files left a folder of neither version, which the next start compiled
 * and served. Here the process "dies" (an {@link Error} nothing catches) while the rollback's history entry is being
 * recorded, before or after it is stored, with one file not yet moved; the next start makes the folder entirely the
 * version that was live (not recorded) or entirely the rolled-back one (recorded), and serves it. Real engine, real
 * DRL files on disk, the engine's own rollback.
 */
class InterruptedRollbackTest {
    static final String EXTRA = """
            package demo
            global java.util.List out
            rule "Extra"
            when
                $s : String()
            then
                out.add("extra " + $s);
            end
            """;

    @TempDir
    Path rules;

    /** The process ends here: nothing between this and the next start-up runs. */
    static final class Crash extends Error {
        Crash() {
            super("process killed");
        }
    }

    /** The service's history: it dies, or is down, when the next entry is recorded, as {@link #next} says. */
    static final class DyingStore implements RuleVersionStore {
        final RuleVersionStore kept = RuleVersionStore.inMemory();
        volatile String next = "store";

        @Override
        public List<RuleVersion> versions(String ruleSet, int limit) {
            return kept.versions(ruleSet, limit);
        }

        @Override
        public void add(String ruleSet, RuleVersion version) {
            switch (next) {
                case "die before storing" -> throw new Crash();
                case "database down" -> throw new IllegalStateException("connection refused");
                default -> kept.add(ruleSet, version);
            }
            if (next.equals("die after storing")) {
                throw new Crash();
            }
        }
    }

    RuleEngine engine(RuleVersionStore store) {
        return new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                new StaticListableBeanFactory().getBeanProvider(RuleSetGate.class), store);
    }

    Path demo() {
        return rules.resolve("demo");
    }

    String file(String name) throws Exception {
        return Files.readString(demo().resolve(name));
    }

    /** The first version (bye, hello), then the second (bye and hello changed, extra added); returns both ids. */
    List<String> twoVersionsLive(RuleEngine engine) throws Exception {
        String first = engine.status("demo").liveVersion();
        Files.writeString(demo().resolve("bye.drl"), BYE_V2);
        Files.writeString(demo().resolve("hello.drl"), RuleEngineTest.GOOD_V2);
        Files.writeString(demo().resolve("extra.drl"), EXTRA);
        String second = engine.reload("demo").liveVersion();
        assertThat(second).isNotEqualTo(first);
        return List.of(first, second);
    }

    /** Rolls back to {@code version} with the store dying as {@code how} says; leaves hello.drl as if not yet moved. */
    void rollbackKilled(DyingStore store, String version, String how) throws Exception {
        Files.createDirectories(demo());
        try (RuleEngine engine = engine(store)) {
            store.next = how;
            assertThatThrownBy(() -> engine.rollback("demo", version, "Li Wei")).hasCauseInstanceOf(Crash.class);
            assertThat(demo().resolve(PublishJournal.NAME)).as("the journal outlives the crash").exists();
            store.next = "store";
        }
        // The kill came between the moves: bye.drl rolled back and extra.drl deleted, hello.drl still the second's.
        Files.writeString(demo().resolve("hello.drl"), RuleEngineTest.GOOD_V2);
    }

    void startWithTheFirstVersion() throws Exception {
        Files.createDirectories(demo());
        Files.writeString(demo().resolve("bye.drl"), BYE);
        Files.writeString(demo().resolve("hello.drl"), RuleEngineTest.GOOD);
    }

    @Test
    void aRollbackKilledBeforeItWasRecordedIsTakenBackAtStartUp() throws Exception {
        startWithTheFirstVersion();
        DyingStore store = new DyingStore();
        List<String> versions;
        try (RuleEngine engine = engine(store)) {
            versions = twoVersionsLive(engine);
        }
        rollbackKilled(store, versions.getFirst(), "die before storing");
        assertThat(demo().resolve("extra.drl")).doesNotExist();
        assertThat(file("bye.drl")).isEqualTo(BYE);

        try (RuleEngine engine = engine(store)) {
            assertThat(file("bye.drl")).isEqualTo(BYE_V2);
            assertThat(file("hello.drl")).isEqualTo(RuleEngineTest.GOOD_V2);
            assertThat(file("extra.drl")).isEqualTo(EXTRA);
            assertThat(engine.interruptedChange("demo")).get().satisfies(r -> {
                assertThat(r.kind()).isEqualTo("rollback");
                assertThat(r.outcome()).isEqualTo("undone");
                assertThat(r.files()).containsExactlyInAnyOrder("bye.drl", "hello.drl", "extra.drl");
            });
            assertThat(demo().resolve(PublishJournal.NAME)).doesNotExist();
            assertThat(engine.status("demo").liveVersion()).isEqualTo(versions.getLast());
            assertThat(RuleEngineTest.fire(engine.ruleSet("demo"), "x"))
                    .containsExactlyInAnyOrder("hi x", "see you x", "extra x");
            assertThat(engine.history("demo")).extracting(RuleVersion::version).containsExactlyElementsOf(versions);
        }
    }

    @Test
    void aRollbackKilledAfterItWasRecordedIsFinishedAtStartUp() throws Exception {
        startWithTheFirstVersion();
        DyingStore store = new DyingStore();
        List<String> versions;
        try (RuleEngine engine = engine(store)) {
            versions = twoVersionsLive(engine);
        }
        rollbackKilled(store, versions.getFirst(), "die after storing");

        try (RuleEngine engine = engine(store)) {
            assertThat(file("bye.drl")).isEqualTo(BYE);
            assertThat(file("hello.drl")).isEqualTo(RuleEngineTest.GOOD);
            assertThat(demo().resolve("extra.drl")).doesNotExist();
            // Once logged and reported as "a publish": it was a rollback, and the journal says by whom.
            assertThat(engine.interruptedChange("demo")).get().satisfies(r -> {
                assertThat(r.kind()).isEqualTo("rollback");
                assertThat(r.origin()).isEqualTo("Li Wei");
                assertThat(r.outcome()).isEqualTo("finished");
                assertThat(r.files()).containsExactlyInAnyOrder("bye.drl", "hello.drl", "extra.drl");
            });
            assertThat(demo().resolve(PublishJournal.NAME)).doesNotExist();
            assertThat(engine.status("demo").liveVersion()).isEqualTo(versions.getFirst());
            assertThat(RuleEngineTest.fire(engine.ruleSet("demo"), "x")).containsExactlyInAnyOrder("hello x", "bye x");
            assertThat(engine.history("demo")).extracting(RuleVersion::version)
                    .containsExactly(versions.getFirst(), versions.getLast(), versions.getFirst());
            assertThat(engine.history("demo").getLast().origin()).isEqualTo("Li Wei");
        }
    }

    @Test
    void aRollbackTheHistoryCannotRecordIsTakenBackOffTheDisk() throws Exception {
        startWithTheFirstVersion();
        DyingStore store = new DyingStore();
        try (RuleEngine engine = engine(store)) {
            List<String> versions = twoVersionsLive(engine);
            store.next = "database down";

            RuleSetStatus refused = engine.rollback("demo", versions.getFirst(), "Li Wei");

            // Once, the rolled-back files stayed on disk while the second version served: the next edit or restart
            // would have put live a version nobody chose.
            assertThat(refused.lastProblems()).isNotEmpty();
            assertThat(refused.liveVersion()).isEqualTo(versions.getLast());
            assertThat(file("bye.drl")).isEqualTo(BYE_V2);
            assertThat(file("hello.drl")).isEqualTo(RuleEngineTest.GOOD_V2);
            assertThat(file("extra.drl")).isEqualTo(EXTRA);
            assertThat(demo().resolve(PublishJournal.NAME)).doesNotExist();
            try (var left = Files.list(demo())) {
                assertThat(left.map(f -> f.getFileName().toString()))
                        .containsExactlyInAnyOrder("bye.drl", "hello.drl", "extra.drl");
            }
        }
    }

    @Test
    void aRollbackCompilesAndChecksItsVersionOnce() throws Exception {
        startWithTheFirstVersion();
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("gate", RuleEngineTest.demoGate(candidate -> {
            checks.incrementAndGet();
            return List.of();
        }));
        try (RuleEngine engine = new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                beans.getBeanProvider(RuleSetGate.class), RuleVersionStore.inMemory())) {
            List<String> versions = twoVersionsLive(engine);
            checks.set(0);

            RuleSetStatus rolledBack = engine.rollback("demo", versions.getFirst(), "Li Wei");

            assertThat(rolledBack.liveVersion()).isEqualTo(versions.getFirst());
            assertThat(rolledBack.lastProblems()).isEmpty();
            // Once, the rollback checked the version, wrote it and then reloaded it as any edit: compiled and checked
            // (scenarios and their warm-up passes) a second time.
            assertThat(checks).hasValue(1);
            assertThat(RuleEngineTest.fire(engine.ruleSet("demo"), "x")).containsExactlyInAnyOrder("hello x", "bye x");
            assertThat(engine.history("demo")).extracting(RuleVersion::version)
                    .containsExactly(versions.getFirst(), versions.getLast(), versions.getFirst());
        }
    }

    @Test
    void aRollbackWhoseFolderChangedMeanwhileIsCheckedAgain() throws Exception {
        startWithTheFirstVersion();
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        RuleSetGate gate = new RuleSetGate() {
            @Override
            public String ruleSet() {
                return "demo";
            }

            @Override
            public List<RuleProblem> check(CompiledRuleSet candidate) {
                checks.incrementAndGet();
                return List.of();
            }

            @Override
            public java.util.Map<String, String> checkedFiles() {
                // What the gate reads changes between the rollback's check and its reload: a scenario saved meanwhile.
                return java.util.Map.of("scenarios/x.yml", "check " + checks.get());
            }
        };
        beans.addBean("gate", gate);
        try (RuleEngine engine = new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                beans.getBeanProvider(RuleSetGate.class), RuleVersionStore.inMemory())) {
            List<String> versions = twoVersionsLive(engine);
            checks.set(0);

            assertThat(engine.rollback("demo", versions.getFirst(), "Li Wei").liveVersion())
                    .isEqualTo(versions.getFirst());
            assertThat(checks).hasValue(2);
        }
    }
}
