package io.shopdesk.escalation.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How angry an English message is, from a lexicon of outbursts kept in {@code nlp-models/sentiment/} (CSV
 * {@code word,score}, a word or phrase with a score from -1 to 0): fast enough for the reply path, so that "You are
 * useless, I am furious!!" reaches a person in the same turn. CoreNLP's sentiment model, which runs after the reply,
 * seldom calls such a message very negative; the escalation counts the more negative of the two.
 * <p>
 * Phrases match whole words, longest first, with simple inflections (scam matches scams, scammed, scammers; hate
 * matches hated, hating); a phrase of score 0 only keeps its words from matching ("scam email" is no accusation, "worst
 * case" no outburst). A word counts only where the shopper asserts it ({@link EnglishClause}: not "is this a scam?",
 * not "not useless"; but an insult aimed at the shop counts inside a question too: "why is your stupid app so slow?",
 * "where is my refund you scammers?"); an intensifier just before it (so, really, absolutely, total…) strengthens it. As in
 * {@link ChineseSentiment} the message counts its most negative word, deepened by {@value NegativeMessage#DEEPEN} for each further
 * strong word ({@value NegativeMessage#STRONG} or below), for two or more exclamation marks and for shouting in capitals, clipped to
 * -1. With no counting word there is no opinion (empty): praise and plain questions are left to CoreNLP.
 * Immutable and thread-safe.
 */
public final class EnglishOutburstLexicon {
    /** Words that strengthen the phrase right after them (also read by {@link EnglishClause}: "your bloody useless app"). */
    static final Map<String, Double> INTENSIFIERS = Map.ofEntries(Map.entry("so", 1.3),
            Map.entry("very", 1.3), Map.entry("really", 1.3), Map.entry("truly", 1.3), Map.entry("such", 1.3),
            Map.entry("super", 1.3), Map.entry("extremely", 1.5), Map.entry("absolutely", 1.5),
            Map.entry("totally", 1.5), Map.entry("completely", 1.5), Map.entry("utterly", 1.5),
            Map.entry("incredibly", 1.5), Map.entry("beyond", 1.5), Map.entry("complete", 1.5),
            Map.entry("total", 1.5), Map.entry("absolute", 1.5), Map.entry("utter", 1.5), Map.entry("bloody", 1.5),
            Map.entry("fucking", 1.5), Map.entry("f***ing", 1.5));
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final List<String> SUFFIXES = List.of("ing", "ers", "ed", "er", "es", "s", "d");
    private static final Pattern LETTERS = Pattern.compile("\\p{IsLatin}{2,}");

    /** A lexicon entry: its words and score. */
    private record Phrase(List<String> words, double score) {
    }

    /** Each first word's phrases, longest first. */
    private final Map<String, List<Phrase>> phrases;

    EnglishOutburstLexicon(Map<String, Double> entries) {
        Map<String, List<Phrase>> byFirstWord = new HashMap<>();
        entries.forEach((text, score) -> {
            List<String> words = EnglishClause.wordsOf(text);
            if (words.isEmpty() || score < -1 || score > 0) {
                throw new IllegalArgumentException("An English outburst needs words and a score from -1 to 0 "
                        + "(praise is left to CoreNLP): " + text + "," + score);
            }
            byFirstWord.computeIfAbsent(words.getFirst(), w -> new ArrayList<>()).add(new Phrase(words, score));
        });
        byFirstWord.replaceAll((word, list) -> list.stream()
                .sorted(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed()).toList());
        this.phrases = Map.copyOf(byFirstWord);
    }

    /** Reads {@code word,score} lines (see {@link LexiconFile}). */
    public static EnglishOutburstLexicon load(Path file) {
        return new EnglishOutburstLexicon(LexiconFile.read(file));
    }

    /** -1 (very negative) to 0, or empty when no lexicon word counts. */
    public OptionalDouble score(String text) {
        double mostNegative = 0;
        int strong = 0;
        for (EnglishClause clause : EnglishClause.of(text)) {
            List<Set<String>> forms = clause.words().stream().map(EnglishOutburstLexicon::forms).toList();
            int i = 0;
            while (i < forms.size()) {
                Phrase phrase = longestAt(forms, i);
                if (phrase == null) {
                    i++;
                    continue;
                }
                if (phrase.score() < 0 && clause.asserts(i, phrase.words().size())) {
                    double word = Math.max(-1, phrase.score() * intensity(clause.words(), i));
                    mostNegative = Math.min(mostNegative, word);
                    strong += NegativeMessage.strong(word) ? 1 : 0;
                }
                i += phrase.words().size();
            }
        }
        if (mostNegative == 0) {
            return OptionalDouble.empty();
        }
        int angerSigns = (NegativeMessage.exclaims(text) ? 1 : 0) + (shouts(text) ? 1 : 0);
        return OptionalDouble.of(NegativeMessage.score(mostNegative, strong, angerSigns));
    }

    private Phrase longestAt(List<Set<String>> forms, int start) {
        Phrase longest = null;
        for (String first : forms.get(start)) {
            for (Phrase phrase : phrases.getOrDefault(first, List.of())) {
                if (longest != null && phrase.words().size() <= longest.words().size()) {
                    break;
                }
                if (matches(phrase, forms, start)) {
                    longest = phrase;
                }
            }
        }
        return longest;
    }

    private static boolean matches(Phrase phrase, List<Set<String>> forms, int start) {
        if (start + phrase.words().size() > forms.size()) {
            return false;
        }
        for (int k = 1; k < phrase.words().size(); k++) {
            if (!forms.get(start + k).contains(phrase.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lexicon forms a message word may be: itself, without a possessive, and without one inflectional ending
     * (scams, scammed, scammers → scam; hating, hated → hate; suing → sue). Over-generous on purpose: a form that
     * is no lexicon word matches nothing.
     */
    static Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        String w = word.endsWith("'s") || word.endsWith("s'") ? word.substring(0, word.length() - 2) : word;
        forms.add(w);
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 2) {
                String stem = w.substring(0, w.length() - suffix.length());
                forms.add(stem);
                if ("aeiou".indexOf(suffix.charAt(0)) >= 0) {
                    forms.add(stem + "e");
                    int n = stem.length();
                    if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                        forms.add(stem.substring(0, n - 1));
                    }
                }
            }
        }
        return forms;
    }

    /** An intensifier just before the phrase, or before its article ("such a disgrace"). */
    private static double intensity(List<String> words, int start) {
        int before = start - 1;
        if (before > 0 && ARTICLES.contains(words.get(before))) {
            before--;
        }
        return before >= 0 ? INTENSIFIERS.getOrDefault(words.get(before), 1.0) : 1;
    }

    /** At least two words, and at least half the words, in capitals ("THIS IS A SCAM"), not an acronym or two. */
    private static boolean shouts(String text) {
        int words = 0;
        int capitals = 0;
        Matcher m = LETTERS.matcher(text);
        while (m.find()) {
            words++;
            String word = m.group();
            capitals += word.equals(word.toUpperCase(Locale.ROOT)) ? 1 : 0;
        }
        return capitals >= 2 && 2 * capitals >= words;
    }
}
