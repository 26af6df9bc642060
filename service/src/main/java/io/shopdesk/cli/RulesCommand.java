package io.shopdesk.cli;

import io.shopdesk.dialogue.DialogueDataCheck;
import io.shopdesk.escalation.EscalationScenarios;
import io.shopdesk.recommendation.RecommendationDataCheck;
import io.shopdesk.recommendation.RecommendationScenarios;
import io.shopdesk.risk.RiskScenarios;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetException;
import io.shopdesk.ruleengine.ScenarioOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rules check DIR}: compiles a rule set folder and reads the data files beside its rules with the service's own
 * readers, printing each problem with file and line; {@code rules test DIR}: runs its scenarios.
 */
@Command(name = "rules", description = "Work with rule sets.", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.Check.class, RulesCommand.Test.class})
class RulesCommand {

    @Command(name = "check", description = {"Compile a rule set folder and read its data files with the service's "
            + "readers; report each problem with file and line.",
            "Dialogue: words/*.csv and replies/replies-<zh|en>.properties, and with --instalment-plans the plan table. "
                    + "Recommendation: texts-<zh|en>.properties.",
            "Exit code: 0 when all is well, 1 when a problem was found, 2 on bad arguments."},
            mixinStandardHelpOptions = true)
    static class Check implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "a rule set folder, e.g. rules/dialogue")
        Path folder;

        @Option(names = "--instalment-plans", paramLabel = "DIR", description = "also read DIR/instalment-plans.csv, "
                + "the folder the service's shopdesk.dialogue.instalment-plans names (knowledge-base/instalments); "
                + "only with the dialogue rule set")
        Path instalmentPlans;

        @Override
        public Integer call() {
            if (!Files.isDirectory(folder)) {
                System.err.println("error: " + folder + ": not a folder");
                return 2;
            }
            boolean dialogue = mentions(folder, "io.shopdesk.dialogue.Decision");
            if (instalmentPlans != null && !dialogue) {
                System.err.println("error: --instalment-plans goes with the dialogue rule set, and " + folder
                        + " is not one");
                return 2;
            }
            if (instalmentPlans != null && !Files.isDirectory(instalmentPlans)) {
                System.err.println("error: " + instalmentPlans + ": not a folder (--instalment-plans names the folder "
                        + "with instalment-plans.csv)");
                return 2;
            }
            List<String> problems = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            try {
                RuleEngine.check(folder);
            } catch (RuleSetException e) {
                e.problems().forEach(p -> problems.add(p.toString()));
            }
            int ruleFiles = RuleEngine.ruleFileCount(folder);
            List<String> checked = new ArrayList<>(List.of(ruleFiles + (ruleFiles == 1 ? " rule file" : " rule files")));
            if (dialogue) {
                DialogueDataCheck data = DialogueDataCheck.of(folder, instalmentPlans);
                checked.addAll(data.checked());
                problems.addAll(data.problems());
                warnings.addAll(data.warnings());
            } else if (mentions(folder, "io.shopdesk.recommendation.RecommendationDecision")) {
                checked.add("texts");
                problems.addAll(RecommendationDataCheck.problems(folder));
            }
            problems.forEach(System.err::println);
            warnings.forEach(System.err::println);
            String read = String.join(", ", checked);
            // Warnings fail nothing: the service takes the files as they are.
            String warned = warnings.isEmpty() ? "" : ", " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
            if (problems.isEmpty()) {
                System.out.println(folder + ": OK (" + read + ")" + warned);
                return 0;
            }
            System.out.println(folder + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " (" + read + ")" + warned);
            return 1;
        }
    }

    @Command(name = "test", description = "Compile a rule set and run its scenarios (DIR/scenarios/*.yml).",
            mixinStandardHelpOptions = true)
    static class Test implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "a rule set folder with scenarios, e.g. rules/risk")
        Path folder;

        @Override
        public Integer call() {
            if (!Files.isDirectory(folder)) {
                System.err.println("error: " + folder + ": not a folder");
                return 2;
            }
            try {
                var results = scenarios(folder);
                if (results.isEmpty()) {
                    System.err.println("error: " + folder.resolve("scenarios") + ": no scenarios");
                    return 2;
                }
                long failed = results.stream().filter(r -> !r.passed()).count();
                for (var r : results) {
                    System.out.printf("%s %s — %s%n", r.passed() ? "PASS" : "FAIL", r.name(), r.passed() ? "ok" : r.message());
                }
                System.out.printf("%d passed, %d failed%n", results.size() - failed, failed);
                return failed == 0 ? 0 : 1;
            } catch (RuleSetException e) {
                System.err.println(e.getMessage());
                return 1;
            } catch (NoScenarioRunner e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }

        /** The scenarios of the rule set in {@code folder}, by the kind of rule set its facts say it is. */
        static java.util.List<? extends ScenarioOutcome> scenarios(Path folder) {
            var rules = RuleEngine.compile(folder);
            Path scenarios = folder.resolve("scenarios");
            if (mentions(folder, "io.shopdesk.recommendation.RecommendationDecision")) {
                return RecommendationScenarios.run(rules, scenarios);
            }
            if (mentions(folder, "io.shopdesk.escalation.EscalationCheck")) {
                return EscalationScenarios.run(rules, scenarios);
            }
            if (mentions(folder, "io.shopdesk.risk.")) {
                return RiskScenarios.run(rules, scenarios);
            }
            throw new NoScenarioRunner(folder);
        }

        /** A rule set whose scenarios need more than its rules (the dialogue's run through the whole chat service). */
        static final class NoScenarioRunner extends RuntimeException {
            NoScenarioRunner(Path folder) {
                super(folder + ": this command runs the scenarios of the risk, escalation and recommendation rule sets; "
                        + "the dialogue's scenarios run through the whole chat service (DialogueScenariosIT)");
            }
        }
    }

    /** Whether a DRL file of the folder names {@code type}, i.e. the rule set works on that fact. */
    private static boolean mentions(Path folder, String type) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".drl")).anyMatch(f -> {
                try {
                    return Files.readString(f).contains(type);
                } catch (java.io.IOException e) {
                    return false;
                }
            });
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
