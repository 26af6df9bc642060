package io.shopdesk.bench;

import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.internal.SelectedValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code GET /api/nlu/releases/current} and each release job spend asking the rule sets in service which of the
 * trained intents they answer: {@link CompiledRuleSet#selectedValues} over the shipped rule sets (dialogue,
 * escalation, recommendation, risk) for the labels of the shipped intent data. {@code check} asks the same
 * compiled versions again and again, as the service does between reloads; {@code checkOfANewVersion} asks a version
 * once, as the first request after a reload does (what {@code selectedValues} keeps with a version, made anew).
 * Run: service/bench/jmh.sh IntentCheck
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IntentCheckBenchmark {
    List<CompiledRuleSet> ruleSets;
    List<String> labels;

    @Setup
    public void setUp() throws IOException {
        ruleSets = new ArrayList<>();
        for (String set : List.of("dialogue", "escalation", "recommendation", "risk")) {
            ruleSets.add(RuleEngine.compile(Path.of("rules", set)));
        }
        Set<String> read = new LinkedHashSet<>();
        try (var files = Files.list(Path.of("nlp-models/intents"))) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                Files.readAllLines(csv).stream().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1))
                        .forEach(read::add);
            }
        }
        labels = List.copyOf(read);
    }

    @Benchmark
    public int check() {
        int selected = 0;
        for (CompiledRuleSet set : ruleSets) {
            selected += set.selectedValues("intent", labels).size();
        }
        return selected;
    }

    @Benchmark
    public int checkOfANewVersion() {
        int selected = 0;
        for (CompiledRuleSet set : ruleSets) {
            selected += SelectedValues.in(set.kieBase(), set.sources(), "intent").of(labels).size();
        }
        return selected;
    }
}
