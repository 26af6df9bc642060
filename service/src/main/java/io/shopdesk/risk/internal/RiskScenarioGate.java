package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskScenarios;
import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.ScenarioGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A new version of the risk rules goes live only if every scenario in {@code rules/risk/scenarios/} passes. A version
 * that passes is then run through its scenarios {@value #WARM_UP_PASSES} more times before it serves: Drools compiles
 * an MVEL constraint to bytecode only after 20 evaluations, and the JVM compiles the new rule classes only once they
 * run, so a version swapped in cold decided its first few thousand requests slowly (a latency spike under load right
 * after a reload). The gate runs on the engine's low-priority reload thread, so this costs requests nothing. A
 * re-check of the live version after a scenario or list change ({@link #recheck}) runs the scenarios once and warms
 * nothing: the compiled rules are the ones serving.
 *
 * <p>Besides the scenarios, the files it names as read ({@link #checkedFiles()}) are the allow and block lists
 * ({@code lists/*.csv}, wherever {@code shopdesk.risk.lists} puts them): they decide as much as a rule does, so a
 * change of a list alone (a device blocked from a decision's page, a draft of a list) is recorded in the history
 * like a scenario edit, as an entry of the live version with its origin, and its diff shows the lines.
 */
@Component
class RiskScenarioGate extends ScenarioGate {
    static final int WARM_UP_PASSES = 40;

    private final RiskSettings settings;
    private final ObjectProvider<RuleEngine> rules;

    RiskScenarioGate(RiskSettings settings, ObjectProvider<RuleEngine> rules) {
        super(settings.ruleSet(), rules);
        this.settings = settings;
        this.rules = rules;
    }

    private Path scenarios() {
        return rules.getObject().folder(settings.ruleSet()).resolve("scenarios");
    }

    /** The live folder's scenarios, then, when they pass, the warm-up passes: this version is about to serve. */
    @Override
    public List<RuleProblem> check(CompiledRuleSet candidate) {
        List<RuleProblem> problems = super.check(candidate);
        Path folder = scenarios();
        for (int pass = 0; pass < WARM_UP_PASSES && problems.isEmpty(); pass++) {
            RiskScenarios.run(candidate, folder, settings.maxRuleFirings());
        }
        return problems;
    }

    /**
     * The live folder's scenarios alone: only a scenario or a list changed, so {@code live} is the version serving,
     * warmed when it went live (or by the decisions since). Warming it again cost each "Block this device" about a
     * second on a loaded machine (docs/benchmarks.md).
     */
    @Override
    public List<RuleProblem> recheck(CompiledRuleSet live) {
        return super.check(live);
    }

    /** The scenario files, then the lists as {@code lists/<name>.csv}. */
    @Override
    public Map<String, String> checkedFiles() {
        Map<String, String> files = new TreeMap<>(super.checkedFiles());
        Path lists = settings.lists();
        if (!Files.isDirectory(lists)) {
            return files;
        }
        try (Stream<Path> listed = Files.list(lists)) {
            for (Path file : listed.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".") && (name.endsWith(".csv") || name.endsWith(".txt"))) {
                    files.put(DraftFiles.LISTS + name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the risk lists in " + lists, e);
        }
        return files;
    }

    /** The scenarios alone: a draft's check ({@link #check(CompiledRuleSet, Path)}) warms nothing up. */
    @Override
    protected List<RuleProblem> problems(CompiledRuleSet candidate, Path folder) {
        // The service's limit: a scenario that needs more firings than a decision may take fails here, not in service.
        return RiskScenarios.problems(candidate, folder, settings.maxRuleFirings());
    }
}
