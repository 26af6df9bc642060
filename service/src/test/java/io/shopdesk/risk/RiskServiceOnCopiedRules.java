package io.shopdesk.risk;

import io.shopdesk.ShippedRulesCopy;
import io.shopdesk.ruleengine.RuleEngine;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the risk ITs whose whole service (a {@code @SpringBootTest} on a random port, which each subclass
 * declares with a database of its own) runs on a temporary copy of the shipped {@code rules/}, so that a test may
 * propose, publish and roll back rule files without touching the repository's. It gives the test the copy's risk
 * folder and live version and a {@link RiskHttp} on the service's port.
 *
 * <p>The copy belongs to the test class (JUnit's class-level {@link TempDir}, deleted after the class), so a subclass
 * must not share its Spring context with another class: give each its own {@code spring.datasource.url} (which also
 * keeps each class's replays and rollback previews to its own decisions). Not thread-safe: one test class at a time.
 */
public abstract class RiskServiceOnCopiedRules {
    @TempDir
    protected static Path copy;

    @DynamicPropertySource
    static void copiedRules(DynamicPropertyRegistry registry) throws IOException {
        ShippedRulesCopy.into(copy.resolve("rules"), registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected RuleEngine engine;

    protected RiskHttp risk;

    @BeforeEach
    void connect() {
        risk = new RiskHttp(port);
    }

    /** The risk rule set's folder in the copy. */
    protected Path folder() {
        return engine.folder("risk");
    }

    /** The risk rule set's live version. */
    protected String live() {
        return engine.status("risk").liveVersion();
    }
}
