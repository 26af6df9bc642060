package io.shopdesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One in-process run of the jar's command line (through {@link ShopDeskCommand#run}, which quiets library logging) with standard output and error captured. Swaps System.out/err for
 * the run, so tests that use it must not run in parallel (the project's tests run one at a time).
 */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = ShopDeskCommand.run(args);
            return new CommandRun(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    /** The last line of standard output, which every evaluation command prints as one JSON object. */
    JsonNode json() {
        return JsonMapper.builder().build().readTree(outLines().getLast());
    }
}
