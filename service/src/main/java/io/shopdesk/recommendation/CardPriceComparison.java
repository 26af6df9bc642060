package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.CardComparison;
import io.shopdesk.recommendation.internal.ComparisonWording;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The prices of cards compared: "which one is cheaper?" (or dearer) answered with the card and by how much, or that
 * they cost the same, and the price row of a side-by-side answer. Apart from {@link CardComparisonReplies} because the
 * card it names is also the one "it" next points to ({@link #pointedTo}). One instance per turn; not shared between
 * threads (the {@link ShownCardReplies} it words with is not).
 */
final class CardPriceComparison {
    private final ShownCardReplies cards;
    private final ComparisonWording wording;
    private final Language language;

    CardPriceComparison(ShownCardReplies cards, ComparisonWording wording, Language language) {
        this.cards = cards;
        this.wording = wording;
        this.language = language;
    }

    /**
     * The card "which one is cheaper?" (or dearer) points to, when one is: "it" next means that card. Null for other
     * comparisons, for a tie and when it is not clear which cards are compared.
     */
    static String pointedTo(CardComparison comparison, List<Product> shown) {
        boolean cheaper = comparison.aspect() == CardComparison.Aspect.CHEAPER;
        if (!comparison.clear() || !cheaper && comparison.aspect() != CardComparison.Aspect.PRICIER) {
            return null;
        }
        List<Product> compared = comparison.positions().stream().map(p -> shown.get(p - 1)).toList();
        List<Product> best = extremes(compared, cheaper);
        return best.size() == 1 ? best.getFirst().sku() : null;
    }

    /** The cheapest (or dearest) of the products, several when they cost the same. */
    static List<Product> extremes(List<Product> compared, boolean cheapest) {
        BigDecimal price = compared.stream().map(Product::price)
                .reduce(cheapest ? BigDecimal::min : BigDecimal::max).orElseThrow();
        return compared.stream().filter(p -> p.price().compareTo(price) == 0).toList();
    }

    /** Which is cheaper (or dearer), by how much, or that they cost the same; and whether it is sold out. */
    String answer(List<Integer> at, List<Product> compared, boolean cheaper) {
        List<Product> best = extremes(compared, cheaper);
        if (best.size() == compared.size()) {
            return text("card.compare.same-price", Map.of("price", CardFacts.price(compared.getFirst().price())));
        }
        Product winner = best.getFirst();
        int position = at.get(compared.indexOf(winner));
        String answer;
        if (compared.size() == 2) {
            Product other = compared.get(1 - compared.indexOf(winner));
            answer = text(cheaper ? "card.compare.cheaper" : "card.compare.pricier", Map.of("position", String.valueOf(position),
                    "name", winner.name(language), "price", CardFacts.price(winner.price()),
                    "other", String.valueOf(at.get(compared.indexOf(other))),
                    "difference", CardFacts.price(winner.price().subtract(other.price()).abs())));
        } else {
            List<Integer> rest = IntStream.range(0, compared.size()).filter(i -> !best.contains(compared.get(i)))
                    .boxed().toList();
            String others = wording.joined(rest.stream().map(i -> wording.value(at.get(i), text("card.compare.price",
                    Map.of("price", CardFacts.price(compared.get(i).price()))))).toList(), false);
            answer = best.size() == 1
                    ? text(cheaper ? "card.compare.cheapest" : "card.compare.priciest", Map.of("position", String.valueOf(position),
                    "name", winner.name(language), "price", CardFacts.price(winner.price()), "others", others))
                    : text(cheaper ? "card.compare.cheapest.several" : "card.compare.priciest.several",
                    Map.of("list", wording.positions(at, compared, best),
                    "price", CardFacts.price(winner.price()), "others", others));
        }
        return best.size() == 1 && !winner.inStock()
                ? cards.join(answer, text("card.compare.sold-out", Map.of("position", String.valueOf(position))))
                : answer;
    }

    /** The price row of a side-by-side answer: each card's price, and by how much or which is cheapest. */
    String row(List<Integer> at, List<Product> compared) {
        List<Product> cheapest = extremes(compared, true);
        if (cheapest.size() == compared.size()) {
            return text("card.compare.same-price", Map.of("price", CardFacts.price(compared.getFirst().price())));
        }
        String values = wording.values(at, compared,
                p -> text("card.compare.price", Map.of("price", CardFacts.price(p.price()))));
        String label = text("card.compare.label.price", Map.of());
        if (cheapest.size() > 1) {
            return text("card.compare.row", Map.of("label", label, "values", values));
        }
        String position = String.valueOf(at.get(compared.indexOf(cheapest.getFirst())));
        if (compared.size() == 2) {
            BigDecimal difference = compared.get(0).price().subtract(compared.get(1).price()).abs();
            return text("card.compare.row.cheaper", Map.of("label", label, "values", values, "position", position,
                    "difference", CardFacts.price(difference)));
        }
        return text("card.compare.row.cheapest", Map.of("label", label, "values", values, "position", position));
    }

    private String text(String key, Map<String, String> values) {
        return wording.text(key, values);
    }
}
