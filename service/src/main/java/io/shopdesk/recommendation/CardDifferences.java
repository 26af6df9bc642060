package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.ComparisonWording;
import io.shopdesk.recommendation.internal.ValueNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What differs between cards compared, side by side, from the catalogue only: the price (and by how much, or which
 * is cheapest), then brand, the attributes the value names label (colour, shade, size, material) that two cards at
 * least have and not all alike, stock and instalments; what all share is said in a word (都有现货) or not at all. The
 * body of the "what's the difference?" and "which is better?" answers. One instance per turn; not shared between
 * threads.
 */
final class CardDifferences {
    private final ShownCardReplies cards;
    private final ComparisonWording wording;
    private final CardPriceComparison prices;
    private final ValueNames names;
    private final Language language;

    CardDifferences(ShownCardReplies cards, ComparisonWording wording, CardPriceComparison prices, ValueNames names,
                    Language language) {
        this.cards = cards;
        this.wording = wording;
        this.prices = prices;
        this.names = names;
        this.language = language;
    }

    String sideBySide(List<Integer> at, List<Product> compared) {
        List<String> rows = new ArrayList<>();
        rows.add(prices.row(at, compared));
        if (compared.stream().map(Product::brand).distinct().count() > 1) {
            rows.add(wording.row(text("card.compare.label.brand"), at, compared, Product::brand));
        }
        for (String attribute : names.labelledAttributes()) {
            List<String> values = compared.stream().map(p -> p.attributes().get(attribute)).toList();
            if (values.stream().filter(Objects::nonNull).count() >= 2 && values.stream().distinct().count() > 1) {
                rows.add(wording.row(names.label(attribute, language), at, compared,
                        p -> p.attributes().containsKey(attribute)
                                ? names.value(attribute, p.attributes().get(attribute), language)
                                : text("card.compare.unlisted")));
            }
        }
        boolean plenty = compared.stream().allMatch(p -> p.stock() > CardFacts.LOW_STOCK);
        rows.add(plenty ? text("card.compare.all-in-stock")
                : wording.row(text("card.compare.label.stock"), at, compared, this::stock));
        long instalments = compared.stream().filter(Product::instalments).count();
        if (instalments == compared.size()) {
            rows.add(text("card.compare.all-instalments"));
        } else if (instalments > 0) {
            rows.add(wording.row(text("card.compare.label.instalments"), at, compared, p -> text(p.instalments()
                    ? "card.compare.instalments.yes" : "card.compare.instalments.no")));
        }
        return cards.join(rows.toArray(String[]::new));
    }

    private String stock(Product product) {
        return !product.inStock() ? text("card.compare.stock.out")
                : product.stock() <= CardFacts.LOW_STOCK
                ? wording.text("card.compare.stock.low", Map.of("stock", String.valueOf(product.stock())))
                : text("card.compare.stock.in");
    }

    private String text(String key) {
        return wording.text(key, Map.of());
    }
}
