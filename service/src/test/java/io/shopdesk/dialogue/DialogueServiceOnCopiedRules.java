package io.shopdesk.dialogue;

import io.shopdesk.ShippedRulesCopy;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the dialogue ITs whose running service reads a temporary copy of the shipped {@code rules/}, so that a
 * test may edit the dialogue's rule files, word lists and recorded decisions as a team does while the service runs,
 * without touching the repository's ({@code shopdesk.rules.dir} and {@code shopdesk.risk.lists} point at the copy).
 * Before, {@code DialogueDecisionGateIT} and {@code DialogueWordListsGateIT} each opened with these lines.
 *
 * <p>The copy belongs to the test class (JUnit's class-level {@link TempDir}, deleted after the class), so a subclass
 * must not share its Spring context with another class: give each its own database ({@code @OwnDatabaseTest}). A test
 * that must prepare its copy differently (a loop in it from the start) declares its own {@code @DynamicPropertySource}
 * without extending this. Not thread-safe: one test class at a time.
 */
abstract class DialogueServiceOnCopiedRules {
    @TempDir
    static Path folder;
    /** The copy's dialogue rule set, {@code <copy>/rules/dialogue}. */
    static Path dialogue;

    @DynamicPropertySource
    static void copiedRules(DynamicPropertyRegistry registry) throws IOException {
        dialogue = ShippedRulesCopy.into(folder.resolve("rules"), registry).resolve("dialogue");
    }

    @Autowired
    DialogueService dialogueService;
}
