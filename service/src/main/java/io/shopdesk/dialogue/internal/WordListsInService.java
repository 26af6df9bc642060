package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Language;
import io.shopdesk.watch.FolderWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialogue's word lists in service, from {@code rules/<set>/words/}: the acknowledgements ({@link Acknowledgements}),
 * the yes and no answers ({@link YesNoAnswers}) and the words about the wait for a person ({@link QueueWords}). Read at
 * start (a bad file stops the start, naming its file and line) and again whenever the folder changes. A changed list replaces those in service only when every list reads and
 * the {@link WordListsGate} passes them (the service's replays the recorded decisions with them,
 * {@link WordListsReplay}: until stop 31 a word removed from a list silently changed decisions); otherwise the problems
 * are logged, each as {@code file:line: reason}, kept for {@link #lastProblems}, and every list in service stays. A
 * refused edit is tried again when the gate's folder changes ({@code gate/decisions.yml} recorded again, written after
 * the lists by a {@code git pull}). Thread-safe: the lists are immutable and swapped whole; reloads run one at a time.
 */
public final class WordListsInService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WordListsInService.class);
    private static final Duration POLL = Duration.ofSeconds(2);

    private final Path folder;
    private final WordListsGate gate;
    private final FolderWatcher watcher;
    private final FolderWatcher gateWatcher;
    private volatile WordLists lists;
    private volatile List<String> lastProblems = List.of();

    /** @param folder the folder with the lists, {@code rules/<set>/words}; every edit that reads is taken */
    public WordListsInService(Path folder) {
        this(folder, WordListsGate.NONE, null);
    }

    /**
     * @param folder     the folder with the lists, {@code rules/<set>/words}
     * @param gate       what an edit must pass before it replaces the lists in service
     * @param gateFolder the folder of what the gate reads ({@code rules/<set>/gate}), watched to try a refused edit
     *                   again; null: none
     */
    public WordListsInService(Path folder, WordListsGate gate, Path gateFolder) {
        this.folder = folder;
        this.gate = gate;
        String read = FolderWatcher.fingerprint(folder);
        this.lists = WordLists.read(folder);
        this.watcher = new FolderWatcher("dialogue-words", folder, POLL, read, this::reload);
        this.gateWatcher = gateFolder == null ? null : new FolderWatcher("dialogue-words-gate", gateFolder, POLL,
                FolderWatcher.fingerprint(gateFolder), this::retryRefused);
    }

    /** The lists in service, read together. */
    public WordLists lists() {
        return lists;
    }

    public Acknowledgements acknowledgements() {
        return lists.acknowledgements();
    }

    public YesNoAnswers answers() {
        return lists.answers();
    }

    public QueueWords queueWords() {
        return lists.queueWords();
    }

    /** Why the last edit of the lists was refused, one line each ({@code file:line: reason}); empty once one passed. */
    public List<String> lastProblems() {
        return lastProblems;
    }

    /**
     * Reads every list again and has the gate check them; when one cannot be read or the gate refuses them, that is
     * logged and the lists in service stay.
     *
     * @return whether the folder's lists are now in service
     */
    public synchronized boolean reload() {
        WordLists candidate;
        try {
            candidate = WordLists.read(folder);
        } catch (RuntimeException e) {
            return refuse(List.of(e.getMessage()));
        }
        List<String> problems;
        try {
            problems = gate.problems(lists, candidate);
        } catch (RuntimeException e) {
            // A check that cannot run refuses: an edit nobody checked is what the gate is there to stop.
            problems = List.of(folder + ": the word lists could not be checked: " + e);
        }
        if (!problems.isEmpty()) {
            return refuse(problems);
        }
        lists = candidate;
        lastProblems = List.of();
        log.info("Dialogue word lists reloaded from {}", folder);
        return true;
    }

    /** After the gate's files changed: an edit refused before is checked again (it may be recorded now). */
    private void retryRefused() {
        if (!lastProblems.isEmpty()) {
            reload();
        }
    }

    private boolean refuse(List<String> problems) {
        lastProblems = List.copyOf(problems);
        log.error("Dialogue word lists in {} not reloaded, the previous ones keep serving:\n  {}", folder,
                String.join("\n  ", problems));
        return false;
    }
    /**
     * Every problem the service would find reading {@code folder}'s lists, file by file with the same readers (so one
     * bad file does not hide another's problem), for {@code rules check}: a list's first bad line as
     * {@code file:line: reason}, a missing list, a no that is also a yes of its language, and a {@code .csv} of the
     * folder that is none of the lists (a misspelt name the service would never read).
     *
     * @return the problems, one line each; empty when the service would take every list
     */
    public static List<String> problems(Path folder) {
        List<String> problems = new ArrayList<>();
        Set<Path> lists = new TreeSet<>();
        for (Language language : Language.values()) {
            lists.add(Acknowledgements.file(folder, language));
            lists.add(YesNoAnswers.yesFile(folder, language));
            lists.add(YesNoAnswers.noFile(folder, language));
            lists.add(QueueWords.file(folder, language));
            read(Acknowledgements::readList, folder, language, problems);
            read(QueueWords::readList, folder, language, problems);
            WordList yes = read(YesNoAnswers::readYes, folder, language, problems);
            WordList no = read(YesNoAnswers::readNo, folder, language, problems);
            if (yes != null && no != null) {
                try {
                    YesNoAnswers.refuseAnswersOfBoth(yes, no);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        try (var files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".csv")).filter(f -> !lists.contains(f)).sorted()
                    .forEach(f -> problems.add(f + ": not a word list the dialogue reads (acknowledgements-, yes-, "
                            + "no- or queue-words-<zh|en>.csv), so the service ignores it"));
        } catch (IOException e) {
            // the lists' own reads have said the folder is missing or unreadable
        }
        return problems;
    }

    /** One list read by {@code reader}, or null with its problem added. */
    private static WordList read(BiFunction<Path, Language, WordList> reader, Path folder, Language language,
                                 List<String> problems) {
        try {
            return reader.apply(folder, language);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    @Override
    public void close() {
        watcher.close();
        if (gateWatcher != null) {
            gateWatcher.close();
        }
    }
}
