package io.shopdesk.dialogue.internal;

import io.shopdesk.watch.FolderWatcher;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialogue's word lists in service, from {@code rules/<set>/words/}: the acknowledgements ({@link Acknowledgements})
 * and the yes and no answers ({@link YesNoAnswers}). Read at start (a bad file stops the start, naming its file and
 * line) and again whenever the folder changes: a changed list that cannot be read is logged with its file and line and
 * every list in service stays, since all are read before any is swapped in. Thread-safe: the lists are immutable and
 * swapped whole, one holder at a time.
 */
public final class WordListsInService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WordListsInService.class);

    /** The lists read together from one folder, swapped together. */
    private record Lists(Acknowledgements acknowledgements, YesNoAnswers answers) {
        static Lists read(Path folder) {
            return new Lists(Acknowledgements.read(folder), YesNoAnswers.read(folder));
        }
    }

    private final Path folder;
    private final FolderWatcher watcher;
    private volatile Lists lists;

    /** @param folder the folder with the lists, {@code rules/<set>/words} */
    public WordListsInService(Path folder) {
        this.folder = folder;
        String read = FolderWatcher.fingerprint(folder);
        this.lists = Lists.read(folder);
        this.watcher = new FolderWatcher("dialogue-words", folder, Duration.ofSeconds(2), read, this::reload);
    }

    public Acknowledgements acknowledgements() {
        return lists.acknowledgements();
    }

    public YesNoAnswers answers() {
        return lists.answers();
    }

    /**
     * Reads every list again; when one cannot be read, that is logged and the lists in service stay.
     *
     * @return whether the folder's lists are now in service
     */
    public boolean reload() {
        try {
            lists = Lists.read(folder);
            log.info("Dialogue word lists reloaded from {}", folder);
            return true;
        } catch (RuntimeException e) {
            log.error("Dialogue word lists in {} not reloaded, the previous ones keep serving: {}", folder,
                    e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        watcher.close();
    }
}
