package io.shopdesk.ruleengine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A gate that lets a new version of a rule set go live only when every scenario in the set's {@code scenarios/}
 * folder passes, and that re-checks the live version when only a scenario changes. Each feature that owns a rule set
 * subclasses it with its own scenario runner. Thread-safe.
 */
public abstract class ScenarioGate implements RuleSetGate {
    private static final String SCENARIOS = "scenarios";
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
        return problems(candidate, rules.getObject().folder(ruleSet).resolve(SCENARIOS));
    }

    /** The scenarios of {@code folder} (a draft's copy of the rule set's folder) against {@code candidate}. */
    @Override
    public List<RuleProblem> check(CompiledRuleSet candidate, Path folder) {
        return problems(candidate, folder.resolve(SCENARIOS));
    }

    /** The scenario files, {@code scenarios/<name>.yml}, which a scenario edit re-checks the live version against. */
    @Override
    public Map<String, String> checkedFiles() {
        Map<String, String> files = new TreeMap<>();
        for (Path file : scenarioFiles(rules.getObject().folder(ruleSet).resolve(SCENARIOS))) {
            try {
                files.put(SCENARIOS + "/" + file.getFileName(), Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return files;
    }

    /** The failed scenarios of {@code folder} against {@code candidate}, as problems; empty when all pass. */
    protected abstract List<RuleProblem> problems(CompiledRuleSet candidate, Path folder);

    /**
     * Reads every scenario file of {@code folder} as a YAML list of {@code type} and runs each scenario with
     * {@code runOne}; a file that is not valid YAML becomes one failed result made by {@code unreadable}.
     */
    public static <S, R> List<R> runFiles(Path folder, YAMLMapper yaml, TypeReference<List<S>> type,
                                          BiFunction<Path, S, R> runOne, BiFunction<Path, String, R> unreadable) {
        List<R> results = new ArrayList<>();
        for (Path file : scenarioFiles(folder)) {
            List<S> scenarios;
            try {
                scenarios = yaml.readValue(file.toFile(), type);
            } catch (JacksonException e) {
                results.add(unreadable.apply(file, "not valid scenario YAML: " + e.getOriginalMessage()));
                continue;
            }
            for (S scenario : scenarios) {
                results.add(runOne.apply(file, scenario));
            }
        }
        return results;
    }

    /** The failed outcomes as rule problems, for a reload gate. */
    public static List<RuleProblem> problemsOf(List<? extends ScenarioOutcome> outcomes) {
        return outcomes.stream().filter(r -> !r.passed())
                .map(r -> new RuleProblem(r.file(), 0, "scenario '" + r.name() + "': " + r.message())).toList();
    }

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
