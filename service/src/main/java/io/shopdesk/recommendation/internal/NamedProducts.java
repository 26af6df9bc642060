package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue products a message names by their own names, not by a kind of product: the whole name in either
 * language ("the cashmere scarf", 羊绒围巾), or an unambiguous part of it that starts with the name's first word, the
 * word that tells it from others ("the StormShield jacket" for the StormShield Waterproof Jacket, 风暴冲锋衣 for
 * 风暴防水冲锋衣). So that "how long is the cashmere scarf?" is asked about that scarf, as "how much is the scarf?" is
 * about a scarf card shown. A kind of product is no name: "a scarf", "the jacket", "running shoes", 围巾, 外套 name
 * none, because a name's first word must be one that few names start with and that is no tag, attribute word
 * ("wireless") or word for whom ("kids"): "the kids jacket" names nothing.
 * <p>
 * English: the name as whole words (two words at least: a one-word name is a kind), or a run of at least two words of
 * one name, in any order after its first word ("the stormshield jacket"), plurals read as their singular, that ends
 * at the name's last word, its noun ("is the stormshield jacket waterproof?" names the jacket, then asks). Chinese:
 * the name, or a run of at least four characters that starts with the name's first two, keeps the order of the name's
 * characters (some left out) and ends with its last (风暴冲锋衣). At one place of the message the name matched in full
 * wins over a part, and the longer match over the shorter; products that match alike are all named ("the TrailPeak
 * shoes": three), for the answer to ask which; names at different places are each named ("the StormShield jacket or
 * the packable rain jacket?"). Immutable and thread-safe.
 */
public final class NamedProducts {
    /** A first word more names start with is a word of a kind ("smart", "kids"), not of one product. */
    private static final int MOST_NAMES_PER_FIRST_WORD = 5;
    private static final int FEWEST_CHINESE_CHARACTERS = 4;
    /** A full name wins over any part of another. */
    private static final int WHOLE_NAME = 1000;
    /** Words for whom a product is; they start names ("Men's …") but say nothing of which product. */
    private static final Set<String> FOR_WHOM = Set.of("men's", "mens", "women's", "womens", "children's", "kids",
            "kid's", "baby", "boys", "girls");
    private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9'-]*");

    private final List<Product> products;
    /** The first words that may name a product on their own with another word of its name. */
    private final Set<String> namingFirstWords;
    /** The first two characters of Chinese names that start few names. */
    private final Set<String> namingFirstCharacters;

    /**
     * @param catalogue     the products
     * @param attributeWord whether a word is one of {@code attributes.csv}'s ("wireless", 黑色): a property, no name
     */
    public NamedProducts(ProductCatalogue catalogue, Predicate<String> attributeWord) {
        this.products = catalogue.all();
        Set<String> tags = new HashSet<>();
        Map<String, Integer> firstWords = new HashMap<>();
        Map<String, Integer> firstCharacters = new HashMap<>();
        for (Product p : products) {
            p.tags().forEach(tag -> tags.add(tag.toLowerCase(Locale.ROOT)));
            firstWords.merge(names(p.nameEn()).getFirst(), 1, Integer::sum);
            if (p.nameZh().length() >= 2) {
                firstCharacters.merge(p.nameZh().substring(0, 2), 1, Integer::sum);
            }
        }
        this.namingFirstWords = Set.copyOf(firstWords.entrySet().stream()
                .filter(e -> e.getValue() <= MOST_NAMES_PER_FIRST_WORD && !tags.contains(e.getKey())
                        && !attributeWord.test(e.getKey()) && !FOR_WHOM.contains(e.getKey()) && e.getKey().length() > 2)
                .map(Map.Entry::getKey).toList());
        this.namingFirstCharacters = Set.copyOf(firstCharacters.entrySet().stream()
                .filter(e -> e.getValue() <= MOST_NAMES_PER_FIRST_WORD && !tags.contains(e.getKey()))
                .map(Map.Entry::getKey).toList());
    }

    /**
     * What a message names: the products, in catalogue order, and where in the message it names them (each span once,
     * in the order they stand). Empty products and spans when it names none.
     */
    public record Named(List<Product> products, List<Span> spans) {
        public static final Named NONE = new Named(List.of(), List.of());

        public Named {
            products = List.copyOf(products);
            spans = List.copyOf(spans);
        }

        public boolean none() {
            return products.isEmpty();
        }

        /**
         * The message with each name replaced by "it" (它 for a Chinese one), a determiner before it included: "how long
         * is the cashmere scarf?" reads as "how long is it?", 这条羊绒围巾多长 as 它多长; a question about the product
         * is then read as one about "it", the card in view.
         */
        public String asIt(String normalised) {
            StringBuilder text = new StringBuilder(normalised);
            for (Span span : spans.reversed()) {
                int from = span.start();
                Matcher determiner = (span.chinese() ? DETERMINER_ZH : DETERMINER_EN).matcher(normalised.substring(0, from));
                if (determiner.find()) {
                    from = determiner.start();
                }
                text.replace(from, span.end(), span.chinese() ? (span.all() ? "它们" : "它") : (span.all() ? "them" : "it"));
            }
            return text.toString();
        }
    }

    /** Where a name stands in the message, and whether it is written in Chinese. */
    /**
     * Where a name stands; {@code all}: the kind word stands for every product it names (你们家的羽绒服保暖吗), read as
     * "them" (它们) rather than "it", so each product is answered rather than asked which.
     */
    public record Span(int start, int end, boolean chinese, boolean all) {

        public Span(int start, int end, boolean chinese) {
            this(start, end, chinese, false);
        }
    }

    private record Match(int score, Span span) {
        static final Match NONE = new Match(0, null);

        Match better(Match other) {
            return other.score > score ? other : this;
        }
    }

    private record Word(String text, int start, int end) {
    }

    private static final Pattern DETERMINER_EN = Pattern.compile("\\b(?:the|this|that|these|those|your|a|an)\\s+$");
    private static final Pattern DETERMINER_ZH = Pattern.compile("(?:这|那)一?(?:个|款|件|条|双|支|瓶|样|种|套|只|台|把|盒|顶|块|张)$");

    /**
     * The products a normalised message ({@link ShownCardQuestion#normalise}) names: those of the best match, several
     * when they match alike.
     */
    public Named in(String normalised) {
        List<Word> message = words(normalised);
        // Each place in the message names the products that match it best; a place overlapping a better match is
        // none ("the packable rain jacket" names that jacket, not the rain jacket of another name). So two names in
        // one message are both named ("the StormShield jacket and the packable rain jacket"): only the full name was,
        // and a comparison of the two got three jackets' cards.
        Map<Span, Integer> bestAt = new java.util.LinkedHashMap<>();
        Map<Product, Match> matches = new java.util.LinkedHashMap<>();
        for (Product p : products) {
            Match match = english(message, names(p.nameEn())).better(chinese(normalised, p.nameZh()));
            if (match.score() > 0) {
                matches.put(p, match);
                bestAt.merge(match.span(), match.score(), Math::max);
            }
        }
        List<Span> kept = new ArrayList<>();
        bestAt.entrySet().stream()
                .sorted(Map.Entry.<Span, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().start()))
                .forEach(e -> {
                    if (kept.stream().noneMatch(k -> overlaps(k, e.getKey()))) {
                        kept.add(e.getKey());
                    }
                });
        List<Product> named = new ArrayList<>();
        for (Map.Entry<Product, Match> e : matches.entrySet()) {
            Span span = e.getValue().span();
            if (kept.contains(span) && e.getValue().score() == bestAt.get(span)) {
                named.add(e.getKey());
            }
        }
        List<Span> spans = new ArrayList<>(kept);
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return new Named(named, spans);
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** How well the message's words name the product: {@link #WHOLE_NAME} plus its length, a run's length, or none. */
    private Match english(List<Word> message, List<String> name) {
        if (name.size() < 2) {
            return Match.NONE;
        }
        Match best = Match.NONE;
        for (int i = 0; i < message.size(); i++) {
            if (i + name.size() <= message.size() && sameWords(message.subList(i, i + name.size()), name)) {
                return new Match(WHOLE_NAME + name.size(),
                        new Span(message.get(i).start(), message.get(i + name.size() - 1).end(), false));
            }
            if (!namingFirstWords.contains(name.getFirst()) || !sameWord(message.get(i).text(), name.getFirst())) {
                continue;
            }
            // The name's last word, its noun, ends the run: what follows it asks about the product ("is the
            // StormShield jacket waterproof?" asked nothing once "waterproof", a word of its name, was read as part of it).
            int j = i + 1;
            while (j < message.size() && containsWord(name.subList(1, name.size()), message.get(j).text())) {
                j++;
                if (sameWord(message.get(j - 1).text(), name.getLast())) {
                    break;
                }
            }
            if (j - i >= 2) {
                best = best.better(new Match(j - i, new Span(message.get(i).start(), message.get(j - 1).end(), false)));
            }
        }
        return best;
    }

    /** How well the message's Chinese names the product: {@link #WHOLE_NAME} plus its length, a run's length, or none. */
    private Match chinese(String message, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int whole = lower.length() >= 2 ? message.indexOf(lower) : -1;
        if (whole >= 0 && lower.codePoints().anyMatch(Character::isIdeographic)) {
            return new Match(WHOLE_NAME + lower.length(), new Span(whole, whole + lower.length(), true));
        }
        if (lower.length() < 2 || !lower.codePoints().allMatch(Character::isIdeographic)
                || !namingFirstCharacters.contains(lower.substring(0, 2))) {
            return Match.NONE;
        }
        Match best = Match.NONE;
        String start = lower.substring(0, 2);
        for (int at = message.indexOf(start); at >= 0; at = message.indexOf(start, at + 1)) {
            int inName = 2;
            int end = at + 2;
            while (end < message.length() && inName < lower.length()) {
                int found = lower.indexOf(message.charAt(end), inName);
                if (found < 0) {
                    break;
                }
                inName = found + 1;
                end++;
            }
            if (inName == lower.length() && end - at >= FEWEST_CHINESE_CHARACTERS) {
                best = best.better(new Match(end - at, new Span(at, end, true)));
            }
        }
        return best;
    }

    private static boolean containsWord(List<String> name, String said) {
        return name.stream().anyMatch(w -> sameWord(said, w));
    }

    private static boolean sameWords(List<Word> message, List<String> name) {
        for (int i = 0; i < name.size(); i++) {
            if (!sameWord(message.get(i).text(), name.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The same word, or its plural ("scarves" is not read: the catalogue's names are what shoppers copy). */
    private static boolean sameWord(String said, String nameWord) {
        return said.equals(nameWord) || said.equals(nameWord + "s") || said.equals(nameWord + "es");
    }

    /** The English words of a name, lower case; one empty word for a name without any. */
    private static List<String> names(String name) {
        List<String> words = words(name.toLowerCase(Locale.ROOT)).stream().map(Word::text).toList();
        return words.isEmpty() ? List.of("") : words;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        return words;
    }
}
