package io.shopdesk.dialogue.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One language's list of words a whole short message may be made of, each with a kind, read from a user-edited
 * {@code term,kind} file of {@code rules/dialogue/words/}. The one reader and the one matcher behind the
 * acknowledgements ({@link Acknowledgements}) and the yes and no answers ({@link YesNoAnswers}), so that a shop edits
 * every such word in data and every list reads a message alike.
 * <p>
 * A message is made of the list's terms when, as a whole, it is one term or several joined by spaces or punctuation
 * ("ok, got it", 好的，明白了), or by nothing in Chinese (嗯嗯好的), a Chinese term followed by any modal particles (好的呢,
 * 对啊). A term ending in a Latin letter or digit does not run on into another ("ok" is not the start of "okinawa",
 * "okok" is no message of "ok"s). A message with a question mark asks something ("ok?", 好的？), and a long one says
 * more: neither is made of terms. Terms and messages are compared lower-cased, with ’ as ' and any run of spaces as one.
 * <p>
 * Immutable and thread-safe; a changed file is read into a new instance.
 */
final class WordList {
    static final String HEADER = "term,kind";
    /** Between terms: spaces and the punctuation that ends or joins a short message, in both scripts. */
    private static final String SEPARATORS = " ,.!~;:，。！～、…；：";
    /** Modal particles that may follow a Chinese term without changing what it says (好的呢, 对啊, 好的哈). */
    private static final String PARTICLES = "呢啊呀哦噢喔哈啦嘞咯哟";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** In {@link #kindFrom}: the rest is not made of terms. */
    private static final int UNPARSED = -1;
    /** In {@link #kindFrom}: nothing is left, so no kind yet; weaker than every kind. */
    private static final int NO_TERM = Integer.MAX_VALUE;
    /** In {@link #kindFrom}'s memory: not worked out yet. */
    private static final int UNREAD = -2;

    /** Term to the index of its kind in the kinds the file was read with, the strongest kind first. */
    private final Map<String, Integer> terms;
    /** Term to the line of the file it is on, to name it in an error that involves another list. */
    private final Map<String, Integer> lines;
    private final Path file;

    private WordList(Path file, Map<String, Integer> terms, Map<String, Integer> lines) {
        this.file = file;
        this.terms = terms;
        this.lines = lines;
    }

    /**
     * Reads {@code file}: the header {@code term,kind}, then one term and its kind a line, a kind of {@code kinds}
     * (strongest first); blank lines and {@code #} comments are skipped. {@code what} names the list's messages in an
     * error ("acknowledgement", "yes answer").
     *
     * @throws IllegalArgumentException naming the file and line of a missing header, a line without two columns, an
     *                                  empty term, a term starting or ending with punctuation, a term with a question
     *                                  mark, an unknown kind or a term listed twice
     * @throws UncheckedIOException     when the file is missing or cannot be read
     */
    static WordList read(Path file, List<String> kinds, String what) {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("The " + what + " list " + file + " is missing", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + what + " list " + file, e);
        }
        if (text.isEmpty() || !text.getFirst().strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalArgumentException(file + ":1: the first line must be the header " + HEADER);
        }
        Map<String, Integer> terms = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 1; i < text.size(); i++) {
            String line = text.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            String[] cells = line.split(",", -1);
            if (cells.length != 2) {
                throw new IllegalArgumentException(file + ":" + number + ": expected term,kind, got '" + line + "'");
            }
            String term = normalise(cells[0]);
            if (term.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + number + ": the term is empty in '" + line + "'");
            }
            if (SEPARATORS.indexOf(term.charAt(0)) >= 0 || SEPARATORS.indexOf(term.charAt(term.length() - 1)) >= 0) {
                throw new IllegalArgumentException(file + ":" + number + ": '" + term + "' starts or ends with a space "
                        + "or punctuation, which a message is read without");
            }
            if (term.contains("?") || term.contains("？")) {
                throw new IllegalArgumentException(file + ":" + number + ": '" + term + "' has a question mark, and a "
                        + "message with one is never " + withArticle(what));
            }
            String code = cells[1].strip();
            int kind = kinds.indexOf(code);
            if (kind < 0) {
                throw new IllegalArgumentException(file + ":" + number + ": '" + term + "' needs a kind of "
                        + String.join(", ", kinds.subList(0, kinds.size() - 1)) + " or " + kinds.getLast()
                        + ", not '" + code + "'");
            }
            Integer earlier = lines.putIfAbsent(term, number);
            if (earlier != null) {
                throw new IllegalArgumentException(file + ":" + number + ": '" + term + "' is already listed on line "
                        + earlier);
            }
            terms.put(term, kind);
        }
        return new WordList(file, Map.copyOf(terms), Map.copyOf(lines));
    }

    /** How many terms the list has. */
    int size() {
        return terms.size();
    }

    /** The list's terms, as compared ({@link #normalise}). */
    Set<String> terms() {
        return terms.keySet();
    }

    /** The file the list was read from. */
    Path file() {
        return file;
    }

    /** The index of {@code term}'s kind, or -1 when the list does not have it. */
    int kindOfTerm(String term) {
        return terms.getOrDefault(normalise(term), -1);
    }

    /** The line of the file {@code term} is on, or -1 when the list does not have it. */
    int lineOf(String term) {
        return lines.getOrDefault(normalise(term), -1);
    }

    /**
     * The kind (its index) of {@code text}, a whole message: the strongest of its terms' kinds, wherever it stands ("ok
     * thanks" and "thanks, ok" are thanks in the acknowledgements; "no, thanks" and "thanks, no" are a no in the no
     * list, whose thanks only goes with a no); empty when it is blank, longer than {@code maxLength} characters, has a
     * question mark or is not made of the list's terms.
     */
    OptionalInt kindOf(String text, int maxLength) {
        if (text == null || text.isBlank() || text.contains("?") || text.contains("？")
                || text.strip().length() > maxLength) {
            return OptionalInt.empty();
        }
        String message = normalise(text);
        int[] known = new int[message.length() + 1];
        Arrays.fill(known, UNREAD);
        int kind = kindFrom(message, skipSeparators(message, 0), known);
        return kind == UNPARSED || kind == NO_TERM ? OptionalInt.empty() : OptionalInt.of(kind);
    }

    /**
     * The strongest kind (its index) of the terms {@code message} is made of from {@code at} to its
     * end, over every way of cutting it into terms; {@link #NO_TERM} when nothing is left, {@link #UNPARSED} when the
     * rest is not made of terms. Remembered per position in {@code known}, so a message is read in steps of its length
     * times the list's size.
     */
    private int kindFrom(String message, int at, int[] known) {
        if (at == message.length()) {
            return NO_TERM;
        }
        if (known[at] != UNREAD) {
            return known[at];
        }
        int best = UNPARSED;
        for (Map.Entry<String, Integer> term : terms.entrySet()) {
            String word = term.getKey();
            if (!message.startsWith(word, at)) {
                continue;
            }
            int end = at + word.length();
            // "ok" is not the start of "okinawa", nor "k" of "kettle": a term ending in a Latin letter or digit does
            // not run on into another letter or digit.
            if (end < message.length() && latinOrDigit(message.charAt(end - 1)) && latinOrDigit(message.charAt(end))) {
                continue;
            }
            if (Character.isIdeographic(word.codePointBefore(word.length()))) {
                while (end < message.length() && PARTICLES.indexOf(message.charAt(end)) >= 0) {
                    end++;
                }
            }
            int rest = kindFrom(message, skipSeparators(message, end), known);
            if (rest != UNPARSED) {
                int kind = Math.min(term.getValue(), rest);
                best = best == UNPARSED ? kind : Math.min(best, kind);
            }
        }
        known[at] = best;
        return best;
    }

    private static int skipSeparators(String message, int at) {
        int i = at;
        while (i < message.length() && SEPARATORS.indexOf(message.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean latinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** A term or a message as they are compared: stripped, lower-cased, ’ as ', any run of spaces as one. */
    static String normalise(String text) {
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
    }
}
