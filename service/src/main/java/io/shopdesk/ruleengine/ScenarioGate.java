package io.shopdesk.ruleengine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A gate that lets a new version of a rule set go live only when every scenario in the set's {@code scenarios/}
 * folder passes. Each feature that owns a rule set subclasses it with its own scenario runner. Thread-safe.
 */
public abstract class ScenarioGate implements RuleSetGate {
    private final String ruleSet;
    private final ObjectProvider<RuleEngine> rules;

    protected ScenarioGate(String ruleSet, ObjectProvider<RuleEngine> rules) {
        this.ruleSet = ruleSet;
        this.rules = rules;
    }

    @Override
    public String ruleSet() {
        return ruleSet;
    }

    @Override
    public List<RuleProblem> check(CompiledRuleSet candidate) {
        return problems(candidate, rules.getObject().folder(ruleSet).resolve("scenarios"));
    }

    /** The failed scenarios of {@code folder} against {@code candidate}, as problems; empty when all pass. */
    protected abstract List<RuleProblem> problems(CompiledRuleSet candidate, Path folder);

    /** The scenario files ({@code *.yml}, {@code *.yaml}) of a folder, sorted; none when it does not exist. */
    public static List<Path> scenarioFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
