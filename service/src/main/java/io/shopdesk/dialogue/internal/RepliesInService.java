package io.shopdesk.dialogue.internal;

import io.shopdesk.watch.FolderWatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialogue's reply texts in service, from {@code rules/<set>/replies/}: read at start (a file that does not read
 * stops the start, naming it) and again whenever the folder changes. A changed folder replaces the texts in service
 * only if {@link ReplyTextsCheck} finds nothing wrong against them: before stop 30 a key deleted from one language or a
 * placeholder mistyped went live at once and shoppers got the key or the braces as their reply. A refusal is logged
 * with every problem as {@code file:line: reason}, and the texts in service stay. Thread-safe: the texts are immutable
 * and swapped whole.
 */
public final class RepliesInService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RepliesInService.class);

    private final Path folder;
    private final FolderWatcher watcher;
    private volatile ReplyTemplates texts;
    private volatile List<String> lastProblems = List.of();

    /** @param folder the folder with the texts, {@code rules/<set>/replies} */
    public RepliesInService(Path folder) {
        this.folder = folder;
        String read = FolderWatcher.fingerprint(folder);
        this.texts = ReplyTemplates.load(folder);
        this.watcher = new FolderWatcher("replies", folder, Duration.ofSeconds(2), read, this::reload);
    }

    /** The texts in service. */
    public ReplyTemplates texts() {
        return texts;
    }

    /** Why the folder's last change was refused; empty when the folder's texts are those in service. */
    public List<String> lastProblems() {
        return lastProblems;
    }

    /**
     * Reads the folder again and puts its texts in service when they pass {@link ReplyTextsCheck}; otherwise logs the
     * problems and the texts in service stay.
     *
     * @return whether the folder's texts are now in service
     */
    public synchronized boolean reload() {
        List<String> problems;
        ReplyTemplates candidate = null;
        try {
            candidate = ReplyTemplates.load(folder);
            problems = ReplyTextsCheck.problems(folder, candidate, texts);
        } catch (RuntimeException e) {
            problems = List.of(e.getMessage());
        }
        lastProblems = List.copyOf(problems);
        if (!problems.isEmpty()) {
            log.error("Dialogue reply texts in {} not reloaded, the previous ones keep serving:\n  {}", folder,
                    String.join("\n  ", problems));
            return false;
        }
        texts = candidate;
        log.info("Dialogue reply texts reloaded from {}", folder);
        return true;
    }

    @Override
    public void close() {
        watcher.close();
    }
}
