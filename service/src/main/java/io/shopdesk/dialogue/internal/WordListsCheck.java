package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * What {@code rules check} says of the dialogue's word lists ({@code rules/<set>/words/}): every problem the service
 * would find reading them, with the service's own readers. It is apart from {@link WordListsInService}, which holds the
 * lists in service and gates their edits, because the check reads a folder no service serves, file by file, and stops
 * at nothing: one bad list must not hide another's problem. Thread-safe: it keeps no state.
 */
public final class WordListsCheck {
    private WordListsCheck() {
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
}
