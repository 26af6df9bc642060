package io.shopdesk;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * A test's service running on a copy of the shipped {@code rules/} (so a test may edit a rule file and watch it reload,
 * or keep the rules apart from {@code knowledge-base/} as a deployment may), with the risk lists of that copy.
 */
public final class ShippedRulesCopy {
    private ShippedRulesCopy() {
    }

    /** Copies {@code rules/} to {@code folder}, points the service at it, and returns the copy. */
    public static Path into(Path folder, DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.copyRecursively(Path.of("rules"), folder);
        registry.add("shopdesk.rules.dir", folder::toString);
        registry.add("shopdesk.risk.lists", () -> folder.resolve("risk/lists").toString());
        return folder;
    }
}
