package io.shopdesk.cli;

import io.shopdesk.ruleengine.RuleSetException;
import io.shopdesk.ruleengine.RuleEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rules check DIR}: compiles a rule set folder and prints its errors with file and line. */
@Command(name = "rules", description = "Work with rule sets.", mixinStandardHelpOptions = true,
        subcommands = RulesCommand.Check.class)
class RulesCommand {

    @Command(name = "check", description = "Compile a rule set folder; report errors with file and line.",
            mixinStandardHelpOptions = true)
    static class Check implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "a rule set folder, e.g. rules/dialogue")
        Path folder;

        @Override
        public Integer call() {
            if (!Files.isDirectory(folder)) {
                System.err.println(folder + ": not a folder");
                return 2;
            }
            try {
                RuleEngine.check(folder);
                System.out.println(folder + ": OK (" + RuleEngine.ruleFileCount(folder) + " files)");
                return 0;
            } catch (RuleSetException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}
