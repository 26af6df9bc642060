package io.shopdesk.dialogue.internal;

import io.shopdesk.watch.FolderWatcher;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instalment plan table the chat quotes from, read at start (a bad file stops the start, naming its file and line)
 * and again whenever its folder changes, as the product catalogue is: a changed file that cannot be read is logged with
 * its line and the table in service stays. Thread-safe: the table is immutable and swapped whole.
 */
public final class InstalmentPlansInService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InstalmentPlansInService.class);
    static final String FILE = "instalment-plans.csv";

    private final Path file;
    private final FolderWatcher watcher;
    private volatile InstalmentPlans plans;

    /** @param folder the folder with {@value #FILE} */
    public InstalmentPlansInService(Path folder) {
        this.file = folder.resolve(FILE);
        String read = FolderWatcher.fingerprint(folder);
        this.plans = InstalmentPlans.read(file);
        this.watcher = new FolderWatcher("instalment-plans", folder, Duration.ofSeconds(2), read, this::reload);
    }

    public InstalmentPlans plans() {
        return plans;
    }

    /**
     * Reads the file again; one that cannot be read is logged and the table in service stays.
     *
     * @return whether the file's table is now in service
     */
    public boolean reload() {
        try {
            plans = InstalmentPlans.read(file);
            log.info("Instalment plans reloaded: {} plans", plans.all().size());
            return true;
        } catch (RuntimeException e) {
            log.error("Instalment plans {} not reloaded, the previous ones keep serving: {}", file, e.getMessage());
            return false;
        }
    }

    /**
     * What keeps the service from reading {@code folder}'s {@value #FILE} (for {@code rules check}): the first bad row
     * as {@code file:line: reason}, a missing column or file, or no plan; empty when it reads.
     */
    public static List<String> problems(Path folder) {
        try {
            InstalmentPlans.read(folder.resolve(FILE));
            return List.of();
        } catch (IllegalStateException | UncheckedIOException e) {
            return List.of(e.getMessage());
        }
    }

    @Override
    public void close() {
        watcher.close();
    }
}
