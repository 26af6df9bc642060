package io.shopdesk.risk.internal;

import io.shopdesk.watch.FolderWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Allow and block lists kept by risk officers as files in {@code rules/risk/lists/}: one value per line (or the
 * first CSV column), {@code #} comments, a header line {@code value} ignored. The list name is the file name
 * without extension (blocked-devices, blocked-ips, blocked-cards, allowed-customers). Reloaded when a file changes.
 * Thread-safe: lookups read an immutable snapshot.
 */
public final class RiskLists implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RiskLists.class);

    private final Path folder;
    private final FolderWatcher watcher;
    private volatile Map<String, Set<String>> lists;

    public RiskLists(Path folder) {
        this.folder = folder;
        this.lists = read(folder);
        this.watcher = new FolderWatcher("risk-lists", folder, Duration.ofSeconds(2), () -> lists = read(folder));
    }

    public boolean contains(String list, String value) {
        return value != null && lists.getOrDefault(list, Set.of()).contains(value.strip());
    }

    /**
     * Reads the files again now, without waiting for the watcher to notice: a list published from the console
     * (a device blocked from a decision's page) holds for the very next payment.
     */
    public void reread() {
        lists = read(folder);
    }

    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new HashMap<>();
        lists.forEach((name, values) -> sizes.put(name, values.size()));
        return sizes;
    }

    static Map<String, Set<String>> read(Path folder) {
        Map<String, Set<String>> lists = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return lists;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".txt")).toList()) {
                Set<String> values = new HashSet<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String value = line.split(",", 2)[0].strip();
                    if (!value.isEmpty() && !value.startsWith("#") && !value.equalsIgnoreCase("value")) {
                        values.add(value);
                    }
                }
                String name = file.getFileName().toString().replaceFirst("\\.(csv|txt)$", "");
                lists.put(name, Set.copyOf(values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read risk lists in " + folder, e);
        }
        log.info("Risk lists: {}", lists.keySet());
        return Map.copyOf(lists);
    }

    @Override
    public void close() {
        watcher.close();
    }
}
