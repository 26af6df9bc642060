package io.shopdesk.ruleengine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetGate;
import io.shopdesk.ruleengine.RuleSettings;
import io.shopdesk.ruleengine.RuleVersion;
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
 * Rule versions in a real (H2, Flyway-migrated) database: they survive a restart of the engine, and a rollback
 * reaches a version recorded before the restart.
 */
class JdbcRuleVersionStoreTest {
    static final String HELLO = """
            package demo
            global java.util.List out
            rule "Hello"
            when
                $s : String()
            then
                out.add("hello " + $s);
            end
            """;
    static final String HI = HELLO.replace("\"hello \"", "\"hi \"");

    @TempDir
    Path rules;

    JdbcClient jdbc;

    @BeforeEach
    void database() {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:rule-versions-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        data.setUser("sa");
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(data);
    }

    /** A new engine over a new store on the same database: what a restart of the service sees. */
    RuleEngine start() {
        return new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                new StaticListableBeanFactory().getBeanProvider(RuleSetGate.class),
                new JdbcRuleVersionStore(jdbc, JsonMapper.builder().build()));
    }

    @Test
    void versionsSurviveARestartAndRollbackReachesOneFromBeforeIt() throws Exception {
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/hello.drl"), HELLO);
        String first;
        String second;
        try (RuleEngine engine = start()) {
            first = engine.status("demo").liveVersion();
            Files.writeString(rules.resolve("demo/hello.drl"), HI);
            Files.writeString(rules.resolve("demo/extra.drl"), HELLO.replace("Hello", "Extra"));
            second = engine.reload("demo").liveVersion();
        }

        try (RuleEngine restarted = start()) {
            List<RuleVersion> history = restarted.history("demo");
            assertThat(history).extracting(RuleVersion::version).containsExactly(first, second);
            assertThat(history).extracting(RuleVersion::changedFiles)
                    .containsExactly(List.of("hello.drl"), List.of("extra.drl", "hello.drl"));
            assertThat(history.getFirst().files()).isEqualTo(Map.of("hello.drl", HELLO));

            var status = restarted.rollback("demo", first);
            assertThat(status.liveVersion()).isEqualTo(first);
            assertThat(status.lastProblems()).isEmpty();
            assertThat(Files.readString(rules.resolve("demo/hello.drl"))).isEqualTo(HELLO);
            assertThat(rules.resolve("demo/extra.drl")).doesNotExist();
            assertThat(restarted.history("demo")).extracting(RuleVersion::version).containsExactly(first, second, first);
            assertThat(restarted.history("demo").getLast().changedFiles()).containsExactly("extra.drl", "hello.drl");
        }
    }

    @Test
    void theStoreKeepsEachRuleSetsVersionsApartAndReturnsTheLatestOldestFirst() {
        JdbcRuleVersionStore store = new JdbcRuleVersionStore(jdbc, JsonMapper.builder().build());
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        for (int i = 1; i <= 3; i++) {
            store.add("risk", new RuleVersion("risk-v" + i, at.plusSeconds(i), List.of("a.drl"), Map.of("a.drl", "v" + i)));
        }
        store.add("dialogue", new RuleVersion("dialogue-v1", at, List.of("d.drl"), Map.of("d.drl", "中文 ok")));

        assertThat(store.versions("risk", 2)).extracting(RuleVersion::version).containsExactly("risk-v2", "risk-v3");
        assertThat(store.latest("dialogue")).get().isEqualTo(new RuleVersion("dialogue-v1", at, List.of("d.drl"), Map.of("d.drl", "中文 ok")));
        assertThat(store.latest("none")).isEmpty();
    }

    @Test
    void aFileSharedByManyVersionsIsStoredOnceAndEveryVersionStillHasIt() {
        JdbcRuleVersionStore store = new JdbcRuleVersionStore(jdbc, JsonMapper.builder().build());
        Instant at = Instant.parse("2026-12-07T10:00:00Z");
        String decisions = "- conversation: probe\n".repeat(10_000);
        for (int i = 1; i <= 5; i++) {
            store.add("dialogue", new RuleVersion("v" + i, at.plusSeconds(i), List.of("dialogue.drl"),
                    Map.of("dialogue.drl", "rules " + i, "gate/decisions.yml", decisions)));
        }

        // Five rule files and one recorded file, not five copies of it (about 220 KB each before V48).
        assertThat(store.storedTexts()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT SUM(LENGTH(file_refs)) FROM rule_versions").query(Long.class).single())
                .isLessThan(1_000);
        List<RuleVersion> versions = store.versions("dialogue", 10);
        assertThat(versions).extracting(RuleVersion::version).containsExactly("v1", "v2", "v3", "v4", "v5");
        assertThat(versions).allSatisfy(v -> assertThat(v.checkedFiles()).isEqualTo(Map.of("gate/decisions.yml", decisions)));
        assertThat(versions.get(2).ruleFiles()).isEqualTo(Map.of("dialogue.drl", "rules 3"));
    }

    @Test
    void aRowWrittenBeforeTheTextsWereSharedStillReads() {
        jdbc.sql("""
                INSERT INTO rule_versions (rule_set, version, live_since, changed_files, files)
                VALUES ('risk', 'old', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', '["a.drl"]', '{"a.drl":"old text"}')""")
                .update();
        JdbcRuleVersionStore store = new JdbcRuleVersionStore(jdbc, JsonMapper.builder().build());
        store.add("risk", new RuleVersion("new", Instant.parse("2026-12-07T10:00:00Z"), List.of("a.drl"),
                Map.of("a.drl", "new text")));

        assertThat(store.versions("risk", 10)).extracting(RuleVersion::version, RuleVersion::files).containsExactly(
                org.assertj.core.groups.Tuple.tuple("old", Map.of("a.drl", "old text")),
                org.assertj.core.groups.Tuple.tuple("new", Map.of("a.drl", "new text")));
    }
}
