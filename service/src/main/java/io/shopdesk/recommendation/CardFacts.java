package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.CardQuestion;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import io.shopdesk.recommendation.internal.ShownCardQuestion;
import io.shopdesk.recommendation.internal.ValueNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the catalogue says about one card shown, in answer to each question asked of it ({@link ShownCardQuestion}):
 * its price, stock (how many when {@link #LOW_STOCK} or fewer are left), sizes, colour, instalments, details and
 * link, and the attributes asked about ({@link CardAttributeReplies}); never a fact the catalogue does not have.
 * Apart from {@link ShownCardReplies}, which puts these sentences into a reply with the cards and the agent's reason,
 * because these are the facts and that is the reply. One instance per turn, made with that turn's texts; not shared
 * between threads.
 */
final class CardFacts {
    /** At or below this many left, the answer says how many (and, above it, only that there are some). */
    static final int LOW_STOCK = 5;

    private final RecommendationTexts texts;
    private final ValueNames names;
    private final Language language;
    /** The size the message names, or null. */
    private final String askedSize;

    /**
     * @param askedSize the size the message names ("第二个有42码吗", "is the second one available in size 42?": "42"),
     *                  which the answer about sizes says the card comes in or not; null for none
     */
    CardFacts(RecommendationTexts texts, ValueNames names, Language language, String askedSize) {
        this.texts = texts;
        this.names = names;
        this.language = language;
        this.askedSize = askedSize;
    }

    /**
     * What the catalogue says to each question about one card, in the order asked: the first names the card, the
     * others follow on without its name ({@code .also} texts: 价格是880元，有现货); the details tell the price, stock
     * and instalments, which are then not said again. A card sold out is said to be, once, at the end.
     */
    String facts(ShownCardQuestion asked, Product product) {
        List<CardQuestion> questions = asked.questions().contains(CardQuestion.DETAILS)
                ? asked.questions().stream().filter(q -> q != CardQuestion.PRICE && q != CardQuestion.STOCK
                && q != CardQuestion.INSTALMENTS).toList()
                : asked.questions();
        questions = forAskedSize(questions, product);
        String text = "";
        for (CardQuestion question : questions) {
            String fact = question == CardQuestion.ATTRIBUTE
                    ? new CardAttributeReplies(names, language, this::text).facts(asked.attributes(), product,
                    text.isEmpty() ? "" : ".also")
                    : fact(question, asked.askedColour(), product, text.isEmpty() ? "" : ".also");
            if (!text.isEmpty() && !fact.isEmpty() && language == Language.ZH && text.endsWith("。") && !text.contains("：")) {
                // 价格是880元，有现货: one sentence in Chinese, as a shop assistant would say it.
                text = text.substring(0, text.length() - 1) + "，";
            }
            text = language == Language.ZH || text.isEmpty() || fact.isEmpty() ? text + fact : text + " " + fact;
        }
        return product.inStock() ? text : join(text, text("card.sold-out", Map.of("name", product.name(language))));
    }

    /**
     * "Is the StormShield jacket available in XL?": whether it is in stock is asked of a size, which the answer about
     * stock alone left out ("Yes, we have it in stock", whatever the size). With a size named and no question about
     * sizes, a product with sizes is answered first for that size (SIZES: it comes in it or not, with its sizes); its
     * stock follows only when it comes in that size (the catalogue keeps one stock per product, not per size, so the
     * stock is never said of a size it does not come in).
     */
    private List<CardQuestion> forAskedSize(List<CardQuestion> questions, Product product) {
        if (askedSize == null || questions.contains(CardQuestion.SIZES) || !questions.contains(CardQuestion.STOCK)
                || !product.attributes().containsKey("size")) {
            return questions;
        }
        boolean comesInIt = product.has(ProductQuery.SIZE, askedSize);
        List<CardQuestion> sized = new ArrayList<>();
        sized.add(CardQuestion.SIZES);
        questions.stream().filter(q -> comesInIt || q != CardQuestion.STOCK).forEach(sized::add);
        return List.copyOf(sized);
    }

    /**
     * What the catalogue says to the question; empty for stock or buying when the product is sold out (said after).
     *
     * @param also "" for the first question about the card, ".also" for a question after it (the text without its name)
     */
    private String fact(CardQuestion question, String askedColour, Product product, String also) {
        String name = product.name(language);
        Map<String, String> named = Map.of("name", name);
        return switch (question) {
            case STOCK -> !product.inStock() ? ""
                    : product.stock() <= LOW_STOCK ? text("card.stock.low" + also, Map.of("name", name, "stock", String.valueOf(product.stock())))
                    : text("card.stock" + also, named);
            case PRICE -> text("card.price" + also, Map.of("name", name, "price", price(product.price())));
            case SIZES -> !product.attributes().containsKey("size") ? text("card.sizes.none" + also, named)
                    : askedSize == null ? text("card.sizes" + also, Map.of("name", name, "sizes", value(product, "size")))
                    // "第二个有42码吗": yes or no, with the sizes it comes in.
                    : text((product.has(ProductQuery.SIZE, askedSize) ? "card.size.yes" : "card.size.no") + also,
                    Map.of("name", name, "sizes", value(product, "size"), "size", askedSize,
                            "comes", CardAttributeReplies.predicate("come", CardAttributeReplies.plural(product, language))));
            case COLOURS -> colour(product, askedColour, also);
            // Without instalments: the price, so the text can say why (instalments start at a price the card is below).
            case INSTALMENTS -> text((product.instalments() ? "card.instalments" : "card.instalments.none") + also,
                    Map.of("name", name, "price", price(product.price())));
            case DETAILS -> details(product);
            case ATTRIBUTE -> throw new IllegalArgumentException("An attribute question is worded by CardAttributeReplies");
            case BUY -> !product.inStock() ? ""
                    : join(text("card.buy" + also, named), product.stock() <= LOW_STOCK
                    ? text("card.details.low", Map.of("stock", String.valueOf(product.stock()))) : "");
        };
    }

    /** The product's colour (its shade for make-up), and whether it is the one asked for. */
    private String colour(Product product, String askedColour, String also) {
        String attribute = product.attributes().containsKey("color") ? "color"
                : product.attributes().containsKey("shade") ? "shade" : null;
        String name = product.name(language);
        if (attribute == null) {
            return text("card.colours.none" + also, Map.of("name", name));
        }
        String colour = value(product, attribute);
        // "The TrailPeak Trail Running Shoes come in green", "The Cashmere Scarf comes in burgundy".
        String comes = CardAttributeReplies.predicate("come", CardAttributeReplies.plural(product, language));
        if (askedColour == null) {
            return text("card.colours" + also, Map.of("name", name, "colour", colour, "comes", comes));
        }
        return hasColour(product, askedColour) ? text("card.colour.yes" + also, Map.of("name", name, "colour", colour))
                : text("card.colour.no" + also, Map.of("name", name, "colour", colour, "comes", comes,
                "asked", names.value("color", askedColour, language)));
    }

    /** Whether the product is of the colour asked (its shade for make-up): ruby red is a red, sky blue a blue. */
    static boolean hasColour(Product product, String askedColour) {
        String actual = product.attributes().getOrDefault("color", product.attributes().get("shade"));
        if (actual == null) {
            return false;
        }
        actual = actual.toLowerCase(Locale.ROOT);
        return actual.equals(askedColour) || List.of(actual.split("_")).contains(askedColour);
    }

    /** Brand and price, the attributes the value names label (colour, size, material), stock and instalments. */
    private String details(Product product) {
        String opening = text("card.details", Map.of("name", product.name(language), "brand", product.brand(),
                "price", price(product.price())));
        String attributes = names.labelledAttributes().stream().filter(product.attributes()::containsKey)
                .map(a -> text("card.details.attribute", Map.of("label", names.label(a, language), "value", value(product, a))))
                .collect(Collectors.joining(language == Language.ZH ? "；" : "; "));
        if (!attributes.isEmpty()) {
            attributes = (language == Language.ZH ? attributes : attributes.substring(0, 1).toUpperCase(Locale.ROOT)
                    + attributes.substring(1)) + (language == Language.ZH ? "。" : ".");
        }
        String stock = !product.inStock() ? "" : product.stock() <= LOW_STOCK
                ? text("card.details.low", Map.of("stock", String.valueOf(product.stock())))
                : text("card.details.in-stock", Map.of());
        return join(opening, attributes, stock, product.instalments() ? text("card.details.instalments", Map.of()) : "");
    }

    private String value(Product product, String attribute) {
        return names.value(attribute, product.attributes().get(attribute), language);
    }

    /** Sentences one after another: nothing between them in Chinese, a space in English. */
    String join(String... sentences) {
        return Arrays.stream(sentences).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(language == Language.ZH ? "" : " "));
    }

    String text(String key, Map<String, String> values) {
        return texts.text(language, key, values);
    }

    /** A price as the catalogue has it: whole yuan with thousands separators (1,299), else with its fen (39.90). */
    static String price(BigDecimal price) {
        return price.stripTrailingZeros().scale() <= 0
                ? String.format(Locale.ROOT, "%,d", price.longValueExact())
                : String.format(Locale.ROOT, "%,.2f", price);
    }
}
