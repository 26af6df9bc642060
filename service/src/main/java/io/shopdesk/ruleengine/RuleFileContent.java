package io.shopdesk.ruleengine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/**
 * How a rule file's content is held as text wherever it leaves the folder (a version in the history, a draft, a
 * publish journal): DRL, CSV tables, scenarios and lists as their UTF-8 text, an Excel decision table
 * ({@code .xlsx}) as its bytes Base64-encoded (standard alphabet, no line breaks). The one place that turns such text
 * into a file's bytes and back, so that compiling, recording, proposing, publishing and recovering a workbook all read
 * and write it the same way. Stateless and thread-safe.
 */
public final class RuleFileContent {
    private RuleFileContent() {
    }

    /** Whether {@code name}'s content is held Base64-encoded: an Excel workbook. */
    public static boolean binary(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** The text that holds a file named {@code name} whose bytes are {@code bytes}. */
    public static String text(String name, byte[] bytes) {
        return binary(name) ? Base64.getEncoder().encodeToString(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bytes of a file named {@code name} whose content is held as {@code content}. */
    public static byte[] bytes(String name, String content) {
        return binary(name) ? Base64.getDecoder().decode(content) : content.getBytes(StandardCharsets.UTF_8);
    }

    /** The file's content as text, or null when it does not exist. */
    public static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? text(file.getFileName().toString(), Files.readAllBytes(file)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
