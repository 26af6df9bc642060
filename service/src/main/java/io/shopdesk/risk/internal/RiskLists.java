package io.shopdesk.risk.internal;

import io.shopdesk.watch.FolderWatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
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
    /** Why the lists are read at start-up, as the kept versions' origin says. */
    public static final String READ_AT_START = "read from the lists folder at start-up";
    /** Why the watcher reads them: a file changed on the server, not through the console. */
    public static final String READ_AFTER_EDIT = "read from the lists folder after a file changed on the server "
            + "(not through the console)";

    /**
     * Why each list file of a read was read: its origin by file name ({@code blocked-devices.csv}), kept with its
     * version.
     */
    @FunctionalInterface
    public interface ReadOrigins {
        String of(String file);
    }

    private final BiConsumer<ListSnapshot, ReadOrigins> onRead;
    private final FolderWatcher watcher;
    private volatile ListSnapshot lists;

    /** Lists read for a backtest or a preview: no decision of theirs is stored, so no version needs keeping. */
    public RiskLists(Path folder) {
        this(folder, (read, origins) -> { });
    }

    /**
     * Lists that decisions are made with: {@code onRead} is given every read (the first one included) with why it was
     * read (its origin: {@link #READ_AT_START}, {@link #READ_AFTER_EDIT}, or who published it, {@link #reread(String)})
     * before any decision can use it, so that each version a decision records is kept with where it came from
     * ({@link ListVersionArchive}). A failure of {@code onRead} is logged and the read is used all the same: payments
     * must not stop over an archive.
     */
    public RiskLists(Path folder, BiConsumer<ListSnapshot, ReadOrigins> onRead) {
        this.folder = folder;
        this.onRead = onRead;
        this.lists = read(file -> READ_AT_START);
        this.watcher = new FolderWatcher("risk-lists", folder, Duration.ofSeconds(2),
                () -> lists = read(file -> READ_AFTER_EDIT));
    }

    private ListSnapshot read(ReadOrigins origins) {
        ListSnapshot read = snapshot(folder);
        try {
            onRead.accept(read, origins);
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
     *
     * @param origin    who put the lists live (a published draft's origin), recorded with the versions of
     * @param published the list files the publish changed ({@code blocked-devices.csv}); the others read as before
     */
    public void reread(String origin, Set<String> published) {
        lists = read(file -> published.contains(file) ? origin : READ_AFTER_EDIT);
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
