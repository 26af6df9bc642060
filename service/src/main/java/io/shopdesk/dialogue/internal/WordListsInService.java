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
 * the yes and no answers ({@link YesNoAnswers}) and the words about the wait for a person ({@link QueueWords}). Read at start (a bad file stops the start, naming its file and
 * line) and again whenever the folder changes: a changed list that cannot be read is logged with its file and line and
 * every list in service stays, since all are read before any is swapped in. Thread-safe: the lists are immutable and
 * swapped whole, one holder at a time.
 */
public final class WordListsInService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WordListsInService.class);

    /** The lists read together from one folder, swapped together. */
    private record Lists(Acknowledgements acknowledgements, YesNoAnswers answers, QueueWords queueWords) {
        static Lists read(Path folder) {
            return new Lists(Acknowledgements.read(folder), YesNoAnswers.read(folder), QueueWords.read(folder));
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

    public QueueWords queueWords() {
        return lists.queueWords();
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
    }
}
