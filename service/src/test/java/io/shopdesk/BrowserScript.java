package io.shopdesk;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs the node scripts of {@code chat-ui/tests} against the service of a {@link BrowserTest}: {@code run("console
 * .e2e.mjs")} is {@code node console.e2e.mjs http://localhost:<port>}, its output printed and returned, its exit code
 * checked ({@link BrowserTests#run}). Immutable and thread-safe.
 */
public final class BrowserScript {
    private final String base;

    private BrowserScript(String base) {
        this.base = base;
    }

    /** The service's base URL, {@code http://localhost:<port>}. */
    public String base() {
        return base;
    }

    /** {@code node script <base URL> args...}; fails unless it exits 0. Returns its output. */
    public String run(String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", script, base));
        command.addAll(List.of(args));
        return BrowserTests.run(command);
    }

    /** {@code node --test file}: the browser-independent unit tests of a console or the widget. */
    public String unitTests(String file) throws Exception {
        return BrowserTests.run(List.of("node", "--test", file));
    }

    /**
     * Checks the tools before each test and hands it its {@link BrowserScript}, addressed to the port of the test's
     * Spring context (a {@code RANDOM_PORT} web environment).
     */
    static final class Extension implements BeforeEachCallback, ParameterResolver {
        @Override
        public void beforeEach(ExtensionContext context) {
            BrowserTests.requireTools();
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == BrowserScript.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Integer port = SpringExtension.getApplicationContext(context).getEnvironment()
                    .getProperty("local.server.port", Integer.class);
            if (port == null) {
                throw new IllegalStateException("A browser test needs a running service: a RANDOM_PORT Spring test");
            }
            return new BrowserScript("http://localhost:" + port);
        }
    }
}
