package io.shopdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test (class or method) that drives a browser script of {@code chat-ui/tests} against the service its Spring
 * context started: tagged {@code browser}, skipped (off CI) or failed (on CI) without Chromium and the npm packages
 * ({@link BrowserTests#requireTools}), and given a {@link BrowserScript} parameter that knows the service's address.
 * Before, each browser test repeated that opening (the port, the tools check, the node command line); now it states
 * only the script and what it checks.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserScript.Extension.class)
public @interface BrowserTest {
}
