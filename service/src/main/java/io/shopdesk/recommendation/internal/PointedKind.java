package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductCatalogue;
import io.shopdesk.recommendation.ProductQuery;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A kind of product a Chinese shopper points at with 这个 / 那个 when the conversation has shown no card: 那个口红多少钱,
 * 这件羽绒服有货吗. With no card to point at, such a question was told no product had been shown and asked which one
 * (stop 30), though it names the kind: when few catalogue products are of it (at most {@link #MOST_PRODUCTS}, by name or
 * tag), the question is about them, as about products named ({@link NamedProductQuestion}): one lipstick gets its price,
 * three down jackets are shown for the shopper to pick. Only a question of price, stock or colours: which size to choose
 * (这个冲锋衣选多大) is the size guide's. A kind many products are (耳机, 鞋) or a whole category
 * (衣服) still asks which product. Stateless and thread-safe.
 */
public final class PointedKind {
    static final int MOST_PRODUCTS = 3;
    private static final Pattern POINTED = Pattern.compile(
            "(?:这|那)一?(?:个|款|件|条|双|支|瓶|样|种|套|只|台|把|盒|顶|块|张)$");

    /** What a question about the kind may ask: its price, stock or colours. */
    private static final java.util.Set<CardQuestion> ASKED = java.util.EnumSet.of(CardQuestion.PRICE, CardQuestion.STOCK,
            CardQuestion.COLOURS);

    /** The shop's own kind of product: 你们家的羽绒服, 你们店的, 贵店的, 店里的. */
    private static final Pattern THE_SHOPS = Pattern.compile("(?:你们家|你们店|你家|贵店|店里|咱家|你们)的?$");

    private PointedKind() {
    }

    /**
     * The products of the kind a question about a property asks of the shop's range: 你们家的羽绒服保暖吗, 你们的冲锋衣防水吗.
     * It got the kind's cards without a word on the property; each product's answer is given (the kind word reads as
     * 它们), then its card. Only with no card shown, a property of {@code attribute-questions.csv}, and a kind of at most
     * {@link #MOST_PRODUCTS} products; {@link NamedProducts.Named#NONE} otherwise.
     */
    public static NamedProducts.Named ofTheShop(Analysis analysis, ProductCatalogue catalogue,
                                                Predicate<String> wholeCategoryWord, AttributeQuestionWords attributeWords) {
        String message = ShownCardQuestion.normalise(analysis.text());
        if (attributeWords.in(message).isEmpty()) {
            return NamedProducts.Named.NONE;
        }
        for (Entity kind : analysis.entities(Entity.CATEGORY)) {
            String word = ShownCardQuestion.normalise(kind.text());
            int at = message.indexOf(word);
            java.util.regex.Matcher shops = THE_SHOPS.matcher(at < 0 ? "" : message.substring(0, at));
            if (word.isEmpty() || at < 0 || wholeCategoryWord.test(word) || !shops.find()) {
                continue;
            }
            ProductQuery ofKind = ProductQuery.ANY.withTerm(word);
            List<Product> products = catalogue.all().stream().filter(ofKind::matchesTerm).toList();
            if (!products.isEmpty() && products.size() <= MOST_PRODUCTS) {
                // 你们家的羽绒服 as a whole is what 它们 stands for.
                return new NamedProducts.Named(products,
                        List.of(new NamedProducts.Span(shops.start(), at + word.length(), true, true)));
            }
        }
        return NamedProducts.Named.NONE;
    }

    /**
     * The products of the kind the message points at, with where the kind word stands in the normalised message
     * ({@link ShownCardQuestion#normalise}); {@link NamedProducts.Named#NONE} when it points at none, or at a kind
     * with no product, too many, or a whole category.
     *
     * @param wholeCategoryWord whether a word names a whole category ({@code whole-category-words.csv}: 衣服)
     */
    public static NamedProducts.Named in(Analysis analysis, ProductCatalogue catalogue,
                                         Predicate<String> wholeCategoryWord) {
        String message = ShownCardQuestion.normalise(analysis.text());
        List<CardQuestion> asked = CardQuestionWords.asked(message, null);
        if (asked.isEmpty() || !ASKED.containsAll(asked)) {
            // 我平时穿M码 这个冲锋衣选多大 asks for the size guide, not the sizes of the shop's jackets.
            return NamedProducts.Named.NONE;
        }
        for (Entity kind : analysis.entities(Entity.CATEGORY)) {
            String word = ShownCardQuestion.normalise(kind.text());
            int at = message.indexOf(word);
            if (word.isEmpty() || at < 0 || wholeCategoryWord.test(word) || !POINTED.matcher(message.substring(0, at)).find()) {
                continue;
            }
            ProductQuery ofKind = ProductQuery.ANY.withTerm(word);
            List<Product> products = catalogue.all().stream().filter(ofKind::matchesTerm).toList();
            if (!products.isEmpty() && products.size() <= MOST_PRODUCTS) {
                return new NamedProducts.Named(products, List.of(new NamedProducts.Span(at, at + word.length(), true)));
            }
        }
        return NamedProducts.Named.NONE;
    }
}
