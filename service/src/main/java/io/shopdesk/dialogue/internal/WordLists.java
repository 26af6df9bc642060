package io.shopdesk.dialogue.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dialogue's word lists read together from {@code rules/<set>/words/}, and swapped together: the acknowledgements
 * the yes and no answers, and the words about the wait for a person ({@link QueueWords}, read by the escalation feature
 * for queued shoppers, not by the dialogue rules, so not compared by {@link #changesFrom}). Immutable and thread-safe.
 */
public record WordLists(Acknowledgements acknowledgements, YesNoAnswers answers, QueueWords queueWords) {

    /**
     * Reads every list of {@code folder}.
     *
     * @throws IllegalArgumentException naming the file and line of the first bad line
     * @throws java.io.UncheckedIOException when a list is missing or cannot be read
     */
    public static WordLists read(Path folder) {
        return new WordLists(Acknowledgements.read(folder), YesNoAnswers.read(folder), QueueWords.read(folder));
    }

    /** One term added, removed or given another kind in a list, at its line (the old file's, for a removed one). */
    record Change(Path file, int line, String term, String what) {
        @Override
        public String toString() {
            return file + ":" + line + ": '" + term + "' " + what;
        }
    }

    /**
     * What changed from {@code before} to these lists, list by list in file order, term by term. Lists are matched by
     * file name: those accepted last are read from a folder of their own at start-up ({@link AcceptedWordLists#read}).
     */
    List<Change> changesFrom(WordLists before) {
        Map<Path, WordList> old = before.all().stream()
                .collect(Collectors.toMap(l -> l.file().getFileName(), Function.identity()));
        List<Change> changes = new ArrayList<>();
        for (WordList now : all()) {
            WordList then = old.get(now.file().getFileName());
            if (then == null) {
                continue;
            }
            for (String term : then.terms()) {
                if (now.kindOfTerm(term) < 0) {
                    changes.add(new Change(now.file(), then.lineOf(term), term, "was removed (it was on this line)"));
                }
            }
            for (String term : now.terms()) {
                int was = then.kindOfTerm(term);
                if (was < 0) {
                    changes.add(new Change(now.file(), now.lineOf(term), term, "was added"));
                } else if (was != now.kindOfTerm(term)) {
                    changes.add(new Change(now.file(), now.lineOf(term), term, "has another kind"));
                }
            }
        }
        changes.sort(java.util.Comparator.comparing((Change c) -> c.file().toString()).thenComparingInt(Change::line));
        return changes;
    }

    /**
     * The changes a message is made with: those whose term the message (compared as the lists compare it) contains; all
     * of them when it contains none (a term removed from one list may leave the message to another).
     */
    static List<Change> behind(String message, List<Change> changes) {
        String text = WordList.normalise(message);
        List<Change> in = changes.stream().filter(c -> text.contains(c.term())).toList();
        return in.isEmpty() ? changes : in;
    }

    private List<WordList> all() {
        List<WordList> all = new ArrayList<>(acknowledgements.lists());
        all.addAll(answers.lists());
        return all;
    }
}
