package io.shopdesk.ruleengine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a multi-file change of a rule set's folder ({@link FolderEdit}) is about to do, written to
 * {@code .publish-journal.json} in the rule set's folder before the first file is replaced and removed once the change
 * is settled (live, or taken back). Moving files one by one is not atomic: a process killed between the first and the
 * last move leaves a folder that is neither the old version nor the new one, which the next start-up would compile and
 * serve. The journal holds every target's content before and after as text ({@link RuleFileContent}: a workbook
 * Base64-encoded), so {@link #recover} (run by the engine at start-up,
 * before it reads a rule file) can make the folder entirely one or the other: entirely new when the history's latest
 * entry holds the new files (the change passed the gate and was recorded before the crash), else entirely old. The
 * journal itself is written to a temporary file, flushed to disk and moved into place, so it is either whole or
 * absent. The journal says what kind of change it is ({@link Kind}: a draft's publish or a rollback) and who made it,
 * so that a recovery logs and records the change as what it was. Not thread-safe: one per change, on the engine's
 * reload thread (or at start-up).
 */
public final class PublishJournal {
    /** The journal's name in the rule set's folder (hidden: no reader takes it for a rule, scenario or list file). */
    public static final String NAME = ".publish-journal.json";
    /** The engine's logger: what operators already filter the rules' load messages by. */
    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One file the change replaces, creates or deletes.
     *
     * @param path   relative to the rule set's folder, as the history names it ({@code payments.drl},
     *               {@code lists/blocked-devices.csv})
     * @param target where it is on disk
     * @param before its text before the change; null: absent
     * @param after  its text after the change; null: deleted
     */
    public record Entry(String path, String target, String before, String after) {
        public Entry(String path, Path target, String before, String after) {
            this(path, target.toAbsolutePath().toString(), before, after);
        }
    }

    /**
     * What kind of change a journal is for, and the suffix of the hidden files it stages beside their targets
     * ({@code .payments.drl.draft}): a listing then says which kind of change left a staged file.
     */
    public enum Kind {
        /** A draft's publish (a list button's too). */
        PUBLISH("publish", ".draft"),
        /** A rollback to an earlier version. */
        ROLLBACK("rollback", ".rollback");

        private final String label;
        private final String stagedSuffix;

        Kind(String label, String stagedSuffix) {
            this.label = label;
            this.stagedSuffix = stagedSuffix;
        }

        /** {@code publish} or {@code rollback}: what the log and the recorded recovery call it. */
        public String label() {
            return label;
        }

        public String stagedSuffix() {
            return stagedSuffix;
        }

        /**
         * The kind a journal records, or {@value #UNKNOWN} for one that records none: a journal written before kinds
         * were may be a rollback's as well as a publish's, and calling it a publish (as the log once did) said more
         * than the journal knows.
         */
        static String labelOf(String recorded) {
            for (Kind kind : values()) {
                if (kind.label.equals(recorded)) {
                    return kind.label;
                }
            }
            return UNKNOWN;
        }
    }

    /** The kind of a change whose journal does not say (one written before kinds were recorded, or unreadable). */
    public static final String UNKNOWN = "unknown";

    /**
     * A change a crash interrupted, as the start-up found and settled it.
     *
     * @param kind    {@code publish}, {@code rollback}, or {@value #UNKNOWN} for a journal that does not say (written
     *                before kinds were recorded) or an unreadable one
     * @param origin  who made the change, as the history would record it ({@code rollback to 3f2a… by Li Wei});
     *                null when the journal does not say
     * @param outcome {@code finished} (its version had gone live: the folder is entirely the new files),
     *                {@code undone} (entirely the old ones) or {@code set aside} (an unreadable journal)
     * @param files   the files it changed, as the history names them
     * @param at      when the start-up settled it
     */
    public record Recovery(String kind, String origin, String outcome, List<String> files, Instant at) {
        /** One line for a log or a test: {@code rollback finished: bye.drl, hello.drl}. */
        public String summary() {
            return kind + " " + outcome + ": " + String.join(", ", files);
        }
    }

    private record Contents(String ruleSet, String kind, String origin, List<Entry> files) {
    }

    /** What a recovery does with the staged files of a change: their names end with a kind's suffix or this. */
    private static final String RECOVERED_SUFFIX = ".recovered";

    private final Path file;

    private PublishJournal(Path file) {
        this.file = file;
    }

    /** Writes the journal of a publish of {@code ruleSet}'s files (whose folder is {@code folder}) before any moves. */
    public static PublishJournal begin(String ruleSet, Path folder, List<Entry> files) {
        return begin(ruleSet, folder, Kind.PUBLISH, null, files);
    }

    /**
     * Writes the journal of a change of {@code kind} made by {@code origin} (as the history will record it; null:
     * unknown) of {@code ruleSet}'s files (whose folder is {@code folder}) before any moves.
     */
    public static PublishJournal begin(String ruleSet, Path folder, Kind kind, String origin, List<Entry> files) {
        Path journal = folder.resolve(NAME);
        Path temp = folder.resolve(NAME + ".tmp");
        try {
            Files.writeString(temp, JSON.writeValueAsString(new Contents(ruleSet, kind.label(), origin, files)),
                    StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the publish journal " + journal, e);
        }
        return new PublishJournal(journal);
    }

    /** The change is settled (live, or taken back): nothing is left for a recovery to do. */
    public void end() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the publish journal " + file, e);
        }
    }

    /**
     * Finishes or takes back a change of {@code ruleSet}'s folder that a crash interrupted, if its journal is there:
     * the files become entirely those after the change when {@code latest} (the history's latest entry, asked only
     * when there is a journal) holds them, else entirely those before it. Logs what it did, naming the change as what
     * it was (a publish, a rollback, by whom), and returns it; empty when there was no journal. An unreadable journal
     * is set aside ({@code .publish-journal.json.unreadable}) and logged.
     */
    public static Optional<Recovery> recover(String ruleSet, Path folder, Supplier<Optional<RuleVersion>> latest) {
        Path journal = folder.resolve(NAME);
        try {
            Files.deleteIfExists(folder.resolve(NAME + ".tmp"));
            if (!Files.isRegularFile(journal)) {
                return Optional.empty();
            }
            Contents contents;
            try {
                contents = JSON.readValue(Files.readString(journal, StandardCharsets.UTF_8), Contents.class);
            } catch (RuntimeException e) {
                Files.move(journal, folder.resolve(NAME + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
                log.error("Rule set '{}': the publish journal {} is unreadable and was set aside: {}", ruleSet,
                        journal, e.toString());
                return Optional.of(new Recovery(UNKNOWN, null, "set aside", List.of(), Instant.now()));
            }
            boolean finished = wentLive(contents.files(), latest);
            for (Entry entry : contents.files()) {
                write(Path.of(entry.target()), finished ? entry.after() : entry.before());
            }
            Files.delete(journal);
            List<String> paths = contents.files().stream().map(Entry::path).toList();
            String kind = Kind.labelOf(contents.kind());
            Recovery recovery = new Recovery(kind, contents.origin(), finished ? "finished" : "undone", paths,
                    Instant.now());
            log.warn("Rule set '{}': a {} of {}{} was interrupted; {} (the folder holds every file as it was {} it)",
                    ruleSet, kind.equals(UNKNOWN) ? "change of unknown kind (its journal predates the publish/rollback "
                            + "field)" : kind, paths, contents.origin() == null ? "" : " (" + contents.origin() + ")",
                    finished ? "finished it, as its version had gone live" : "took it back",
                    finished ? "after" : "before");
            return Optional.of(recovery);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot recover the interrupted change in " + folder, e);
        }
    }

    /**
     * Deletes the hidden files a change stages beside its targets ({@code .payments.drl.draft},
     * {@code lists/.blocked-devices.csv.rollback}, a recovery's {@code .x.recovered}) from {@code folder} and its
     * sub-folders, and logs them. Run at start-up after {@link #recover}: a change killed before its journal was
     * written leaves staged files and nothing that names them; one killed mid-way leaves those not yet moved. Either
     * way nothing will move them any more, and a later change of the same file writes a fresh one. Returns the files
     * deleted, relative to {@code folder}.
     */
    public static List<String> removeStaged(String ruleSet, Path folder) {
        List<String> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            for (Path file : files.filter(Files::isRegularFile).filter(PublishJournal::isStaged).sorted().toList()) {
                Files.deleteIfExists(file);
                removed.add(folder.relativize(file).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the staged files in " + folder, e);
        }
        if (!removed.isEmpty()) {
            log.warn("Rule set '{}': removed {} staged by a change that never finished (killed before its journal "
                    + "was written, or before they were moved)", ruleSet, removed);
        }
        return removed;
    }

    private static boolean isStaged(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(".") || name.startsWith(NAME)) {
            return false;
        }
        for (Kind kind : Kind.values()) {
            if (name.endsWith(kind.stagedSuffix())) {
                return true;
            }
        }
        return name.endsWith(RECOVERED_SUFFIX);
    }

    /** Whether the history's latest entry records the change's files as they are after it. */
    private static boolean wentLive(List<Entry> files, Supplier<Optional<RuleVersion>> latest) {
        Optional<RuleVersion> last;
        try {
            last = latest.get();
        } catch (RuntimeException e) {
            // No history to tell by: the old files are the ones a gate passed.
            log.warn("Cannot read the rule history to recover a publish; taking it back: {}", e.toString());
            return false;
        }
        return last.isPresent()
                && files.stream().allMatch(f -> Objects.equals(last.get().files().get(f.path()), f.after()));
    }

    private static void write(Path target, String text) throws IOException {
        if (text == null) {
            Files.deleteIfExists(target);
            return;
        }
        String name = target.getFileName().toString();
        if (text.equals(RuleFileContent.read(target))) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path staged = target.resolveSibling("." + name + RECOVERED_SUFFIX);
        Files.write(staged, RuleFileContent.bytes(name, text));
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
