package io.shopdesk;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/**
 * A plain test's copy of the shipped {@code rules/risk/} (its rule files, scenarios and lists), for a test that
 * compiles, edits or checks the risk rules without a Spring context: tests never write into the repository's
 * {@code rules/}. The Spring tests' counterpart, which also points the service at its copy, is {@link ShippedRulesCopy}.
 */
public final class ShippedRiskRules {
    private ShippedRiskRules() {
    }

    /** Copies {@code rules/risk/} to {@code parent/risk} (the folder name the rule set is known by) and returns it. */
    public static Path copyInto(Path parent) throws IOException {
        Path risk = parent.resolve("risk");
        FileSystemUtils.copyRecursively(Path.of("rules/risk"), risk);
        return risk;
    }
}
