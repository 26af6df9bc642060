package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shopdesk.ShopDeskTest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An escalation in a real browser ({@code chat-ui/tests/console.e2e.mjs}, Debian's Chromium driven by playwright-core):
 * a shopper asks the widget for a human, agent1 logs in to the console, sees it arrive in the queue, claims it, reads
 * the shopper's hostile HTML as text, replies, resolves; the shopper rates and the reports page draws its charts. Off
 * CI, the test is skipped with a message when Chromium or the npm packages are missing; on CI ({@code CI=true}) that
 * fails.
 */
@ShopDeskTest
@Tag("browser")
class ConsoleBrowserIT {
    static final Path TESTS = Path.of("chat-ui/tests");
    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    @LocalServerPort
    int port;

    @BeforeEach
    void toolsPresent() {
        boolean ready = new File(CHROMIUM).canExecute() && Files.isDirectory(TESTS.resolve("node_modules/playwright-core"));
        if (!ready && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and `npm ci --prefix chat-ui/tests`; .ci/run installs both");
        }
        assumeTrue(ready, "Skipped: install Debian's chromium and run `npm ci --prefix chat-ui/tests` to run the browser test");
    }

    static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(TESTS.toFile()).redirectErrorStream(true).start();
        boolean done = process.waitFor(150, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(done).as("finished within 150 s").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void agentClaimsRepliesAndResolvesWhileTheShopperChatsAndRates() throws Exception {
        String output = run(List.of("node", "console.e2e.mjs", "http://localhost:" + port));
        assertThat(output).contains("PASS the HTML text is literal text in the console transcript", " 0 failed");
    }

    @Test
    void consoleModuleUnitTestsPass() throws Exception {
        run(List.of("node", "--test", "console.test.mjs"));
    }
}
