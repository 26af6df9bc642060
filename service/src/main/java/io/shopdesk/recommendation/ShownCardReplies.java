package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.CardQuestion;
import io.shopdesk.recommendation.internal.ComparisonWording;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import io.shopdesk.recommendation.internal.ShownCardQuestion;
import io.shopdesk.recommendation.internal.ValueNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Words the answer to a question about one of the cards the conversation was last shown ({@link ShownCardQuestion}:
 * "第二个有货吗", "how much is the scarf?"): the catalogue's facts about that product ({@link CardFacts}: its price,
 * stock, attributes, instalments, link, the attributes asked about) and its card again; never a fact the catalogue
 * does not have. Five or fewer left says how many;
 * none in stock says so, points to the restock notice (到货提醒, Notify Me) and shows the similar products in stock
 * that the rules let through. A place beyond the cards (there is no such card), a word several cards have, or "it"
 * after several cards none of which was discussed asks which card is meant; a place when none were shown, which product. Several questions in one message (第一个多少钱？有货吗？) are answered
 * one after the other, the card named once (价格是880元，有现货), and questions about several cards card by card, a line
 * each ("what colours do they come in?" after three cards: each card's colour). As
 * {@link ProductReplies} is for the cards, the one place that words these answers. One instance per turn; not shared
 * between threads.
 */
final class ShownCardReplies {
    private final RecommendationTexts texts;
    private final CardFacts facts;
    private final RecommendationSettings settings;
    private final ProductCatalogue catalogue;
    private final String ruleSetVersion;
    private final Language language;

    ShownCardReplies(RecommendationTexts texts, ValueNames names, RecommendationSettings settings,
                     ProductCatalogue catalogue, String ruleSetVersion, Language language) {
        this(texts, names, settings, catalogue, ruleSetVersion, language, null);
    }

    /**
     * @param askedSize the size the message names ("第二个有42码吗", "is the second one available in size 42?": "42"),
     *                  which the answer about sizes says the card comes in or not; null for none
     */
    ShownCardReplies(RecommendationTexts texts, ValueNames names, RecommendationSettings settings,
                     ProductCatalogue catalogue, String ruleSetVersion, Language language, String askedSize) {
        this.texts = texts;
        this.facts = new CardFacts(texts, names, language, askedSize);
        this.settings = settings;
        this.catalogue = catalogue;
        this.ruleSetVersion = ruleSetVersion;
        this.language = language;
    }

    /**
     * The answer to the questions {@code asked} about the {@code shown} products: one card's, or several cards' in turn.
     *
     * @param asked   the questions, one per card, in the order asked ({@code ShownCardMessage}); the first only when
     *                it is not clear which card is meant
     * @param similar the candidates similar to a product sold out that the rules accepted, best first; else empty
     */
    ProductSuggestions answer(List<ShownCardQuestion> asked, List<Product> shown, RecommendationDecision decision,
                              List<Candidate> similar) {
        if (asked.size() == 1) {
            return answer(asked.getFirst(), shown, decision, similar);
        }
        ProductSuggestions first = answer(asked.getFirst(), shown, decision, List.of());
        Map<String, Object> reason = new LinkedHashMap<>(first.reason());
        List<String> texts = new ArrayList<>(List.of(first.text()));
        List<ProductCard> cards = new ArrayList<>(first.cards());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (ShownCardQuestion part : asked) {
            Product product = shown.get(part.position() - 1);
            parts.add(Map.of("sku", product.sku(), "position", part.position(),
                    "questions", part.questions().stream().map(CardQuestion::code).toList()));
            if (part != asked.getFirst()) {
                texts.add(facts.facts(part, product));
                cards.add(card(product, stockLine(product), decision, "catalogue"));
            }
        }
        reason.put("parts", parts);
        // One line per card: "what colours do they come in?" after three cards is three answers.
        return new ProductSuggestions(texts.stream().filter(t -> !t.isEmpty()).collect(Collectors.joining("\n")),
                List.copyOf(cards), reason);
    }

    /**
     * A name that fits several products ("the TrailPeak shoes"): which one is meant, with their cards, so the shopper
     * can point at one ("the second one") or tap it.
     */
    ProductSuggestions whichNamed(List<Product> named, RecommendationDecision decision) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("trigger", decision.getTrigger());
        reason.put("rule", decision.getRule());
        reason.put("ruleSetVersion", ruleSetVersion);
        reason.put("question", "which");
        reason.put("choices", IntStream.rangeClosed(1, named.size()).boxed().toList());
        List<ProductCard> cards = named.stream().map(p -> card(p, stockLine(p), decision, "catalogue")).toList();
        return new ProductSuggestions(text("card.which-named", Map.of("list",
                list(named, IntStream.rangeClosed(1, named.size()).boxed().toList()))), cards, reason);
    }

    /** The answer about one card (or, when it is not clear which, the cards there are). */
    private ProductSuggestions answer(ShownCardQuestion asked, List<Product> shown, RecommendationDecision decision,
                                      List<Candidate> similar) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("trigger", decision.getTrigger());
        reason.put("rule", decision.getRule());
        reason.put("ruleSetVersion", ruleSetVersion);
        reason.put("question", asked.question().code());
        reason.put("shown", shown.stream().map(Product::sku).toList());
        if (shown.isEmpty()) {
            // 第一个容量多大 with no cards shown (after "not sold"): no such card; which product is meant? No products.
            reason.put("beyond", asked.position());
            return new ProductSuggestions(text("card.none-shown", Map.of()), List.of(), reason);
        }
        if (asked.beyondTheCards() || asked.choices().size() == shown.size()) {
            // "The fifth one" after three cards, or "is it in stock?" after three, none discussed: the cards there are.
            reason.put(asked.beyondTheCards() ? "beyond" : "choices",
                    asked.beyondTheCards() ? asked.position() : asked.choices());
            Map<String, String> cards = Map.of("count", String.valueOf(shown.size()), "position",
                    String.valueOf(asked.position()), "list", list(shown, IntStream.rangeClosed(1, shown.size()).boxed().toList()));
            return new ProductSuggestions(text(asked.beyondTheCards() ? "card.beyond" : "card.which-shown", cards),
                    List.of(), reason);
        }
        if (!asked.aboutACard()) {
            // "the perfume" when two of the cards are perfumes.
            reason.put("choices", asked.choices());
            return new ProductSuggestions(text("card.which", Map.of("list", list(shown, asked.choices()))), List.of(), reason);
        }
        Product product = shown.get(asked.position() - 1);
        reason.put("sku", product.sku());
        reason.put("position", asked.position());
        reason.put("stock", product.stock());
        if (asked.questions().size() > 1) {
            reason.put("questions", asked.questions().stream().map(CardQuestion::code).toList());
        }
        if (!asked.attributes().isEmpty()) {
            // What was asked and which of its attributes the catalogue lists for the product (none: "not listed").
            reason.put("attributes", asked.attributes().stream().map(a -> Map.of("asked", a.term(), "attributes",
                    a.attributes(), "listed", a.attributes().stream().filter(product.attributes()::containsKey).toList())).toList());
        }
        List<ProductCard> cards = new ArrayList<>();
        cards.add(card(product, stockLine(product), decision, "catalogue"));
        String text = facts.facts(asked, product);
        if (asked.questions().contains(CardQuestion.BUY) && product.inStock()) {
            reason.put("link", cards.getFirst().link());
        }
        if (!product.inStock()) {
            List<Candidate> others = similar.stream().limit(Math.max(0, settings.maxCards() - 1)).toList();
            reason.put("similar", others.stream().map(Candidate::getSku).toList());
            text = join(text, others.isEmpty() ? "" : text("card.similar", Map.of()));
            String like = text("card.why.similar", Map.of("product", product.name(language)));
            others.forEach(c -> cards.add(card(catalogue.find(c.getSku()).orElseThrow(), like, decision, c.getModel())));
        }
        return new ProductSuggestions(text, List.copyOf(cards), reason);
    }

    /** The card of a product asked about or compared, its "why" line its stock. */
    ProductCard cardAgain(Product product, RecommendationDecision decision) {
        return card(product, stockLine(product), decision, "catalogue");
    }

    private String stockLine(Product product) {
        return !product.inStock() ? text("card.why.sold-out", Map.of())
                : product.stock() <= CardFacts.LOW_STOCK ? text("card.why.low", Map.of("stock", String.valueOf(product.stock())))
                : text("card.why.in-stock", Map.of());
    }

    /**
     * The card of a product as the shopper saw it, with a line of fact instead of why it was suggested; {@code model}
     * "catalogue" for the card asked about, else the model that ranked the similar product.
     */
    private ProductCard card(Product product, String line, RecommendationDecision decision, String model) {
        return new ProductCard(product.sku(), product.name(language), product.price(), "CNY", line,
                settings.linkPrefix() + product.sku(), false, decision.getRule(), model);
    }

    /** "第1款花香浓香水50ml、第3款木质香水100ml", "1. Floral Eau de Parfum 50ml, 3. Woody Eau de Parfum 100ml". */
    private String list(List<Product> shown, List<Integer> positions) {
        return positions.stream().map(at -> text("card.list-item", Map.of("position", String.valueOf(at),
                        "name", shown.get(at - 1).name(language))))
                .collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
    }

    /** Sentences one after another: nothing between them in Chinese, a space in English. */
    String join(String... sentences) {
        return facts.join(sentences);
    }

    String text(String key, Map<String, String> values) {
        return facts.text(key, values);
    }

    /** How the answers comparing cards say a card, a value per card and a list, in this reply's language. */
    ComparisonWording wording() {
        return new ComparisonWording(texts, language);
    }
}
