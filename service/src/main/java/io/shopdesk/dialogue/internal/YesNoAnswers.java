package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Language;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Whether a whole message only says yes or only says no, per language, from {@code rules/dialogue/words/yes-<lang>.csv}
 * and {@code no-<lang>.csv}: "yes please", "sure, go ahead", "ok", "that's right", 好的, 可以, 确认, 麻烦了, 帮我查一下;
 * "no thanks", "leave it as it is", 不用了, 算了, 不对. The rules read it ({@code Turn.saysYes}, {@code Turn.saysNo}) only
 * right after the bot asked a yes/no question (the status of a late order offers an investigation: rule
 * LateOrderInvestigationAccepted, LateOrderInvestigationDeclined; a new delivery address to confirm:
 * NewAddressConfirmed, NewAddressDeclined);
 * elsewhere "ok" is an acknowledgement ({@link Acknowledgements}) and "no" answers nothing the bot asked.
 * <p>
 * Each list has two kinds: {@code yes} (or {@code no}) says it on its own; {@code after} only goes with one of those,
 * before or after it ("yes, that would be great", "ok thanks", "no, sorry", 不用了，谢谢; "thanks, no", 谢谢，好的,
 * 谢谢，不用了: the answer is the word that says yes or no, wherever it stands) and not alone, so thanks alone, "that
 * would be great" alone and "please" alone are no answers ("please" is a yes of its own, and only goes with a no). The
 * message is read as {@link WordList} reads one: at most 16 characters in Chinese, 50 in English, no question mark.
 * <p>
 * Immutable and thread-safe; a changed file is read into a new instance.
 */
public final class YesNoAnswers {
    static final int MAX_LENGTH_ZH = 16;
    static final int MAX_LENGTH_EN = 50;
    /** The kind that answers on its own, index 0 of a list's kinds: {@link #YES_KINDS} or {@link #NO_KINDS}. */
    private static final int ANSWER = 0;
    private static final List<String> YES_KINDS = List.of("yes", "after");
    private static final List<String> NO_KINDS = List.of("no", "after");

    private final Map<Language, WordList> yes;
    private final Map<Language, WordList> no;

    private YesNoAnswers(Map<Language, WordList> yes, Map<Language, WordList> no) {
        this.yes = yes;
        this.no = no;
    }

    /**
     * Reads {@code yes-<lang>.csv} and {@code no-<lang>.csv} of every language from {@code folder}: the header
     * {@code term,kind}, then one term and its kind a line ({@code yes} or {@code after} in a yes list, {@code no} or
     * {@code after} in a no list); blank lines and {@code #} comments are skipped.
     *
     * @throws IllegalArgumentException naming the file and line of a bad line ({@link WordList#read}), or of a no that
     *                                  is also a yes of the same language (a message would answer both)
     * @throws UncheckedIOException     when a file is missing or cannot be read
     */
    public static YesNoAnswers read(Path folder) {
        Map<Language, WordList> yes = new EnumMap<>(Language.class);
        Map<Language, WordList> no = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            WordList yesList = readYes(folder, language);
            WordList noList = readNo(folder, language);
            refuseAnswersOfBoth(yesList, noList);
            yes.put(language, yesList);
            no.put(language, noList);
        }
        return new YesNoAnswers(yes, no);
    }

    /** Every language's yes and no lists, for comparing two readings of the folder ({@link WordLists#changesFrom}). */
    List<WordList> lists() {
        List<WordList> all = new java.util.ArrayList<>(yes.values());
        all.addAll(no.values());
        return all;
    }

    /** Reads {@code language}'s yes list alone, as {@link #read} does (for the offline check, file by file). */
    static WordList readYes(Path folder, Language language) {
        return WordList.read(yesFile(folder, language), YES_KINDS, "yes answer");
    }

    /** Reads {@code language}'s no list alone, as {@link #read} does (for the offline check, file by file). */
    static WordList readNo(Path folder, Language language) {
        return WordList.read(noFile(folder, language), NO_KINDS, "no answer");
    }

    static Path yesFile(Path folder, Language language) {
        return folder.resolve("yes-" + language.code() + ".csv");
    }

    static Path noFile(Path folder, Language language) {
        return folder.resolve("no-" + language.code() + ".csv");
    }

    /** A term that says yes on its own in one list and no on its own in the other would make a message answer both. */
    static void refuseAnswersOfBoth(WordList yesList, WordList noList) {
        for (String term : noList.terms()) {
            if (noList.kindOfTerm(term) == ANSWER && yesList.kindOfTerm(term) == ANSWER) {
                throw new IllegalArgumentException(noList.file() + ":" + noList.lineOf(term) + ": '" + term
                        + "' is a no here and a yes on line " + yesList.lineOf(term) + " of " + yesList.file());
            }
        }
    }

    /** How many terms {@code language}'s yes list has, of both kinds. */
    public int yesSize(Language language) {
        return yes.get(language).size();
    }

    /** How many terms {@code language}'s no list has, of both kinds. */
    public int noSize(Language language) {
        return no.get(language).size();
    }

    /** Whether {@code text}, a whole message in {@code language} ("zh" or "en"), only says yes. */
    public boolean saysYes(String text, String language) {
        return answers(yes, text, language);
    }

    /** Whether {@code text}, a whole message in {@code language} ("zh" or "en"), only says no. */
    public boolean saysNo(String text, String language) {
        return answers(no, text, language);
    }

    private static boolean answers(Map<Language, WordList> lists, String text, String language) {
        boolean chinese = "zh".equals(language);
        OptionalInt kind = lists.get(chinese ? Language.ZH : Language.EN)
                .kindOf(text, chinese ? MAX_LENGTH_ZH : MAX_LENGTH_EN);
        return kind.isPresent() && kind.getAsInt() == ANSWER;
    }
}
