package io.shopdesk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Set;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's command line: {@code java -jar shopdesk.jar <command>}. Without a command the jar runs the service.
 * Sub-commands (rules, nlu, kb, risk, reco) plug in here. Standard output is the commands' own: a summary and, for
 * the measuring commands, one JSON line last; everything else (library warnings, mistakes in the command line, an
 * error no command foresaw) is one line or a few on standard error, never a stack trace.
 */
@Command(name = "shopdesk", mixinStandardHelpOptions = true, version = "ShopDesk 0.1.0",
        description = "ShopDesk: bilingual customer service and risk engine. Run without a command to start the service.",
        subcommands = {CommandLine.HelpCommand.class, RulesCommand.class, NluCommand.class, KbCommand.class,
                RiskCommand.class, RecoCommand.class})
public class ShopDeskCommand implements Runnable {
    /** Held so the JUL logger (and its level) is not garbage-collected. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
    /** Drools' advice that a rule file's package should match its folder, given at every compile of every rule set. */
    private static final String KIE_BUILDER = "org.drools.compiler.kie.builder.impl.KieBuilderImpl";

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /**
     * Whether the jar's arguments are a command ({@code nlu eval …}) or the command line's own {@code --help} and
     * {@code --version}, rather than none or Spring's options ({@code --server.port=9090}), which start the service.
     */
    public static boolean handles(String... args) {
        return args.length > 0 && (!args[0].startsWith("-") || Set.of("-h", "--help", "-V", "--version").contains(args[0]));
    }

    public static int run(String... args) {
        quietLibraries();
        CommandLine commandLine = new CommandLine(new ShopDeskCommand());
        // "--data a.csv --fold 3" is a misspelt --folds, not three data files.
        commandLine.setUnmatchedOptionsAllowedAsOptionParameters(false);
        commandLine.setParameterExceptionHandler(ShopDeskCommand::badCommandLine);
        commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
            // The commands report the errors they foresee; this is the one line for any other.
            System.err.println("error: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
            return 1;
        });
        return commandLine.execute(args);
    }

    /**
     * Commands print their own results; library chatter (Drools, HanLP, Smile) stays out of the way, and what is
     * left of it (warnings) goes to standard error, where it cannot end up after a command's JSON line.
     */
    private static void quietLibraries() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.iteratorForAppenders().forEachRemaining(appender -> {
            if (appender instanceof ConsoleAppender<?> console && !"System.err".equals(console.getTarget())) {
                console.stop();
                console.setTarget("System.err");
                console.start();
            }
        });
        logging.getLogger(KIE_BUILDER).setLevel(Level.ERROR);
        // Lucene's advice to enable the incubating vector API is for servers, not for a command's output.
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    }

    /** A mistake in the command line: the message, picocli's suggestions, and where the options are listed. */
    private static int badCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        System.err.println("error: " + e.getMessage());
        java.io.StringWriter suggestions = new java.io.StringWriter();
        CommandLine.UnmatchedArgumentException.printSuggestions(e, new java.io.PrintWriter(suggestions, true));
        System.err.print(suggestions);
        System.err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for its options.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
