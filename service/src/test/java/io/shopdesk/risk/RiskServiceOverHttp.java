package io.shopdesk.risk;

import io.shopdesk.ruleengine.RuleEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of the risk ITs that call the whole service (a {@code @SpringBootTest} on a random port, which each
 * subclass declares, so that it chooses its own database and rules) over real HTTP: a {@link RiskHttp} on the
 * service's port, and the rule engine for the risk rule set's live version and folder. It adds nothing to the Spring
 * configuration, so a subclass shares a context exactly when its own annotations would. Not thread-safe: one test at a
 * time per instance, as JUnit runs them.
 */
public abstract class RiskServiceOverHttp {
    @LocalServerPort
    protected int port;

    @Autowired
    protected RuleEngine engine;

    protected RiskHttp risk;

    @BeforeEach
    void connect() {
        risk = new RiskHttp(port);
    }

    /** The risk rule set's folder (the copy, where the test runs on one). */
    protected Path folder() {
        return engine.folder("risk");
    }

    /** The risk rule set's live version. */
    protected String live() {
        return engine.status("risk").liveVersion();
    }
}
