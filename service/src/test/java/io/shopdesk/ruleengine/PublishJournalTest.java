package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A publish of two rule files killed between the first move and the second leaves the folder half old, half new with
 * the journal beside it; the engine's next start makes it entirely new when the history shows the new version went
 * live before the crash, else entirely old, and serves exactly that version. Real engine, real DRL files on disk.
 */
class PublishJournalTest {
    static final String BYE = """
            package demo
            global java.util.List out
            rule "Bye"
            when
                $s : String()
            then
                out.add("bye " + $s);
            end
            """;
    static final String BYE_V2 = BYE.replace("\"bye \"", "\"see you \"");

    @TempDir
    Path rules;

    RuleEngine engine(RuleVersionStore store) {
        return new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                new StaticListableBeanFactory().getBeanProvider(RuleSetGate.class), store);
    }

    Path demo() {
        return rules.resolve("demo");
    }

    /** The old version goes live and is recorded; returns the store and the old version id. */
    String oldVersionLive(RuleVersionStore store) throws Exception {
        Files.createDirectories(demo());
        Files.writeString(demo().resolve("bye.drl"), BYE);
        Files.writeString(demo().resolve("hello.drl"), RuleEngineTest.GOOD);
        try (RuleEngine engine = engine(store)) {
            return engine.status("demo").liveVersion();
        }
    }

    /** What a crash after the first of two moves leaves: bye.drl new, hello.drl old, the journal of both. */
    void crashAfterFirstMove() throws Exception {
        PublishJournal.begin("demo", demo(), List.of(
                new PublishJournal.Entry("bye.drl", demo().resolve("bye.drl"), BYE, BYE_V2),
                new PublishJournal.Entry("hello.drl", demo().resolve("hello.drl"), RuleEngineTest.GOOD,
                        RuleEngineTest.GOOD_V2)));
        Files.writeString(demo().resolve("bye.drl"), BYE_V2);
    }

    @Test
    void aPublishInterruptedBeforeItWentLiveIsTakenBackAtStartUp() throws Exception {
        RuleVersionStore store = RuleVersionStore.inMemory();
        String old = oldVersionLive(store);
        crashAfterFirstMove();

        try (RuleEngine engine = engine(store)) {
            assertThat(Files.readString(demo().resolve("bye.drl"))).isEqualTo(BYE);
            assertThat(Files.readString(demo().resolve("hello.drl"))).isEqualTo(RuleEngineTest.GOOD);
            assertThat(demo().resolve(PublishJournal.NAME)).doesNotExist();
            assertThat(engine.status("demo").liveVersion()).isEqualTo(old);
            assertThat(RuleEngineTest.fire(engine.ruleSet("demo"), "x")).containsExactlyInAnyOrder("hello x", "bye x");
            assertThat(engine.history("demo")).hasSize(1);
        }
    }

    @Test
    void aPublishInterruptedAfterItWentLiveIsFinishedAtStartUp() throws Exception {
        RuleVersionStore store = RuleVersionStore.inMemory();
        String old = oldVersionLive(store);
        Map<String, String> published = Map.of("bye.drl", BYE_V2, "hello.drl", RuleEngineTest.GOOD_V2);
        String version = RuleVersion.contentHash(published);
        // The reload recorded the new version (it passed the gate) and the process died before the journal was removed.
        store.add("demo", new RuleVersion(version, Instant.now(), List.of("bye.drl", "hello.drl"), published,
                "draft 1 proposed by Li Wei, published by Li Wei: both"));
        crashAfterFirstMove();

        try (RuleEngine engine = engine(store)) {
            assertThat(Files.readString(demo().resolve("bye.drl"))).isEqualTo(BYE_V2);
            assertThat(Files.readString(demo().resolve("hello.drl"))).isEqualTo(RuleEngineTest.GOOD_V2);
            assertThat(demo().resolve(PublishJournal.NAME)).doesNotExist();
            assertThat(engine.status("demo").liveVersion()).isEqualTo(version).isNotEqualTo(old);
            assertThat(engine.interruptedChange("demo")).get().extracting(PublishJournal.Recovery::summary)
                    .isEqualTo("publish finished: bye.drl, hello.drl");
            assertThat(RuleEngineTest.fire(engine.ruleSet("demo"), "x")).containsExactlyInAnyOrder("hi x", "see you x");
            assertThat(engine.history("demo")).extracting(RuleVersion::version).containsExactly(old, version);
        }
    }

    @Test
    void anEngineWithoutAStoredHistoryLeavesTheJournalAlone() throws Exception {
        oldVersionLive(RuleVersionStore.inMemory());
        crashAfterFirstMove();

        // The command line's engine: it cannot tell whether the publish went live, and the folder may be a service's.
        try (RuleEngine engine = new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                new StaticListableBeanFactory().getBeanProvider(RuleSetGate.class))) {
            assertThat(demo().resolve(PublishJournal.NAME)).exists();
            assertThat(Files.readString(demo().resolve("bye.drl"))).isEqualTo(BYE_V2);
            assertThat(Files.readString(demo().resolve("hello.drl"))).isEqualTo(RuleEngineTest.GOOD);
            assertThat(engine.status("demo").liveVersion()).isNotNull();
        }
    }

    @Test
    void filesStagedByAChangeKilledBeforeItsJournalWasWrittenAreRemovedAtStartUp() throws Exception {
        RuleVersionStore store = RuleVersionStore.inMemory();
        String old = oldVersionLive(store);
        // A publish and a rollback killed while staging: their hidden files are there, no journal names them.
        Files.writeString(demo().resolve(".bye.drl.draft"), BYE_V2);
        Files.writeString(demo().resolve(".hello.drl.rollback"), RuleEngineTest.GOOD_V2);
        Files.createDirectories(demo().resolve("lists"));
        Files.writeString(demo().resolve("lists/.blocked-devices.csv.draft"), "value\ndev-1\n");
        Files.writeString(demo().resolve(".bye.drl.recovered"), BYE_V2);
        // What is not staged stays: a dot file of somebody else's, an editor's backup, a journal set aside.
        Files.writeString(demo().resolve(".editorconfig"), "root = true\n");
        Files.writeString(demo().resolve("notes.draft"), "not hidden: not ours\n");
        Files.writeString(demo().resolve(PublishJournal.NAME + ".unreadable"), "{");

        try (RuleEngine engine = engine(store)) {
            try (var left = Files.walk(demo())) {
                assertThat(left.filter(Files::isRegularFile).map(f -> demo().relativize(f).toString()))
                        .containsExactlyInAnyOrder("bye.drl", "hello.drl", ".editorconfig", "notes.draft",
                                PublishJournal.NAME + ".unreadable");
            }
            assertThat(engine.interruptedChange("demo")).isEmpty();
            assertThat(engine.status("demo").liveVersion()).isEqualTo(old);
        }
    }

    @Test
    void theCommandLinesEngineLeavesStagedFilesAlone() throws Exception {
        oldVersionLive(RuleVersionStore.inMemory());
        Files.writeString(demo().resolve(".bye.drl.draft"), BYE_V2);

        // They may be a running service's publish, staged this very moment.
        try (RuleEngine engine = new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                new StaticListableBeanFactory().getBeanProvider(RuleSetGate.class))) {
            assertThat(demo().resolve(".bye.drl.draft")).exists();
        }
    }

    @Test
    void aSettledPublishLeavesNoJournal() throws Exception {
        RuleVersionStore store = RuleVersionStore.inMemory();
        oldVersionLive(store);
        PublishJournal journal = PublishJournal.begin("demo", demo(), List.of(
                new PublishJournal.Entry("bye.drl", demo().resolve("bye.drl"), BYE, BYE_V2)));
        assertThat(demo().resolve(PublishJournal.NAME)).exists();
        assertThat(demo().resolve(PublishJournal.NAME + ".tmp")).doesNotExist();
        journal.end();

        assertThat(PublishJournal.recover("demo", demo(), () -> {
            throw new AssertionError("the history is read only when there is a journal");
        })).isEmpty();
    }

    @Test
    void aWorkbookIsPutBackAsItsBytesNotItsBase64() throws Exception {
        Files.createDirectories(demo());
        Path workbook = demo().resolve("scorecard.drl.xlsx");
        byte[] old = {'P', 'K', 3, 4, (byte) 0xff, 0, 1, 2};
        byte[] changed = {'P', 'K', 3, 4, 9, 9, 9};
        Files.write(workbook, changed);
        PublishJournal.begin("demo", demo(), List.of(new PublishJournal.Entry("scorecard.drl.xlsx", workbook,
                RuleFileContent.text("scorecard.drl.xlsx", old), RuleFileContent.text("scorecard.drl.xlsx", changed))));

        assertThat(PublishJournal.recover("demo", demo(), java.util.Optional::empty))
                .map(PublishJournal.Recovery::summary).contains("publish undone: scorecard.drl.xlsx");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(old);
    }

    /**
     * A journal written before journals said what they were for (ff6b1f4: {@code ruleSet} and {@code files} only) may
     * be a rollback's as well as a publish's. It was reported and logged as a publish; now as of unknown kind, and
     * settled all the same.
     */
    @Test
    void aJournalFromBeforeKindsWereRecordedIsReportedAsOfUnknownKind() throws Exception {
        RuleVersionStore store = RuleVersionStore.inMemory();
        String old = oldVersionLive(store);
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(Map.of(
                "ruleSet", "demo",
                "files", List.of(Map.of("path", "bye.drl", "target", demo().resolve("bye.drl").toAbsolutePath().toString(),
                        "before", BYE, "after", BYE_V2))));
        Files.writeString(demo().resolve(PublishJournal.NAME), json);
        Files.writeString(demo().resolve("bye.drl"), BYE_V2);

        try (RuleEngine engine = engine(store)) {
            assertThat(engine.interruptedChange("demo")).get().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(PublishJournal.UNKNOWN).isEqualTo("unknown");
                assertThat(r.origin()).isNull();
                assertThat(r.summary()).isEqualTo("unknown undone: bye.drl");
            });
            assertThat(Files.readString(demo().resolve("bye.drl"))).isEqualTo(BYE);
            assertThat(engine.status("demo").liveVersion()).isEqualTo(old);
        }
    }

    @Test
    void aJournalOfAKindItDoesNotKnowIsNotCalledAPublishEither() throws Exception {
        Files.createDirectories(demo());
        Files.writeString(demo().resolve("bye.drl"), BYE_V2);
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(Map.of(
                "ruleSet", "demo", "kind", "import", "origin", "a later version's change",
                "files", List.of(Map.of("path", "bye.drl", "target", demo().resolve("bye.drl").toAbsolutePath().toString(),
                        "before", BYE, "after", BYE_V2))));
        Files.writeString(demo().resolve(PublishJournal.NAME), json);

        assertThat(PublishJournal.recover("demo", demo(), java.util.Optional::empty))
                .map(PublishJournal.Recovery::summary).contains("unknown undone: bye.drl");
    }
}
