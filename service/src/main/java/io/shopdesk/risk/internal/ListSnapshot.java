package io.shopdesk.risk.internal;

import io.shopdesk.risk.ListsConsulted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The allow and block lists as one read of {@code rules/risk/lists/} found them: each list's version (the first 12 hex
 * digits of its file's SHA-256) and, per value, the line that holds it. A decision's facts and its record of the
 * entries that matched ({@link #consulted}) come from one snapshot, so they agree even when a list is read again
 * meanwhile. Immutable and thread-safe.
 */
public final class ListSnapshot implements ListLookup {
    private record Line(int number, String text) {
    }

    /** A list's file as this read found it: its name ({@code blocked-devices.csv}), its version and its text. */
    record ListFile(String list, String file, String version, String text) {
    }

    private final Map<String, String> versions;
    private final Map<String, Map<String, Line>> entries;
    private final Map<String, ListFile> files;

    private ListSnapshot(Map<String, String> versions, Map<String, Map<String, Line>> entries,
                         Map<String, ListFile> files) {
        this.versions = Map.copyOf(versions);
        this.entries = Map.copyOf(entries);
        this.files = Map.copyOf(files);
    }

    /** Reads every {@code *.csv} and {@code *.txt} list of {@code folder}; none when it does not exist. */
    static ListSnapshot read(Path folder) {
        Map<String, String> versions = new HashMap<>();
        Map<String, Map<String, Line>> entries = new HashMap<>();
        Map<String, ListFile> read = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return new ListSnapshot(versions, entries, read);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".txt")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Map<String, Line> lines = new HashMap<>();
                String content = new String(bytes, StandardCharsets.UTF_8);
                List<String> text = content.lines().toList();
                for (int i = 0; i < text.size(); i++) {
                    String value = text.get(i).split(",", 2)[0].strip();
                    if (!value.isEmpty() && !value.startsWith("#") && !value.equalsIgnoreCase("value")) {
                        lines.putIfAbsent(value, new Line(i + 1, text.get(i).strip()));
                    }
                }
                String name = file.getFileName().toString().replaceFirst("\\.(csv|txt)$", "");
                versions.put(name, version(bytes));
                entries.put(name, Map.copyOf(lines));
                read.put(name, new ListFile(name, file.getFileName().toString(), version(bytes), content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read risk lists in " + folder, e);
        }
        return new ListSnapshot(versions, entries, read);
    }

    @Override
    public boolean contains(String list, String value) {
        return value != null && entries.getOrDefault(list, Map.of()).containsKey(value.strip());
    }

    /**
     * What a decision that looked up {@code lookups} (list name to the decision's value; a null value was not looked
     * up) consulted: the version of each of those lists that exists, and the entries that held a value.
     */
    public ListsConsulted consulted(Map<String, String> lookups) {
        Map<String, String> consulted = new TreeMap<>();
        List<ListsConsulted.Entry> matched = new ArrayList<>();
        lookups.forEach((list, value) -> {
            if (!versions.containsKey(list)) {
                return;
            }
            consulted.put(list, versions.get(list));
            Line line = value == null ? null : entries.get(list).get(value.strip());
            if (line != null) {
                matched.add(new ListsConsulted.Entry(list, value.strip(), versions.get(list), line.number(), line.text()));
            }
        });
        return new ListsConsulted(consulted, List.copyOf(matched));
    }

    /** Each list's values, by list name. */
    Map<String, Set<String>> values() {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        entries.forEach((name, lines) -> values.put(name, Set.copyOf(new HashSet<>(lines.keySet()))));
        return values;
    }

    Set<String> names() {
        return versions.keySet();
    }

    /** Each list's file as read, by list name. */
    Map<String, ListFile> files() {
        return files;
    }

    /** The version of a list whose file holds {@code text}: the same id a snapshot gives the file read from disk. */
    static String version(String text) {
        return version(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
