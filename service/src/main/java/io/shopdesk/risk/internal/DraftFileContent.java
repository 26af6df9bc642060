package io.shopdesk.risk.internal;

import io.shopdesk.ruleengine.RuleFileContent;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * How a draft carries a file's content as text: DRL, CSV tables, scenarios and lists as their UTF-8 text, an Excel
 * decision table ({@code .drl.xlsx}) as its bytes Base64-encoded (standard alphabet, no line breaks), as the version
 * history records one ({@link RuleFileContent}, which this delegates to, so that proposing, checking, publishing and
 * putting back a workbook read and write it the same way). Whether the bytes are a workbook
 * Drools can read is the reload gate's question, not this one's: a check names the file and row. Stateless and
 * thread-safe.
 */
final class DraftFileContent {
    private DraftFileContent() {
    }

    /** Whether a draft carries {@code name}'s content Base64-encoded: an Excel decision table. */
    static boolean binary(String name) {
        return RuleFileContent.binary(name);
    }

    /** The file's content as a draft carries it, or null when it does not exist. */
    static String read(Path file) {
        return RuleFileContent.read(file);
    }

    /** The bytes of a file named {@code name} whose content a draft carries as {@code content}. */
    static byte[] bytes(String name, String content) {
        return RuleFileContent.bytes(name, content);
    }

    /** Why {@code content} cannot be the content of {@code name}, if it cannot: a workbook that is not Base64. */
    static Optional<String> problem(String name, String content) {
        if (!binary(name)) {
            return Optional.empty();
        }
        try {
            Base64.getDecoder().decode(content);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("an Excel workbook (.drl.xlsx) is sent as its bytes Base64-encoded (standard alphabet, "
                    + "no line breaks); this is not Base64: " + e.getMessage());
        }
    }
}
