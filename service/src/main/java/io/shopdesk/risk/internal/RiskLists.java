package io.shopdesk.risk.internal;

import io.shopdesk.watch.FolderWatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
    private final Consumer<ListSnapshot> onRead;
    private final FolderWatcher watcher;
    private volatile ListSnapshot lists;

    /** Lists read for a backtest or a preview: no decision of theirs is stored, so no version needs keeping. */
    public RiskLists(Path folder) {
        this(folder, read -> { });
    }

    /**
     * Lists that decisions are made with: {@code onRead} is given every read (the first one included) before any
     * decision can use it, so that each version a decision records is kept ({@link ListVersionArchive}). A failure
     * of {@code onRead} is logged and the read is used all the same: payments must not stop over an archive.
     */
    public RiskLists(Path folder, Consumer<ListSnapshot> onRead) {
        this.folder = folder;
        this.onRead = onRead;
        this.lists = read();
        this.watcher = new FolderWatcher("risk-lists", folder, Duration.ofSeconds(2), () -> lists = read());
    }

    private ListSnapshot read() {
        ListSnapshot read = snapshot(folder);
        try {
            onRead.accept(read);
        } catch (RuntimeException e) {
            log.warn("Risk lists read but their versions not kept ({}): an auditor may not open them", e.toString());
        }
        return read;
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
        lists = read();
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
