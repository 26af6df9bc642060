package io.shopdesk.model;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The checks every reader of a data file (labelled intents, FAQ questions and queries, applicants, ratings) makes
 * before its parser sees the file, so that they refuse the same things in the same words: a path that is missing or
 * is a folder ({@link #absent}), and bytes that are not UTF-8, named with their line ({@link #notUtf8}). A parser reports bad UTF-8 where its read buffer
 * happened to end, or without a line at all, and a spreadsheet saved as GBK or Windows-1252 is the commonest bad
 * file there is. Each reader throws its own exception with the message. Stateless and thread-safe.
 */
public final class DataFile {

    private DataFile() {
    }

    /** {@code "FILE: no such file"} or {@code "FILE: is a folder; give a file"}, or empty for a regular file. */
    public static Optional<String> absent(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of(file + ": is a folder; give a file");
        }
        return Files.isRegularFile(file) ? Optional.empty() : Optional.of(file + ": no such file");
    }

    /**
     * The YAML document in {@code file} as SnakeYAML's node tree, whose nodes keep their lines for the reader's own
     * messages; {@code null} when the file holds no document. Refuses a file that is not UTF-8 ({@code "FILE: not
     * UTF-8; save the file as UTF-8"}) or not valid YAML ({@code "FILE:LINE: not valid YAML (…)"}) with an
     * {@link IllegalArgumentException}, and one that cannot be read with an {@link UncheckedIOException}: the small
     * YAML files teams write by hand ({@code intent-answers.yml}, {@code order-numbers.yml}) are refused in the same
     * words.
     */
    public static Node yamlDocument(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8; save the file as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
        try {
            return new Yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new IllegalArgumentException(file + ":" + line + ": not valid YAML (" + e.getProblem() + ")");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not valid YAML (" + e.getMessage() + ")");
        }
    }

    /**
     * {@code "FILE:LINE: not UTF-8 (byte 0xE9 in column 4); save the file as UTF-8"} (for a CSV file, with how Excel
     * does it) for the file's first byte that is not UTF-8, {@code "FILE: cannot read (…)"} when it cannot be read,
     * or empty. A byte-order mark is UTF-8.
     */
    public static Optional<String> notUtf8(Path file) {
        try {
            boolean spreadsheet = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
            return notUtf8(Files.readAllBytes(file)).map(where -> file + where + (spreadsheet ? " (in Excel: CSV UTF-8)" : ""));
        } catch (IOException e) {
            return Optional.of(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** {@code ":LINE: not UTF-8 …"} for the first byte that is not UTF-8, or empty. */
    static Optional<String> notUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int at = in.position();
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < at; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                // The column in characters, as an editor shows it: the line's bytes before this one are valid UTF-8.
                int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
                return Optional.of(String.format(Locale.ROOT, ":%d: not UTF-8 (byte 0x%02X in column %d); save the "
                        + "file as UTF-8", line, bytes[at] & 0xFF, column));
            }
            if (result.isUnderflow()) {
                return Optional.empty();
            }
            out.clear();
        }
    }
}
