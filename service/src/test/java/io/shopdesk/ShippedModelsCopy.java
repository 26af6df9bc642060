package io.shopdesk;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * A test's service running on a copy of the shipped {@code nlp-models/} (so a test may add training examples and
 * release intent models without touching the repository's), with the lexicons and financing model of that copy.
 */
public final class ShippedModelsCopy {
    private ShippedModelsCopy() {
    }

    /** Copies {@code nlp-models/} to {@code folder}, points the service at it, and returns the copy. */
    public static Path into(Path folder, DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.copyRecursively(Path.of("nlp-models"), folder);
        registry.add("shopdesk.nlp.models-dir", folder::toString);
        registry.add("shopdesk.risk.model", () -> folder.resolve("financing-model").toString());
        return folder;
    }
}
