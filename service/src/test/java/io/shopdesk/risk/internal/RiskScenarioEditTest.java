package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.ShippedRiskRules;
import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetGate;
import io.shopdesk.ruleengine.RuleSetStatus;
import io.shopdesk.ruleengine.RuleSettings;
import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.ruleengine.RuleVersionStore;
import io.shopdesk.ruleengine.internal.JdbcRuleVersionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scenario edit alone is checked against the live risk rules: once, the expected decision of {@code p-ok} changed
 * to DECLINE left the status clean ("healthy") and the next harmless rule edit was rejected for that scenario. Real
 * shipped rules and scenarios (copied), the real scenario gate, the engine's reload.
 */
class RiskScenarioEditTest {
    static final String P_OK = "An ordinary wallet payment is approved";

    @TempDir
    Path rules;

    Path risk;
    Path payments;
    String shipped;

    @BeforeEach
    void copyTheShippedRules() throws Exception {
        risk = ShippedRiskRules.copyInto(rules);
        payments = risk.resolve("scenarios/payments.yml");
        shipped = Files.readString(payments);
    }

    /** The scenario files of the copied rule set, as a version records them ("scenarios/payments.yml"), sorted. */
    List<String> shippedScenarioFiles() throws Exception {
        try (var files = Files.list(risk.resolve("scenarios"))) {
            List<String> names = files.map(f -> "scenarios/" + f.getFileName()).filter(n -> n.endsWith(".yml")).sorted()
                    .toList();
            assertThat(names).contains("scenarios/financing.yml", "scenarios/payments.yml");
            return names;
        }
    }

    /** What each version is recorded as checked against: the scenario files and the lists. */
    List<String> shippedCheckedFiles() throws Exception {
        try (var files = Files.list(risk.resolve("lists"))) {
            List<String> lists = files.map(f -> "lists/" + f.getFileName()).filter(n -> n.endsWith(".csv")).toList();
            assertThat(lists).contains("lists/blocked-devices.csv", "lists/allowed-customers.csv");
            return java.util.stream.Stream.concat(shippedScenarioFiles().stream(), lists.stream()).sorted().toList();
        }
    }

    RuleEngine start(RuleVersionStore store) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        RiskSettings settings = new RiskSettings("risk", risk.resolve("lists"), List.of("k"), List.of("o"),
                rules.resolve("no-model"), Duration.ofHours(24), Duration.ofMinutes(5), Duration.ofDays(90), Duration.ofHours(24),
                Duration.ofDays(14), null, 0);
        beans.addBean("gate", new RiskScenarioGate(settings, beans.getBeanProvider(RuleEngine.class)));
        RuleEngine engine = new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                beans.getBeanProvider(RuleSetGate.class), store);
        beans.addBean("engine", engine);
        engine.awaitLoaded();
        return engine;
    }

    void expectPokToBeDeclined() throws Exception {
        String edited = shipped.replace("""
                  expect: {decision: APPROVE, reasons: [VERIFIED_WALLET], absent: [NEW_ACCOUNT, LARGE_AMOUNT], maxScore: 10}""", """
                  expect: {decision: DECLINE, reasons: [VERIFIED_WALLET], absent: [NEW_ACCOUNT, LARGE_AMOUNT], maxScore: 10}""");
        assertThat(edited).isNotEqualTo(shipped);
        Files.writeString(payments, edited);
    }

    @Test
    void aFailingScenarioEditIsReportedAndTheLiveRulesKeepServing() throws Exception {
        try (RuleEngine engine = start(RuleVersionStore.inMemory())) {
            String live = engine.status("risk").liveVersion();
            expectPokToBeDeclined();

            RuleSetStatus status = engine.reload("risk");
            assertThat(status.liveVersion()).isEqualTo(live);
            assertThat(status.ready()).isTrue();
            assertThat(status.lastProblems()).containsExactly(new RuleProblem("risk/scenarios/payments.yml", 0, "scenario '" + P_OK
                    + "': decision APPROVE, expected DECLINE (score 0, reasons [ESTABLISHED_CUSTOMER, VERIFIED_WALLET])"));
            assertThat(engine.ruleSet("risk").version()).isEqualTo(live);
            assertThat(engine.history("risk")).hasSize(1);

            // A harmless rule edit meanwhile is refused for the same, already reported, scenario.
            Path thresholds = risk.resolve("thresholds.drl");
            Files.writeString(thresholds, Files.readString(thresholds) + "\n// reviewed\n");
            assertThat(engine.reload("risk").lastProblems()).extracting(RuleProblem::message)
                    .containsExactly("scenario '" + P_OK + "': decision APPROVE, expected DECLINE (score 0, reasons [ESTABLISHED_CUSTOMER, VERIFIED_WALLET])");
            assertThat(engine.ruleSet("risk").version()).isEqualTo(live);

            // The scenario put right, the rule edit goes live.
            Files.writeString(payments, shipped);
            RuleSetStatus fixed = engine.reload("risk");
            assertThat(fixed.lastProblems()).isEmpty();
            assertThat(fixed.liveVersion()).isNotEqualTo(live);
            assertThat(engine.history("risk").getLast().changedFiles()).containsExactly("thresholds.drl");
        }
    }

    @Test
    void aScenarioEditReportedAndThenRevertedIsHealthyAgain() throws Exception {
        try (RuleEngine engine = start(RuleVersionStore.inMemory())) {
            expectPokToBeDeclined();
            assertThat(engine.reload("risk").lastProblems()).hasSize(1);
            Files.writeString(payments, shipped);
            RuleSetStatus status = engine.reload("risk");
            assertThat(status.lastProblems()).isEmpty();
            assertThat(engine.history("risk")).hasSize(1);
        }
    }

    /** A list decides like a rule: its edit is an entry of the live version, naming the list file. */
    @Test
    void aListEditIsRecordedAsAnEntryOfTheLiveVersion() throws Exception {
        try (RuleEngine engine = start(RuleVersionStore.inMemory())) {
            String live = engine.status("risk").liveVersion();
            Path ips = risk.resolve("lists/blocked-ips.csv");
            String blocked = Files.readString(ips) + "192.0.2.66,# botnet\n";
            Files.writeString(ips, blocked);

            assertThat(engine.reload("risk").lastProblems()).isEmpty();
            List<RuleVersion> history = engine.history("risk");
            assertThat(history).extracting(RuleVersion::version).containsExactly(live, live);
            assertThat(history.getLast().changedFiles()).containsExactly("lists/blocked-ips.csv");
            assertThat(history.getLast().checkedFiles()).containsEntry("lists/blocked-ips.csv", blocked);
            assertThat(engine.status("risk").liveVersion()).isEqualTo(live);
        }
    }

    /**
     * A list change ("Block this device") re-checks the live version against its scenarios once, without the 40
     * warm-up passes a new version gets: the compiled rules are the very ones serving. Counted by the live version's
     * fire timer: with the warm-up the re-check fired the rules 41 times as often as one run of the scenarios.
     */
    @Test
    void aListEditRunsTheScenariosOnceAndDoesNotWarmTheLiveVersionAgain() throws Exception {
        try (RuleEngine engine = start(RuleVersionStore.inMemory())) {
            var live = engine.ruleSet("risk");
            Path devices = risk.resolve("lists/blocked-devices.csv");
            Files.writeString(devices, Files.readString(devices) + "dev-warm-check,# stolen\n");

            long before = live.timer().count();
            assertThat(engine.reload("risk").lastProblems()).isEmpty();
            long recheck = live.timer().count() - before;
            assertThat(engine.ruleSet("risk")).as("the same compiled version serves").isSameAs(live);
            long oneRun = live.timer().count();
            io.shopdesk.risk.RiskScenarios.run(live, risk.resolve("scenarios"));
            oneRun = live.timer().count() - oneRun;

            assertThat(oneRun).isPositive();
            assertThat(recheck).as("fires of the re-check, one scenario run fires %d", oneRun).isEqualTo(oneRun);
            assertThat(engine.history("risk").getLast().changedFiles()).containsExactly("lists/blocked-devices.csv");
        }
    }

    /** What a version was tested against is part of its record; the version id stays that of the rule files. */
    @Test
    void aPassingScenarioEditIsRecordedAsAnEntryOfTheLiveVersionAndRollbackKeepsTodaysScenarios() throws Exception {
        try (RuleEngine engine = start(RuleVersionStore.inMemory())) {
            String first = engine.status("risk").liveVersion();
            assertThat(engine.history("risk").getFirst().checkedFiles().keySet())
                    .containsExactlyInAnyOrderElementsOf(shippedCheckedFiles());
            assertThat(engine.history("risk").getFirst().ruleFiles())
                    .containsOnlyKeys("financing-scorecard.drl.csv", "financing.drl", "payments.drl", "thresholds.drl");

            String added = shipped + """

                    - name: A second ordinary wallet payment is approved too
                      payment: {paymentId: p-ok-2, customerId: 1, amount: 199, currency: CNY, method: alipay, deviceId: dev-a, ip: 192.0.2.10}
                      expect: {decision: APPROVE}
                    """;
            Files.writeString(payments, added);
            RuleSetStatus status = engine.reload("risk");
            assertThat(status.lastProblems()).isEmpty();
            assertThat(status.liveVersion()).isEqualTo(first);
            List<RuleVersion> history = engine.history("risk");
            assertThat(history).extracting(RuleVersion::version).containsExactly(first, first);
            assertThat(history.getLast().changedFiles()).containsExactly("scenarios/payments.yml");
            assertThat(history.getLast().checkedFiles()).containsEntry("scenarios/payments.yml", added);

            // A stricter review threshold, which today's scenarios allow, then a rollback to the first version.
            Path thresholds = risk.resolve("thresholds.drl");
            String shippedThresholds = Files.readString(thresholds);
            Files.writeString(thresholds, shippedThresholds.replace("score >= 40, score < 70", "score >= 39, score < 70")
                    .replace("score < 40", "score < 39"));
            String second = engine.reload("risk").liveVersion();
            assertThat(second).isNotEqualTo(first);
            assertThat(engine.history("risk").getLast().changedFiles()).containsExactly("thresholds.drl");

            RuleSetStatus rolledBack = engine.rollback("risk", first);
            assertThat(rolledBack.liveVersion()).isEqualTo(first);
            assertThat(rolledBack.lastProblems()).isEmpty();
            assertThat(Files.readString(thresholds)).isEqualTo(shippedThresholds);
            assertThat(Files.readString(payments)).as("today's scenarios stay").isEqualTo(added);
            assertThat(engine.history("risk").getLast().changedFiles()).containsExactly("thresholds.drl");
        }
    }

    /**
     * Rows recorded before scenarios were (rule files only, as every row of an existing database) still serve at
     * start-up and can be rolled back to; the scenario files recorded since survive a restart.
     */
    @Test
    void versionsRecordedWithoutScenariosStillServeAndRollBack() throws Exception {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:risk-scenario-edit-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        data.setUser("sa");
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> ruleFiles = new TreeMap<>();
        for (String file : List.of("financing-scorecard.drl.csv", "financing.drl", "payments.drl", "thresholds.drl")) {
            ruleFiles.put(file, Files.readString(risk.resolve(file)));
        }
        String old = RuleVersion.contentHash(ruleFiles);
        jdbc.sql("""
                        INSERT INTO rule_versions (rule_set, version, live_since, changed_files, files)
                        VALUES ('risk', :version, TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00', :changed, :files)""")
                .param("version", old).param("changed", json.writeValueAsString(ruleFiles.keySet()))
                .param("files", json.writeValueAsString(ruleFiles)).update();
        // On disk meanwhile: an edit the scenarios reject, so start-up serves the recorded version.
        Path thresholds = risk.resolve("thresholds.drl");
        Files.writeString(thresholds, Files.readString(thresholds).replaceFirst("assessment.decide\\(\"DECLINE\"\\);",
                "assessment.decide(\"APPROVE\");"));

        try (RuleEngine engine = start(new JdbcRuleVersionStore(jdbc, json))) {
            RuleSetStatus status = engine.status("risk");
            assertThat(status.liveVersion()).isEqualTo(old);
            assertThat(status.lastProblems()).isNotEmpty();

            RuleSetStatus rolledBack = engine.rollback("risk", old);
            assertThat(rolledBack.liveVersion()).isEqualTo(old);
            assertThat(rolledBack.lastProblems()).isEmpty();
            assertThat(Files.readString(thresholds)).isEqualTo(ruleFiles.get("thresholds.drl"));
            assertThat(Files.readString(payments)).isEqualTo(shipped);
            assertThat(engine.history("risk").getLast().changedFiles()).as("now recorded with what it was checked against")
                    .containsExactlyElementsOf(shippedCheckedFiles());
        }
        try (RuleEngine restarted = start(new JdbcRuleVersionStore(jdbc, json))) {
            List<RuleVersion> history = restarted.history("risk");
            assertThat(history).extracting(RuleVersion::version).containsExactly(old, old);
            assertThat(history.getFirst().checkedFiles()).isEmpty();
            assertThat(history.getLast().checkedFiles()).containsEntry("scenarios/payments.yml", shipped);
            assertThat(history.getLast().ruleFiles()).isEqualTo(ruleFiles);
            assertThat(restarted.status("risk").lastProblems()).isEmpty();
        }
    }
}
