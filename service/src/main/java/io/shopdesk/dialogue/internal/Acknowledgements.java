package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Language;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whole-message acknowledgements and what each says, per language, from
 * {@code rules/dialogue/words/acknowledgements-<lang>.csv}: "ok", "sure", "got it", 好的, 是的, 明白了, "thanks", 谢谢. The
 * intent model has no intent for them and guesses: "sure" and "got it" read as goodbye, 好的 as thanks, "yes" and 是的
 * as out of scope, 明白了 as a weak thanks (a fallback, and a second one handed the shopper to a person). The rules read
 * the kind instead ({@code Turn.acknowledgement}), and the words are edited beside them, not in Java.
 * <p>
 * A message is an acknowledgement when, as a whole, it is made of its language's terms as {@link WordList} reads a
 * message ("ok, got it", 好的，明白了, 嗯嗯好的, 好的呢; not "ok?" nor a long one). Several terms of different kinds are the
 * strongest kind: thanks, then yes, then ok, then understood ("ok thanks" is thanks, "got it, ok" ok).
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
    }

    static final int MAX_LENGTH_ZH = 20;
    static final int MAX_LENGTH_EN = 60;
    private static final List<String> KINDS = Arrays.stream(Kind.values()).map(Kind::code).toList();

    private final Map<Language, WordList> terms;

    private Acknowledgements(Map<Language, WordList> terms) {
        this.terms = terms;
    }

    /**
     * Reads {@code acknowledgements-<lang>.csv} of every language from {@code folder}: the header {@code term,kind},
     * then one term and its kind (thanks, yes, ok, understood) a line; blank lines and {@code #} comments are skipped.
     *
     * @throws IllegalArgumentException naming the file and line of a missing header, a line without two columns, an
     *                                  empty term, a term starting or ending with punctuation, a term with a question
     *                                  mark (no message with one is an acknowledgement), an unknown kind or a term
     *                                  listed twice ({@link WordList#read})
     * @throws UncheckedIOException     when a file is missing or cannot be read
     */
    public static Acknowledgements read(Path folder) {
        Map<Language, WordList> terms = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            terms.put(language, readList(folder, language));
        }
        return new Acknowledgements(terms);
    }

    /** Reads {@code language}'s list alone: the service reads every language's, the offline check each on its own. */
    static WordList readList(Path folder, Language language) {
        return WordList.read(file(folder, language), KINDS, "acknowledgement");
    }

    static Path file(Path folder, Language language) {
        return folder.resolve("acknowledgements-" + language.code() + ".csv");
    }

    /** Every language's list, for comparing two readings of the folder ({@link WordLists#changesFrom}). */
    java.util.Collection<WordList> lists() {
        return terms.values();
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
        boolean chinese = "zh".equals(language);
        OptionalInt kind = terms.get(chinese ? Language.ZH : Language.EN)
                .kindOf(text, chinese ? MAX_LENGTH_ZH : MAX_LENGTH_EN);
        return kind.isPresent() ? Optional.of(Kind.values()[kind.getAsInt()].code()) : Optional.empty();
    }
}
