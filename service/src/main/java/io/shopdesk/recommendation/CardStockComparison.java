package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.CardComparison;
import io.shopdesk.recommendation.internal.ComparisonWording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which of the cards compared are in stock (哪个有货, 哪个还有货, "which one is in stock?"), from the catalogue as it is
 * now: those in stock by place and name, how many are left of each with {@link CardFacts#LOW_STOCK} or fewer,
 * and those sold out with the restock notice. When one card only is in stock, "it" next means that card ({@link
 * #pointedTo}). One instance per turn; not shared between threads.
 */
final class CardStockComparison {
    private final ShownCardReplies cards;
    private final ComparisonWording wording;

    CardStockComparison(ShownCardReplies cards, ComparisonWording wording) {
        this.cards = cards;
        this.wording = wording;
    }

    /** The one card in stock among those compared, when it is one only; null otherwise or for other comparisons. */
    static String pointedTo(CardComparison comparison, List<Product> shown) {
        if (!comparison.clear() || comparison.aspect() != CardComparison.Aspect.IN_STOCK) {
            return null;
        }
        List<Product> inStock = comparison.positions().stream().map(p -> shown.get(p - 1)).filter(Product::inStock).toList();
        return inStock.size() == 1 ? inStock.getFirst().sku() : null;
    }

    String answer(List<Integer> at, List<Product> compared) {
        List<Product> inStock = compared.stream().filter(Product::inStock).toList();
        List<Product> soldOut = compared.stream().filter(p -> !p.inStock()).toList();
        if (inStock.isEmpty()) {
            return text("card.compare.in-stock.none", Map.of("list", wording.items(at, compared)));
        }
        List<String> few = new ArrayList<>();
        for (Product product : inStock) {
            if (product.stock() <= CardFacts.LOW_STOCK) {
                few.add(text("card.compare.in-stock.left", Map.of("position",
                        String.valueOf(at.get(compared.indexOf(product))), "stock", String.valueOf(product.stock()))));
            }
        }
        return cards.join(
                text(soldOut.isEmpty() ? "card.compare.in-stock.all" : "card.compare.in-stock.some",
                        Map.of("list", wording.items(at, compared, inStock))),
                few.isEmpty() ? "" : text("card.compare.in-stock.few", Map.of("list", wording.joined(few, false))),
                soldOut.isEmpty() ? "" : text("card.compare.in-stock.sold-out",
                        Map.of("list", wording.items(at, compared, soldOut))));
    }

    private String text(String key, Map<String, String> values) {
        return wording.text(key, values);
    }
}
