package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link AskedThing} from an English request: the words after a request frame ("do you sell", "are there any",
 * "looking for", "I want to buy", "recommend", "where can I buy", "show me", "any …?") while OpenNLP tags them as
 * adjectives, nouns or numbers, up to a preposition or the end, ending in the last noun. Lead words ("a", "any",
 * "good", "cheaper") are not part of it. OpenNLP tags some plurals it never saw as adverbs ("sofas/ADV"), so a last
 * word of letters in -s counts as a noun there. When several frames match, the first followed by a noun phrase
 * counts ("I have a phone, do you sell cases for it?" asks for cases). Stateless and thread-safe.
 */
final class EnglishRequest {
    private static final int MAX_WORDS = 4;
    /** Each ends where the thing starts; "is/are there" only before "any" ("is there a problem" asks for none). */
    private static final List<Pattern> FRAMES = List.of(
            "\\b(?:do|does|did)\\s+(?:you|u|you guys|y'all|ya|your (?:shop|store)|the (?:shop|store)|they)\\s+"
                    + "(?:still\\s+|even\\s+|also\\s+)?(?:sell|have|carry|stock|offer|got)\\s+",
            "\\b(?:are|r)\\s+(?:you|u)\\s+(?:still\\s+)?(?:selling|carrying|stocking|offering)\\s+",
            "^(?:you|u|you guys)\\s+(?:sell|have|carry|stock|got)\\s+",
            "\\b(?:is|are)\\s+there\\s+(?=any\\b)",
            "\\b(?:looking|searching|shopping|hunting)\\s+for\\s+",
            "\\b(?:i|we)\\s+(?:really\\s+)?(?:want|need|would like)\\s+(?:to\\s+(?:buy|get|order|find)\\s+)?",
            "\\b(?:i'd|we'd)\\s+like\\s+(?:to\\s+(?:buy|get|order|find)\\s+)?",
            "\\b(?:recommend|suggest)\\s+(?:me\\s+|us\\s+)?",
            "\\b(?:can|could)\\s+(?:i|we)\\s+(?:buy|get|find|order)\\s+",
            "\\b(?:show|find|get)\\s+me\\s+",
            "^(?:any|got any|have any|have you got any)\\s+").stream().map(Pattern::compile).toList();
    /** Words before the thing that are not part of it; "a", "an" and "one" also make it singular. */
    private static final Set<String> LEAD = Set.of("a", "an", "one", "any", "some", "the", "few", "good",
            "nice", "decent", "cheap", "cheaper", "cheapest", "better", "new", "best", "great", "quality", "really",
            "very", "more", "other", "another");
    /** Polite words that may close a message that is only a noun phrase ("a watch please"). */
    private static final Set<String> CLOSING = Set.of("please", "pls", "plz", "thanks");
    private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
    private static final Set<String> PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");

    private EnglishRequest() {
    }

    static Optional<AskedThing> thing(Analysis analysis) {
        String lower = analysis.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<Integer> starts = new ArrayList<>();
        for (Pattern frame : FRAMES) {
            Matcher m = frame.matcher(lower);
            while (m.find()) {
                starts.add(m.end());
            }
        }
        starts.sort(Comparator.naturalOrder());
        for (int start : starts) {
            Optional<List<Token>> phrase = phraseAt(analysis.tokens(), start);
            if (phrase.isPresent()) {
                return AskedThing.judged(phrase.get().stream().map(Token::text).toList(), " ",
                        phrase.get().getLast().text(), leadSingular(analysis.tokens(), start));
            }
        }
        return Optional.empty();
    }

    /**
     * The thing a message names with nothing else ("a watch", "watches?", "smart watch please"): every word of it,
     * but for lead words ("a", "some") and a closing "please", is the noun phrase; empty otherwise.
     */
    static Optional<AskedThing> alone(Analysis analysis) {
        List<Token> words = analysis.tokens().stream()
                .filter(t -> t.text().codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        while (!words.isEmpty() && CLOSING.contains(words.getLast().text().toLowerCase(Locale.ROOT))) {
            words = words.subList(0, words.size() - 1);
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Token last = words.getLast();
        int start = words.getFirst().start();
        boolean singular = leadSingular(words, start);
        // OpenNLP takes "watch" in "a watch" for a verb; after "a" or "an" alone it can only be a noun.
        Optional<List<Token>> phrase = words.size() == 2 && singular && last.text().chars().allMatch(Character::isLetter)
                ? Optional.of(List.of(last)) : phraseAt(words, start);
        return phrase.filter(p -> p.getLast() == last)
                .flatMap(p -> AskedThing.judged(p.stream().map(Token::text).toList(), " ", last.text(), singular));
    }

    /** The noun phrase that starts at {@code start} (lead words skipped), or empty when none does. */
    private static Optional<List<Token>> phraseAt(List<Token> tokens, int start) {
        List<Token> after = tokens.stream().filter(t -> t.start() >= start).toList();
        int i = 0;
        while (i < after.size() && LEAD.contains(after.get(i).text().toLowerCase(Locale.ROOT))) {
            i++;
        }
        List<Token> words = new ArrayList<>();
        for (; i < after.size(); i++) {
            Token t = after.get(i);
            boolean last = i + 1 == after.size() || !PHRASE_TAGS.contains(after.get(i + 1).pos());
            if (PHRASE_TAGS.contains(t.pos()) || (last && aMistaggedPlural(t))) {
                words.add(t);
            } else {
                break;
            }
        }
        while (!words.isEmpty() && !NOUN_TAGS.contains(words.getLast().pos()) && !aMistaggedPlural(words.getLast())) {
            words.removeLast();
        }
        return words.isEmpty() || words.size() > MAX_WORDS ? Optional.empty() : Optional.of(words);
    }

    /** "sofas/ADV": a word of letters ending in -s that OpenNLP did not take for a noun. */
    private static boolean aMistaggedPlural(Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        return Set.of("ADV", "ADJ", "VERB", "X").contains(token.pos()) && word.length() >= 4
                && word.chars().allMatch(Character::isLetter) && word.endsWith("s")
                && !word.matches(".*(?:ss|us|ly|ways|wards|seas|days|times|less)$");
    }

    private static boolean leadSingular(List<Token> tokens, int start) {
        return tokens.stream().filter(t -> t.start() >= start)
                .takeWhile(t -> LEAD.contains(t.text().toLowerCase(Locale.ROOT)))
                .anyMatch(t -> Set.of("a", "an", "one").contains(t.text().toLowerCase(Locale.ROOT)));
    }
}
