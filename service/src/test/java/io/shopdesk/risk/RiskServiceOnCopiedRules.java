package io.shopdesk.risk;

import io.shopdesk.ShippedRulesCopy;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the risk ITs whose service runs on a temporary copy of the shipped {@code rules/}, so that a test may
 * propose, publish and roll back rule files without touching the repository's ({@code shopdesk.rules.dir} and
 * {@code shopdesk.risk.lists} point at the copy).
 *
 * <p>The copy belongs to the test class (JUnit's class-level {@link TempDir}, deleted after the class), so a subclass
 * must not share its Spring context with another class: give each its own {@code spring.datasource.url} in its
 * {@code @SpringBootTest} (which also keeps each class's replays and rollback previews to its own decisions). A
 * test that must prepare its copy differently (a broken scenario, an interrupted publish, lists kept elsewhere)
 * extends {@link RiskServiceOverHttp} and declares its own {@code @DynamicPropertySource}: Spring runs a class's and
 * its superclasses' sources in no order such a test could rely on. Not thread-safe: one test class at a time.
 */
public abstract class RiskServiceOnCopiedRules extends RiskServiceOverHttp {
    @TempDir
    protected static Path copy;

    @DynamicPropertySource
    static void copiedRules(DynamicPropertyRegistry registry) throws IOException {
        ShippedRulesCopy.into(copy.resolve("rules"), registry);
    }
}
