package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The cards shown that a normalised message ({@link ShownCardQuestion#normalise}) names side by side: 第一个和第三个,
 * 口红和围巾, 第二款比第三款, "the first or the second", "the scarf and the lipstick", "#1 vs #2", 前两个, "the first two",
 * 这两款, "both"; and whether it says "them" / 它们 (all of them, in a comparison). The message is cut at its joining words (和, 跟, 还是, 比, "and", "or", "vs", commas) and each
 * piece names at most one card: by place ({@link CardReference}), by "it" / 这个 (the card just discussed), or by a
 * word of one card's name or tags ({@link CardNames}). For comparisons ({@link CardComparison}) and for one question
 * about several cards (第一个和第二个多少钱). Stateless and thread-safe.
 *
 * @param positions the places named, from 1, in the order named, each once (a place beyond the cards included)
 * @param unclear   some piece names no card clearly: a word several cards have, "it" with no card discussed, or
 *                  "these two" after three cards
 * @param all       the message says "them", "these", 它们, 这几款, "all three": every card shown, when comparing
 */
record CardMentions(List<Integer> positions, boolean unclear, boolean all) {

    CardMentions {
        positions = List.copyOf(positions);
    }

    private static final Pattern JOINS = Pattern.compile(
            "和|跟|与|及|还是|或者|或|、|比(?!较)|[,，/&]|\\b(?:and|or|vs\\.?|versus|with|than)\\b");
    private static final String CLASSIFIER = "(?:个|款|件|条|双|支|瓶|样|种|套|只|台|把|盒|顶|块|张)";
    /** The first two shown: 前两个, "the first two". */
    private static final Pattern FIRST_TWO = Pattern.compile("前面?(?:两|2)" + CLASSIFIER + "|\\b(?:the )?first (?:two|2)\\b");
    /** The last two shown: 后两个, "the last two". */
    private static final Pattern LAST_TWO = Pattern.compile("(?:后面?|最后)(?:两|2)" + CLASSIFIER + "|\\b(?:the )?last (?:two|2)\\b");
    /** Two cards, not said which: 这两款, 两者, "both", "these two": both when two were shown. */
    private static final Pattern TWO = Pattern.compile("(?:这|那)?(?<![第\\d])(?:两|2)" + CLASSIFIER + "|两者|俩"
            + "|\\b(?:both|these two|those two|the two|these 2|the 2)\\b");
    /** All the cards shown: 这几款, 这三个, 它们, "them", "all three", "these". */
    private static final Pattern ALL = Pattern.compile("(?:这|那)?(?<![第\\d])(?:几|三|3)" + CLASSIFIER + "|它们|这些|那些"
            + "|\\b(?:all (?:three|3|of them)|these three|the three|them|these|those|they)\\b");
    private static final Pattern ORDINAL_ALONE = Pattern.compile(
            "\\s*(?:the\\s+)?(first|second|third|fourth|fifth|last|\\d{1,2}(?:st|nd|rd|th))(?:\\s+ones?)?\\s*[?!.]*\\s*");
    /** English words that name no card, in a piece of a comparison. */
    private static final Set<String> NO_NAME = Set.of("which", "what", "what's", "whats", "the", "one", "ones", "better",
            "best", "difference", "differences", "between", "compare", "comparison", "cheaper", "cheapest", "pricier",
            "more", "expensive", "should", "would", "could", "get", "buy", "pick", "choose", "recommend", "you", "think",
            "how", "much", "are", "does", "they", "them", "these", "those", "first", "second", "third", "last", "both",
            "two", "price", "prices", "stock", "sizes", "size", "colours", "colors", "colour", "color", "in", "is");

    /** The cards named; none and not unclear for a message that names none. */
    static CardMentions in(String normalised, List<Product> shown, String discussed) {
        Set<Integer> positions = new LinkedHashSet<>();
        boolean unclear = false;
        String rest = normalised;
        Matcher m = FIRST_TWO.matcher(rest);
        if (m.find()) {
            positions.addAll(List.of(1, 2));
            rest = m.replaceAll(" ");
        }
        m = LAST_TWO.matcher(rest);
        if (m.find() && shown.size() >= 2) {
            positions.addAll(List.of(shown.size() - 1, shown.size()));
            rest = m.replaceAll(" ");
        }
        m = TWO.matcher(rest);
        if (m.find()) {
            if (shown.size() == 2) {
                positions.addAll(List.of(1, 2));
            } else {
                unclear = true;
            }
            rest = m.replaceAll(" ");
        }
        m = ALL.matcher(rest);
        boolean all = m.find();
        rest = m.replaceAll(" ");
        int discussedAt = IntStream.range(0, shown.size()).filter(i -> shown.get(i).sku().equals(discussed))
                .findFirst().orElse(-1) + 1;
        for (String piece : JOINS.split(rest)) {
            Optional<Integer> named = named(piece, shown, discussedAt);
            if (named == null) {
                unclear = true;
            } else {
                named.ifPresent(positions::add);
            }
        }
        return new CardMentions(new ArrayList<>(positions), unclear, all);
    }

    /** The card one piece names; empty when it names none, null when it names one not clearly. */
    private static Optional<Integer> named(String piece, List<Product> shown, int discussedAt) {
        Matcher alone = ORDINAL_ALONE.matcher(piece);
        if (alone.matches()) {
            return Optional.of("last".equals(alone.group(1)) ? shown.size() : CardReference.number(alone.group(1)));
        }
        Optional<CardReference> reference = CardReference.in(piece, shown.size());
        if (reference.isPresent()) {
            return switch (reference.get().kind()) {
                case POSITION -> Optional.of(reference.get().position());
                case LAST -> Optional.of(shown.size());
                case THIS -> discussedAt > 0 ? Optional.of(discussedAt) : null;
            };
        }
        List<String> words = List.of(piece.split("[^a-z'-]+")).stream().filter(w -> !NO_NAME.contains(w)).toList();
        List<Integer> byWord = CardNames.mostWords(shown, words);
        if (byWord.isEmpty()) {
            byWord = CardNames.longestShared(shown, piece);
        }
        return byWord.isEmpty() ? Optional.empty() : byWord.size() == 1 ? Optional.of(byWord.getFirst()) : null;
    }

    /** Whether a place named is beyond the cards shown. */
    boolean beyond(int shown) {
        return positions.stream().anyMatch(p -> p > shown);
    }
}
