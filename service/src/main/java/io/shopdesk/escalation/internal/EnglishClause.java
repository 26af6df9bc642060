package io.shopdesk.escalation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One clause of an English message as {@link EnglishOutburstLexicon} reads it: its words (lower case, one apostrophe
 * for ’ and ', hyphenated words whole so that "rip-off" is no "ripped off" and "anti-scam" no "scam", {@code *word*}
 * as word while f*** stays f***), and which of them the shopper asserts. An angry word counts only where it is
 * asserted; it is not when the shopper
 * <ul>
 * <li>asks whether something is it ({@code askedFrom}): in a clause that starts with an auxiliary verb, a yes/no
 * question ("is this a scam", "do you think it's a scam", "is this site legit or a scam?"), the whole clause; in the
 * last clause of a sentence ending in a bare "?" ("the code is useless?"), the words from its first auxiliary or copula
 * on (all of a bare "scam?"), so that "where the hell is my order?" still swears. A question word without "?" is no
 * question ("where is my order you scammers"), nor is a reproach: a clause starting with why, how come, how
 * can/could/dare you or what the ("why are you so useless?") asserts;</li>
 * <li>negates or doubts it: "not", a "n't" word, or a doubt word (maybe, perhaps, if, whether, seems, looks, might
 * be…) among the {@value #REACH} words before it ("not useless at all", "isn't a scam", "I don't think this is a scam",
 * "not sure if this is a scam", "this might be a scam"), "no" right before it ("no joke"); unless a new clause starts
 * in between: a conjunction, a question word or the shopper as subject ("you didn't refund me I will sue you").</li>
 * </ul>
 * An insult aimed at the shop is asserted wherever it stands, in a question or after a doubt word too: a phrase that
 * qualifies what is ours, right after "your" ("why is your stupid app so slow?", "is your useless support open?"), or
 * that calls us names, right after "you" or starting with it, at the end of its clause or before a word for us
 * ("where is my refund you scammers?", "are you stupid?", "you useless bot"); an intensifier may stand between
 * ("your bloody useless app"). A question about something of ours is not one: "is your app a scam?" (the phrase does not
 * follow "your"), "do you scam people?" (not a name: "people" follows it).
 * <p>
 * A word-level reading, no parser: it runs on every message, on the reply path. Immutable and thread-safe.
 *
 * @param words     the clause's words
 * @param askedFrom the index from which the words are asked about, or the number of words when none is
 */
record EnglishClause(List<String> words, int askedFrom) {
    /** How many words before an angry word a negator or doubt word still reaches. */
    static final int REACH = 5;

    private static final Pattern SENTENCE = Pattern.compile("([^.!?\\n]+)([.!?]*)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\"]|\\s[-–—]+\\s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'*]+(?:-[\\p{L}\\p{N}'*]+)*");
    private static final Set<String> FILLERS = Set.of("so", "and", "but", "ok", "okay", "also", "well", "hi", "hey",
            "hello", "um", "uh", "wait", "sorry", "just", "honestly", "seriously", "please");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "am", "was", "were", "do", "does", "did", "can",
            "could", "will", "would", "should", "shall", "may", "might", "has", "have", "had", "isn't", "aren't",
            "wasn't", "weren't", "don't", "doesn't", "didn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't",
            "hasn't", "haven't", "isnt", "arent", "dont", "doesnt", "didnt", "cant");
    private static final List<String> CONTRACTED_AUXILIARIES = List.of("'s", "'re", "'m", "'ll", "'ve", "'d");
    private static final Set<String> NEGATORS = Set.of("not", "cannot", "hardly", "without", "nor", "neither", "isnt",
            "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "cant", "couldnt", "wouldnt", "shouldnt", "wont",
            "aint", "havent", "hasnt");
    private static final Set<String> DOUBTS = Set.of("maybe", "perhaps", "possibly", "whether", "if", "seems", "seem",
            "seemed", "looks", "sounds", "wonder", "wondering", "worried", "afraid", "suspect", "unsure");
    private static final Set<String> MODALS_OF_DOUBT = Set.of("might", "may", "could");
    /** Words for the shop that may follow the name it is called ("you useless bot"); not "people" ("you scam people"). */
    private static final Set<String> US = Set.of("bot", "guys", "lot", "company", "shop", "store", "site", "website",
            "app");
    private static final Set<String> NEW_CLAUSE = Set.of("and", "but", "because", "cause", "or", "then", "though",
            "although", "unless", "until", "while", "why", "how", "what", "when", "where", "who", "which", "i", "i'm",
            "i'll", "i've", "i'd", "we", "we're", "we'll");

    EnglishClause {
        words = List.copyOf(words);
    }

    /** The clauses of {@code text}, in order. */
    static List<EnglishClause> of(String text) {
        List<EnglishClause> clauses = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(normalized(text));
        while (sentence.find()) {
            String end = sentence.group(2);
            boolean question = end.contains("?") && !end.contains("!");
            List<List<String>> parts = CLAUSE_BREAK.splitAsStream(sentence.group(1)).map(EnglishClause::wordsOf)
                    .filter(w -> !w.isEmpty()).toList();
            for (int i = 0; i < parts.size(); i++) {
                List<String> words = parts.get(i);
                clauses.add(new EnglishClause(words, askedFrom(words, question && i == parts.size() - 1)));
            }
        }
        return clauses;
    }

    /** The words of a lexicon phrase or a message, as clauses hold them. */
    static List<String> wordsOf(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normalized(text));
        while (m.find()) {
            String word = m.group();
            // *useless* is emphasis; f*** is a word.
            word = word.startsWith("*") ? strip(word, '*') : word;
            word = strip(word, '\'');
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Whether the shopper asserts the phrase of {@code length} words at {@code index}: aims it at the shop, or neither
     * asks about it nor negates or doubts it.
     */
    boolean asserts(int index, int length) {
        return aimedAtUs(index, length) || index < askedFrom && !deniedAt(index);
    }

    /**
     * An insult aimed at the shop: right after "your", or right after "you" (or starting with it) and then ending the
     * clause or followed only by a word for us; an intensifier may stand between.
     */
    private boolean aimedAtUs(int index, int length) {
        int before = index - 1;
        if (before >= 0 && EnglishOutburstLexicon.INTENSIFIERS.containsKey(words.get(before))) {
            before--;
        }
        String owner = before >= 0 ? words.get(before) : "";
        if (owner.equals("your")) {
            return true;
        }
        if (!owner.equals("you") && !words.get(index).equals("you")) {
            return false;
        }
        int after = index + length;
        return after == words.size() || after == words.size() - 1 && US.contains(words.get(after));
    }

    private boolean deniedAt(int index) {
        for (int i = index - 1; i >= Math.max(0, index - REACH); i--) {
            String word = words.get(i);
            if (NEW_CLAUSE.contains(word)) {
                return false;
            }
            boolean modalBe = word.equals("be") && i > 0 && MODALS_OF_DOUBT.contains(words.get(i - 1));
            if (NEGATORS.contains(word) || word.endsWith("n't") || DOUBTS.contains(word) || modalBe
                    || (word.equals("no") && i == index - 1)) {
                return true;
            }
        }
        return false;
    }

    private static int askedFrom(List<String> words, boolean endsInBareQuestionMark) {
        int start = 0;
        while (start < words.size() - 1 && FILLERS.contains(words.get(start))) {
            start++;
        }
        String first = words.get(start);
        if (reproach(words, start)) {
            return words.size();
        }
        if (AUXILIARIES.contains(first)) {
            return start;
        }
        if (endsInBareQuestionMark) {
            for (int i = start; i < words.size(); i++) {
                if (auxiliary(words.get(i))) {
                    return i;
                }
            }
            return start;
        }
        return words.size();
    }

    private static boolean auxiliary(String word) {
        return AUXILIARIES.contains(word) || CONTRACTED_AUXILIARIES.stream().anyMatch(word::endsWith);
    }

    private static boolean reproach(List<String> words, int start) {
        String first = words.get(start);
        String second = start + 1 < words.size() ? words.get(start + 1) : "";
        String third = start + 2 < words.size() ? words.get(start + 2) : "";
        return first.equals("why")
                || first.equals("how") && (second.equals("come")
                        || Set.of("can", "could", "dare").contains(second) && third.startsWith("you"))
                || first.equals("what") && second.equals("the");
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('`', '\'');
    }

    private static String strip(String word, char c) {
        int from = 0;
        int to = word.length();
        while (from < to && word.charAt(from) == c) {
            from++;
        }
        while (to > from && word.charAt(to - 1) == c) {
            to--;
        }
        return word.substring(from, to);
    }
}
