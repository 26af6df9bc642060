package io.shopdesk.recommendation;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A product a shopper named in a message, as the products stage found it: a catalogue product by its name
 * ({@code sku}), or a category word ({@code word}: "beanie", 围巾, "clothes", in {@code category}). {@code shown}: how
 * the shopper called it, for a reply to repeat (the name as typed, a Chinese word as HanLP cut it: 帽子 for the
 * category word 帽). The dialogue keeps those named with a request about an order ("I want to return the beanie") and
 * asks, once the order is known, whether the order has them ({@link RecommendationService#notAmong}). Immutable.
 */
public record ProductMention(String sku, String word, String category, String shown) {

    /** The longest Chinese word a category word is widened to for {@link #shown}. */
    private static final int LONGEST_SHOWN_WORD = 6;

    /** The products a message names, in the order named, each once. */
    public static List<ProductMention> in(Analysis analysis) {
        Map<String, ProductMention> named = new LinkedHashMap<>();
        for (Entity e : analysis.entities()) {
            ProductMention mention = switch (e.type()) {
                case Entity.PRODUCT -> new ProductMention(e.value(), null, null, e.text());
                case Entity.CATEGORY -> new ProductMention(null, e.text().toLowerCase(Locale.ROOT), e.value(),
                        shownWord(analysis.tokens(), e));
                default -> null;
            };
            if (mention != null) {
                named.putIfAbsent(mention.shown().toLowerCase(Locale.ROOT), mention);
            }
        }
        return List.copyOf(new ArrayList<>(named.values()));
    }

    /**
     * Whether one of {@code items} (an order's, as catalogue products) is this product: the product named, or one whose
     * name has the name given ("AirFlow Running Shoes" for the women's ones); for a word, one whose name or tags have it
     * ({@link ProductQuery#matchesTerm}: "beanie" in "Wool Blend Beanie", 外套 in a jacket's tags; a Chinese word ending
     * in the noun suffix 子 also by its stem, 鞋 of 鞋子 in 帆布鞋), or, for a word that names a whole category
     * ({@code wholeCategoryWord}: "clothes", 衣服) or is the category's own name ("shoes"), one of that category. A word
     * no product of {@code catalogue} is named or tagged by is taken to be among them: what kind of product it means
     * cannot be told.
     */
    public boolean isAmong(List<Product> items, ProductCatalogue catalogue, Predicate<String> wholeCategoryWord) {
        if (sku != null) {
            String name = shown.toLowerCase(Locale.ROOT);
            return items.stream().anyMatch(p -> p.sku().equals(sku) || p.nameEn().toLowerCase(Locale.ROOT).contains(name)
                    || p.nameZh().contains(shown));
        }
        if (wholeCategoryWord.test(word) || word.equals(category) || (word + "s").equals(category)) {
            return items.stream().anyMatch(p -> p.category().equals(category));
        }
        List<ProductQuery> byWord = forms().stream().map(ProductQuery.ANY::withTerm).toList();
        return items.stream().anyMatch(p -> byWord.stream().anyMatch(q -> q.matchesTerm(p)))
                || catalogue.all().stream().noneMatch(p -> byWord.stream().anyMatch(q -> q.matchesTerm(p)));
    }

    /** The word, and for a Chinese noun with the suffix 子 (鞋子, 帽子, 裤子) its stem too (鞋, 帽, 裤). */
    private List<String> forms() {
        boolean chinese = word.codePoints().allMatch(Character::isIdeographic);
        return chinese && word.length() >= 2 && word.endsWith("子")
                ? List.of(word, word.substring(0, word.length() - 1)) : List.of(word);
    }

    /** A Chinese category word as the shopper wrote it: the HanLP word it lies in (帽子 for 帽), else the word itself. */
    private static String shownWord(List<Token> tokens, Entity e) {
        return tokens.stream()
                .filter(t -> t.start() <= e.start() && t.end() >= e.end() && t.text().length() <= LONGEST_SHOWN_WORD)
                .filter(t -> t.text().codePoints().allMatch(Character::isIdeographic))
                .map(Token::text)
                .findFirst()
                .orElse(e.text());
    }
}
