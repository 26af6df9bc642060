package io.shopdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the browser tests share: Debian's Chromium and the npm packages of {@code chat-ui/tests} must be there (off CI
 * a test is skipped with a message when they are not; on CI, {@code CI=true}, that fails), and a node script is run
 * in that folder, its output printed and its exit code checked.
 */
public final class BrowserTests {
    public static final Path TESTS = Path.of("chat-ui/tests");
    public static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private BrowserTests() {
    }

    public static void requireTools() {
        boolean ready = new File(CHROMIUM).canExecute() && Files.isDirectory(TESTS.resolve("node_modules/playwright-core"));
        if (!ready && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and `npm ci --prefix chat-ui/tests`; .ci/run installs both");
        }
        assumeTrue(ready, "Skipped: install Debian's chromium and run `npm ci --prefix chat-ui/tests` to run the browser test");
    }

    /**
     * Runs {@code command} in {@code chat-ui/tests}; fails unless it exits 0 within 480 s (a safety limit for a hung
     * browser, not a speed check: the console script alone takes about 100 s on a loaded machine). Returns its output.
     */
    public static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(TESTS.toFile()).redirectErrorStream(true).start();
        boolean done = process.waitFor(480, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(done).as("finished within 480 s").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
