package io.shopdesk.ruleengine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetGate;
import io.shopdesk.ruleengine.RuleSettings;
import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.ruleengine.RuleVersionDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration V55 on a real (H2, Flyway) database holding rule versions written before V48, whole texts in their rows:
 * afterwards every row refers to its texts in {@code rule_file_texts}, each text stored once, and the history, a diff
 * and a rollback read them from there. Before, those rows kept their texts (and their copies) for ever.
 */
class RuleVersionTextsMigrationTest {
    static final String HELLO = JdbcRuleVersionStoreTest.HELLO;
    static final String HI = JdbcRuleVersionStoreTest.HI;
    static final String DECISIONS = "- conversation: greeting\n  turns: []\n";

    @TempDir
    Path rules;

    JdbcDataSource data;
    JdbcClient jdbc;

    /** A database as a service before V55 left it: migrated up to the last migration before V55. */
    @BeforeEach
    void databaseBeforeV55() {
        data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:rule-texts-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        data.setUser("sa");
        org.flywaydb.core.api.MigrationVersion before = java.util.Arrays.stream(Flyway.configure().dataSource(data)
                        .locations("classpath:db/migration").load().info().all())
                .map(org.flywaydb.core.api.MigrationInfo::getVersion)
                .filter(v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("55")) < 0)
                .max(Comparable::compareTo).orElseThrow();
        Flyway.configure().dataSource(data).locations("classpath:db/migration").target(before).load().migrate();
        jdbc = JdbcClient.create(data);
    }

    void migrate() {
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
    }

    /** A row as the store wrote it before V48: the files' whole texts, no references. */
    void oldRow(String ruleSet, String version, String liveSince, String changed, String files) {
        jdbc.sql("""
                INSERT INTO rule_versions (rule_set, version, live_since, changed_files, files)
                VALUES (:set, :version, CAST(:since AS TIMESTAMP WITH TIME ZONE), :changed, :files)""")
                .param("set", ruleSet).param("version", version).param("since", liveSince)
                .param("changed", changed).param("files", files).update();
    }

    static String json(Map<String, String> files) {
        return JsonMapper.builder().build().writeValueAsString(files);
    }

    @Test
    void oldRowsReferToTheirTextsStoredOnceAndReadAsBefore() {
        JdbcRuleVersionStore store = new JdbcRuleVersionStore(jdbc, JsonMapper.builder().build());
        oldRow("dialogue", "v1", "2026-10-01 10:00:00+00", "[\"dialogue.drl\"]",
                json(Map.of("dialogue.drl", HELLO, "gate/decisions.yml", DECISIONS)));
        oldRow("dialogue", "v2", "2026-10-02 10:00:00+00", "[\"dialogue.drl\"]",
                json(Map.of("dialogue.drl", HI, "gate/decisions.yml", DECISIONS)));
        // A text a version since V48 stored already is not stored again.
        store.add("risk", new RuleVersion("r-new", Instant.parse("2026-11-01T10:00:00Z"), List.of("a.drl"),
                Map.of("a.drl", "risk text")));
        oldRow("risk", "r-old", "2026-10-03 10:00:00+00", "[\"a.drl\"]", json(Map.of("a.drl", "risk text")));
        assertThat(store.storedTexts()).isEqualTo(1);

        migrate();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM rule_versions WHERE files IS NOT NULL").query(Long.class).single())
                .isZero();
        assertThat(store.storedTexts()).as("HELLO, HI, the decisions once, the risk text once").isEqualTo(4);
        assertThat(jdbc.sql("SELECT file_refs FROM rule_versions WHERE version = 'v1'").query(String.class).single())
                .isEqualTo(json(new java.util.TreeMap<>(Map.of("dialogue.drl", JdbcRuleVersionStore.sha256(HELLO),
                        "gate/decisions.yml", JdbcRuleVersionStore.sha256(DECISIONS)))));
        assertThat(store.versions("dialogue", 10)).extracting(RuleVersion::version, RuleVersion::files).containsExactly(
                org.assertj.core.groups.Tuple.tuple("v1", Map.of("dialogue.drl", HELLO, "gate/decisions.yml", DECISIONS)),
                org.assertj.core.groups.Tuple.tuple("v2", Map.of("dialogue.drl", HI, "gate/decisions.yml", DECISIONS)));
        assertThat(store.versions("risk", 10)).as("in the order they were written").extracting(RuleVersion::version,
                RuleVersion::files).containsExactly(
                org.assertj.core.groups.Tuple.tuple("r-new", Map.of("a.drl", "risk text")),
                org.assertj.core.groups.Tuple.tuple("r-old", Map.of("a.drl", "risk text")));
    }

    /** The history, a diff and a rollback of the engine reach a version recorded before V48, read from the texts. */
    @Test
    void theEngineDiffsAndRollsBackToAConvertedVersion() throws Exception {
        String old = RuleVersion.contentHash(Map.of("hello.drl", HELLO));
        oldRow("demo", old, "2026-10-01 10:00:00+00", "[\"hello.drl\"]", json(Map.of("hello.drl", HELLO)));
        migrate();
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), HI);

        try (RuleEngine engine = new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                new StaticListableBeanFactory().getBeanProvider(RuleSetGate.class),
                new JdbcRuleVersionStore(jdbc, JsonMapper.builder().build()))) {
            String current = engine.status("demo").liveVersion();
            assertThat(engine.history("demo")).extracting(RuleVersion::version).containsExactly(old, current);

            RuleVersionDiff diff = engine.diff("demo", current, null);
            assertThat(diff.against()).isEqualTo(old);
            assertThat(diff.files()).singleElement().satisfies(f -> {
                assertThat(f.file()).isEqualTo("hello.drl");
                assertThat(f.lines()).contains("-    out.add(\"hello \" + $s);", "+    out.add(\"hi \" + $s);");
            });

            assertThat(engine.rollback("demo", old).lastProblems()).isEmpty();
            assertThat(Files.readString(rules.resolve("demo/hello.drl"))).isEqualTo(HELLO);
            List<String> out = new java.util.ArrayList<>();
            engine.ruleSet("demo").fire(session -> {
                session.setGlobal("out", out);
                session.insert("world");
            });
            assertThat(out).containsExactly("hello world");
        }
    }

    @Test
    void aRowThatIsNoObjectOfTextsFailsTheMigrationNamingItAndNothingIsConverted() {
        oldRow("demo", "good", "2026-10-01 10:00:00+00", "[]", json(Map.of("hello.drl", HELLO)));
        oldRow("demo", "bad", "2026-10-02 10:00:00+00", "[]", "[\"not\", \"an object\"]");
        long bad = jdbc.sql("SELECT id FROM rule_versions WHERE version = 'bad'").query(Long.class).single();

        assertThatThrownBy(this::migrate).hasStackTraceContaining("rule_versions row " + bad
                + ": files is not a JSON object of path -> text");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM rule_versions WHERE file_refs IS NOT NULL").query(Long.class).single())
                .as("V55 runs in one transaction").isZero();
    }
}
