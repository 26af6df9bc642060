package io.shopdesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Escaping and writing for the HTML reports: every piece of data (intent names, queries, file names) passes through
 * {@link #escape}, and every report is written as {@code DIR/index.html} by {@link #write}.
 */
final class Html {
    /** The report's file in its folder. */
    static final String FILE = "index.html";

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Writes a finished report to {@code dir/index.html}, creating the folder; returns the file. */
    static Path write(Path dir, CharSequence html) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE);
            Files.writeString(file, html, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write the report", e);
        }
    }
}
