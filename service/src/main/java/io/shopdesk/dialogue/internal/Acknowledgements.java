package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whole-message acknowledgements and what each says, per language, from
 * {@code rules/dialogue/words/acknowledgements-<lang>.csv}: "ok", "sure", "got it", 好的, 是的, 明白了, "thanks", 谢谢. The
 * intent model has no intent for them and guesses: "sure" and "got it" read as goodbye, 好的 as thanks, "yes" and 是的
 * as out of scope, 明白了 as a weak thanks (a fallback, and a second one handed the shopper to a person). The rules read
 * the kind instead ({@code Turn.acknowledgement}), and the words are edited beside them, not in Java.
 * <p>
 * A message is an acknowledgement when, as a whole, it is one term of its language's list or several joined by spaces
 * or punctuation ("ok, got it", 好的，明白了, 嗯嗯好的), a Chinese term followed by any modal particles (好的呢, 对啊). A
 * message with a question mark asks something ("ok?", 好的？), and a long one says more: neither is. English is read
 * lower-cased, with ’ as '. Several terms of different kinds are the strongest kind: thanks, then yes, then ok, then
 * understood ("ok thanks" is thanks, "got it, ok" ok).
 * <p>
 * Immutable and thread-safe; a changed file is read into a new instance.
 */
public final class Acknowledgements {
    /** What an acknowledgement says, strongest first: the kind of a message of several terms is the first of theirs. */
    enum Kind {
        THANKS, YES, OK, UNDERSTOOD;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Kind> of(String code) {
            for (Kind kind : values()) {
                if (kind.code().equals(code)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    static final String HEADER = "term,kind";
    static final int MAX_LENGTH_ZH = 20;
    static final int MAX_LENGTH_EN = 60;
    /** Between terms: spaces and the punctuation that ends or joins a short message, in both scripts. */
    private static final String SEPARATORS = " ,.!~;:，。！～、…；：";
    /** Modal particles that may follow a Chinese term without changing what it says (好的呢, 对啊, 好的哈). */
    private static final String PARTICLES = "呢啊呀哦噢喔哈啦嘞咯哟";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** In {@link #strongest}: the rest is not made of terms. */
    private static final int UNPARSED = -1;
    /** In {@link #strongest}: nothing is left, so no kind yet; weaker than every kind. */
    private static final int NO_TERM = Integer.MAX_VALUE;
    /** In {@link #strongest}'s memory: not worked out yet. */
    private static final int UNREAD = -2;

    private final Map<Language, Map<String, Kind>> terms;

    private Acknowledgements(Map<Language, Map<String, Kind>> terms) {
        this.terms = terms;
    }

    /**
     * Reads {@code acknowledgements-<lang>.csv} of every language from {@code folder}: the header {@code term,kind},
     * then one term and its kind (ok, yes, understood, thanks) a line; blank lines and {@code #} comments are skipped.
     *
     * @throws IllegalArgumentException naming the file and line of a missing header, a line without two columns, an
     *                                  empty term, a term starting or ending with punctuation, a term with a question
     *                                  mark (no message with one is an acknowledgement), an unknown kind or a term
     *                                  listed twice
     * @throws UncheckedIOException     when a file is missing or cannot be read
     */
    public static Acknowledgements read(Path folder) {
        Map<Language, Map<String, Kind>> terms = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            terms.put(language, readFile(folder.resolve("acknowledgements-" + language.code() + ".csv")));
        }
        return new Acknowledgements(terms);
    }

    private static Map<String, Kind> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("The acknowledgement list " + file + " is missing", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the acknowledgement list " + file, e);
        }
        if (lines.isEmpty() || !lines.getFirst().strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalArgumentException(file + ":1: the first line must be the header " + HEADER);
        }
        Map<String, Kind> terms = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
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
                throw new IllegalArgumentException(file + ":" + number + ": '" + term
                        + "' has a question mark, and a message with one is never an acknowledgement");
            }
            String code = cells[1].strip();
            Kind kind = Kind.of(code).orElseThrow(() -> new IllegalArgumentException(file + ":" + number + ": '"
                    + term + "' needs a kind of ok, yes, understood or thanks, not '" + code + "'"));
            Integer earlier = lineOf.putIfAbsent(term, number);
            if (earlier != null) {
                throw new IllegalArgumentException(file + ":" + number + ": '" + term + "' is already listed on line "
                        + earlier);
            }
            terms.put(term, kind);
        }
        return Map.copyOf(terms);
    }

    /** How many terms {@code language} lists. */
    public int size(Language language) {
        return terms.get(language).size();
    }

    /**
     * What {@code text}, a whole message in {@code language} ("zh" or "en"), acknowledges: "ok", "yes", "understood" or
     * "thanks"; empty when it is no acknowledgement of that language's list.
     */
    public Optional<String> kindOf(String text, String language) {
        Language lang = "zh".equals(language) ? Language.ZH : Language.EN;
        if (text == null || text.isBlank() || text.contains("?") || text.contains("？")
                || text.strip().length() > (lang == Language.ZH ? MAX_LENGTH_ZH : MAX_LENGTH_EN)) {
            return Optional.empty();
        }
        String message = normalise(text);
        int[] known = new int[message.length() + 1];
        Arrays.fill(known, UNREAD);
        int kind = strongest(message, skipSeparators(message, 0), terms.get(lang), known);
        return kind == UNPARSED || kind == NO_TERM ? Optional.empty() : Optional.of(Kind.values()[kind].code());
    }

    /**
     * The strongest kind (its ordinal) among the terms {@code message} is made of from {@code at} to its end,
     * {@link #NO_TERM} when nothing is left, {@link #UNPARSED} when the rest is not made of terms. Remembered per
     * position in {@code known}, so a message is read in steps of its length times the list's size.
     */
    private static int strongest(String message, int at, Map<String, Kind> list, int[] known) {
        if (at == message.length()) {
            return NO_TERM;
        }
        if (known[at] != UNREAD) {
            return known[at];
        }
        int best = UNPARSED;
        for (Map.Entry<String, Kind> term : list.entrySet()) {
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
            int rest = strongest(message, skipSeparators(message, end), list, known);
            if (rest != UNPARSED) {
                int kind = Math.min(term.getValue().ordinal(), rest);
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

    /** A term or a message as they are compared: stripped, lower-cased, ’ as ', any run of spaces as one. */
    static String normalise(String text) {
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
    }
}
