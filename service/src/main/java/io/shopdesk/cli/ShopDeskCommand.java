package io.shopdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's command line: {@code java -jar shopdesk.jar <command>}. Without a command the jar runs the service.
 * Sub-commands (rules, nlu, kb, risk, reco) plug in here.
 */
@Command(name = "shopdesk", mixinStandardHelpOptions = true, version = "ShopDesk 0.1.0",
        description = "ShopDesk: bilingual customer service and risk engine. Run without a command to start the service.",
        subcommands = {CommandLine.HelpCommand.class, RulesCommand.class, NluCommand.class, KbCommand.class,
                RiskCommand.class, RecoCommand.class})
public class ShopDeskCommand implements Runnable {
    /** Held so the JUL logger (and its level) is not garbage-collected. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static int run(String... args) {
        // Commands print their own results; library chatter (Drools, HanLP, Smile) stays out of the way.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        // Lucene's advice to enable the incubating vector API is for servers, not for a command's output.
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        return new CommandLine(new ShopDeskCommand()).execute(args);
    }
}
