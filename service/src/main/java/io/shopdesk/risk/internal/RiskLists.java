package io.shopdesk.risk.internal;

import io.shopdesk.watch.FolderWatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Allow and block lists kept by risk officers as files in {@code rules/risk/lists/}: one value per line (or the
 * first CSV column), {@code #} comments, a header line {@code value} ignored. The list name is the file name
 * without extension (blocked-devices, blocked-ips, blocked-cards, allowed-customers). Reloaded when a file changes.
 * Thread-safe: lookups read an immutable snapshot.
 */
public final class RiskLists implements ListLookup, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RiskLists.class);

    private final Path folder;
    private final FolderWatcher watcher;
    private volatile ListSnapshot lists;

    public RiskLists(Path folder) {
        this.folder = folder;
        this.lists = snapshot(folder);
        this.watcher = new FolderWatcher("risk-lists", folder, Duration.ofSeconds(2), () -> lists = snapshot(folder));
    }

    @Override
    public boolean contains(String list, String value) {
        return lists.contains(list, value);
    }

    /**
     * The lists as last read, with each list's version and each entry's line: a decision takes one snapshot for its
     * facts and for the record of which entries matched ({@link ListSnapshot#consulted}).
     */
    public ListSnapshot snapshot() {
        return lists;
    }

    /**
     * Reads the files again now, without waiting for the watcher to notice: a list published from the console
     * (a device blocked from a decision's page) holds for the very next payment.
     */
    public void reread() {
        lists = snapshot(folder);
    }

    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new HashMap<>();
        lists.values().forEach((name, values) -> sizes.put(name, values.size()));
        return sizes;
    }

    static Map<String, Set<String>> read(Path folder) {
        return snapshot(folder).values();
    }

    private static ListSnapshot snapshot(Path folder) {
        ListSnapshot read = ListSnapshot.read(folder);
        log.info("Risk lists: {}", read.names());
        return read;
    }

    @Override
    public void close() {
        watcher.close();
    }
}
