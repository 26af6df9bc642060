package io.shopdesk.risk.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * How a draft carries a file's content as text: DRL, CSV tables, scenarios and lists as their UTF-8 text, an Excel
 * decision table ({@code .drl.xlsx}) as its bytes Base64-encoded (standard alphabet, no line breaks), as the version
 * history records one. The one place that turns a draft's content into a file's bytes and back, so that proposing,
 * checking, publishing and putting back a workbook read and write it the same way. Whether the bytes are a workbook
 * Drools can read is the reload gate's question, not this one's: a check names the file and row. Stateless and
 * thread-safe.
 */
final class DraftFileContent {
    private DraftFileContent() {
    }

    /** Whether a draft carries {@code name}'s content Base64-encoded: an Excel decision table. */
    static boolean binary(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".drl.xlsx");
    }

    /** The file's content as a draft carries it, or null when it does not exist. */
    static String read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            return binary(file.getFileName().toString()) ? Base64.getEncoder().encodeToString(bytes)
                    : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The bytes of a file named {@code name} whose content a draft carries as {@code content}. */
    static byte[] bytes(String name, String content) {
        return binary(name) ? Base64.getDecoder().decode(content) : content.getBytes(StandardCharsets.UTF_8);
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
