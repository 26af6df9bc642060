package io.shopdesk.escalation.internal;

import io.shopdesk.nlp.Language;
import io.shopdesk.watch.FolderWatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's canned replies in service, from {@code knowledge-base/canned-replies/} ({@link CannedReplyFile}).
 * Read at start (a bad file stops the start, naming its file and line) and again whenever the folder changes, as the
 * dialogue's word lists are: a changed file that cannot be read is logged with its file and line and the replies in
 * service stay, both languages being read before either is swapped in. Thread-safe: the replies are immutable and
 * swapped whole.
 */
public final class CannedRepliesInService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CannedRepliesInService.class);

    private final Path folder;
    private final FolderWatcher watcher;
    private volatile Map<Language, List<CannedReply>> replies;

    /** @param folder the folder with {@code canned-replies-zh.yml} and {@code canned-replies-en.yml} */
    public CannedRepliesInService(Path folder) {
        this.folder = folder;
        String read = FolderWatcher.fingerprint(folder);
        this.replies = CannedReplyFile.readAll(folder);
        this.watcher = new FolderWatcher("canned-replies", folder, Duration.ofSeconds(2), read, this::reload);
    }

    /** The replies of {@code language}, in file order. */
    public List<CannedReply> of(Language language) {
        return replies.get(language);
    }

    /**
     * Reads both files again; when one cannot be read, that is logged and the replies in service stay.
     *
     * @return whether the folder's replies are now in service
     */
    public boolean reload() {
        try {
            replies = CannedReplyFile.readAll(folder);
            log.info("Canned replies reloaded from {}: {} per language", folder, replies.get(Language.ZH).size());
            return true;
        } catch (RuntimeException e) {
            log.error("Canned replies in {} not reloaded, the previous ones keep serving: {}", folder, e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        watcher.close();
    }
}
