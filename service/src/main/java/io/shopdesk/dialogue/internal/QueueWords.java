package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Language;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a message that asks about the wait for a person rather than something the bot can answer, from
 * {@code rules/dialogue/words/queue-words-<lang>.csv}: "how long do I have to wait?", "is anyone there?", "hello?",
 * 还要等多久, 有人吗, 客服呢. While a shopper waits in the queue for a person, such a message gets where they stand in the
 * queue, not the bot's answer (the FAQ would take "how long" for a delivery time). The words were a pattern in Java
 * ({@code QueuedBotAnswer}, stop 30), which a team could not edit, and which also held back "can someone tell me how long
 * refunds take?" and 客服电话是多少 from their answers.
 * <p>
 * Kinds: {@code wait} counts wherever it stands ("waiting", 排队); {@code greeting} only in a message of nothing but
 * greetings and wait words ("hello?", "hi, anyone there?": "hi, how long do refunds take?" is a question);
 * {@code not} is a phrase that holds a wait word but asks something else ("can someone tell me", 客服电话), taken out of
 * the message before the others are looked for. English terms count as whole words, Chinese ones anywhere; the longer
 * term at a place first. Every language's list is read for every message: a Chinese shopper types "hello?" too.
 * <p>
 * Immutable and thread-safe; a changed file is read into a new instance.
 */
public final class QueueWords {
    private static final List<String> KINDS = List.of("wait", "greeting", "not");
    private static final int WAIT = 0;
    private static final int GREETING = 1;
    private static final int NOT = 2;
    /** What is left of a greeting once its words are out: spaces and punctuation. */
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\s\\p{P}\\p{S}]*");

    private final Pattern wait;
    private final Pattern greeting;
    private final Pattern not;

    private QueueWords(Pattern wait, Pattern greeting, Pattern not) {
        this.wait = wait;
        this.greeting = greeting;
        this.not = not;
    }

    /**
     * Reads {@code queue-words-<lang>.csv} of every language from {@code folder}: the header {@code term,kind}, then
     * one term and its kind (wait, greeting, not) a line; blank lines and {@code #} comments are skipped.
     *
     * @throws IllegalArgumentException naming the file and line of a bad line ({@link WordList#read})
     * @throws UncheckedIOException     when a file is missing or cannot be read
     */
    public static QueueWords read(Path folder) {
        Map<Language, WordList> lists = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            lists.put(language, readList(folder, language));
        }
        return new QueueWords(pattern(lists, WAIT), pattern(lists, GREETING), pattern(lists, NOT));
    }

    /** Reads {@code language}'s list alone, as {@link #read} does (for the offline check, file by file). */
    static WordList readList(Path folder, Language language) {
        return WordList.read(file(folder, language), KINDS, "queue word");
    }

    static Path file(Path folder, Language language) {
        return folder.resolve("queue-words-" + language.code() + ".csv");
    }

    /**
     * Whether {@code text}, a whole message, asks about the wait for a person: a wait word outside the list's
     * {@code not} phrases, or nothing but greetings and punctuation.
     */
    public boolean asksAboutTheWait(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String message = not.matcher(WordList.normalise(text)).replaceAll(" ");
        if (wait.matcher(message).find()) {
            return true;
        }
        String rest = greeting.matcher(message).replaceAll(" ");
        return !rest.equals(message) && ONLY_PUNCTUATION.matcher(rest).matches();
    }

    /**
     * Whether {@code text} holds a {@code not} phrase: it asks something else than the wait or a person ("can someone
     * tell me…", 客服电话是多少), whatever the intent model makes of it (客服电话是多少 is human_agent to it).
     */
    public boolean asksSomethingElse(String text) {
        return text != null && not.matcher(WordList.normalise(text)).find();
    }

    /**
     * One expression for every term of {@code kind} in every language: an English term (ending or starting in a Latin
     * letter or digit) as a whole word, a Chinese one anywhere; the longer term first, so that a phrase wins over a
     * word of it. A kind no list has matches nothing.
     */
    private static Pattern pattern(Map<Language, WordList> lists, int kind) {
        List<String> terms = lists.values().stream()
                .flatMap(list -> list.terms().stream().filter(term -> list.kindOfTerm(term) == kind))
                .distinct().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(t -> t)).toList();
        if (terms.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(terms.stream().map(QueueWords::term).collect(Collectors.joining("|")));
    }

    private static String term(String term) {
        String before = latinOrDigit(term.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        String after = latinOrDigit(term.charAt(term.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "";
        return before + Pattern.quote(term) + after;
    }

    private static boolean latinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
