package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.CardComparison;
import io.shopdesk.recommendation.internal.ComparisonWording;
import io.shopdesk.recommendation.internal.RatingSummary;
import io.shopdesk.recommendation.internal.ValueNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Words the answer to a comparison of cards just shown ({@link CardComparison}: 第二个和第三个哪个好, "which one is
 * cheaper?", "what's the difference between the scarf and the lipstick?") from what the shop knows, never a judgement
 * it cannot make: the catalogue's facts side by side where they differ ({@link CardDifferences}); "which is cheaper"
 * names the cheaper card and by how much ({@link CardPriceComparison}); "which is better" adds what the shop's data
 * says ({@link CardShopperSignals}); "which one is in stock?" names those in stock and how many are left when few
 * ({@link CardStockComparison}). The cards compared are shown again, their stock as their line. This class puts
 * the reply and its reason together; the parts word themselves. One instance per turn; not shared between threads.
 */
final class CardComparisonReplies {

    /**
     * What the shop knows of the cards compared beyond the catalogue.
     *
     * @param shoppers     sku to how many shoppers viewed, bought or rated it ({@link ShopperRecommender#shoppersOf})
     * @param ratings      sku to the shoppers' own ratings of it; a card nobody rated is not in it
     * @param wantedColour the colour the shopper asked about or asked for ("black"), or null
     */
    record Signals(Map<String, Integer> shoppers, Map<String, RatingSummary> ratings, String wantedColour) {
        static final Signals NONE = new Signals(Map.of(), Map.of(), null);
    }

    private final ShownCardReplies cards;
    private final ComparisonWording wording;
    private final CardPriceComparison prices;
    private final CardDifferences differences;
    private final CardShopperSignals shopData;
    private final CardStockComparison stock;
    private final String ruleSetVersion;
    private final Language language;

    CardComparisonReplies(ShownCardReplies cards, ValueNames names, String ruleSetVersion, Language language) {
        this.cards = cards;
        this.wording = cards.wording();
        this.prices = new CardPriceComparison(cards, wording, language);
        this.differences = new CardDifferences(cards, wording, prices, names, language);
        this.shopData = new CardShopperSignals(wording, names, language);
        this.stock = new CardStockComparison(cards, wording);
        this.ruleSetVersion = ruleSetVersion;
        this.language = language;
    }

    ProductSuggestions answer(CardComparison comparison, List<Product> shown, RecommendationDecision decision,
                              Signals signals) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("trigger", decision.getTrigger());
        reason.put("rule", decision.getRule());
        reason.put("ruleSetVersion", ruleSetVersion);
        reason.put("question", "compare");
        reason.put("aspect", comparison.aspect().code());
        reason.put("shown", shown.stream().map(Product::sku).toList());
        if (shown.isEmpty()) {
            // 这个和那个有什么区别 with no cards shown in the conversation: which two products are meant.
            return new ProductSuggestions(wording.text("card.compare.none-shown", Map.of()), List.of(), reason);
        }
        if (!comparison.clear()) {
            String list = String.join(language == Language.ZH ? "、" : ", ", IntStream.rangeClosed(1, shown.size())
                    .mapToObj(at -> wording.text("card.list-item", Map.of("position", String.valueOf(at),
                            "name", shown.get(at - 1).name(language)))).toList());
            return new ProductSuggestions(wording.text("card.compare.which", Map.of("list", list)), List.of(), reason);
        }
        List<Integer> at = comparison.positions();
        List<Product> compared = at.stream().map(p -> shown.get(p - 1)).toList();
        reason.put("compared", compared.stream().map(Product::sku).toList());
        reason.put("positions", at);
        String pointed = pointedTo(comparison, shown);
        if (pointed != null) {
            reason.put("sku", pointed);
        }
        String text = switch (comparison.aspect()) {
            case CHEAPER, PRICIER -> prices.answer(at, compared, comparison.aspect() == CardComparison.Aspect.CHEAPER);
            case DIFFERENCE -> cards.join(wording.text("card.compare.difference",
                    Map.of("list", wording.items(at, compared))), differences.sideBySide(at, compared));
            case BETTER -> better(at, compared, signals, reason);
            case IN_STOCK -> {
                reason.put("inStock", compared.stream().filter(Product::inStock).map(Product::sku).toList());
                yield stock.answer(at, compared);
            }
        };
        return new ProductSuggestions(text, compared.stream().map(p -> cards.cardAgain(p, decision)).toList(), reason);
    }

    /**
     * The card the answer points to, when one is: "it" next means that card. The cheaper (or dearer) one, or the one
     * card in stock; null when none is (see {@link CardPriceComparison#pointedTo}, {@link
     * CardStockComparison#pointedTo}).
     */
    static String pointedTo(CardComparison comparison, List<Product> shown) {
        return comparison.aspect() == CardComparison.Aspect.IN_STOCK
                ? CardStockComparison.pointedTo(comparison, shown)
                : CardPriceComparison.pointedTo(comparison, shown);
    }

    /** Which is better: no quality judged; the differences, then what the shop's data says. */
    private String better(List<Integer> at, List<Product> compared, Signals signals, Map<String, Object> reason) {
        Map<String, Integer> shoppers = new LinkedHashMap<>();
        compared.forEach(p -> shoppers.put(p.sku(), signals.shoppers().getOrDefault(p.sku(), 0)));
        reason.put("shoppers", shoppers);
        String popular = CardShopperSignals.mostPopular(compared, shoppers);
        if (popular != null) {
            reason.put("popular", popular);
        }
        return cards.join(wording.text("card.compare.better", Map.of("list", wording.items(at, compared))),
                differences.sideBySide(at, compared), shopData.popularity(at, compared, shoppers, popular),
                shopData.ratings(at, compared, signals.ratings()), shopData.wanted(at, compared, signals.wantedColour()));
    }
}
