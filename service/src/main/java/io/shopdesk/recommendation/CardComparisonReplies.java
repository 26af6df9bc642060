package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.CardComparison;
import io.shopdesk.recommendation.internal.RatingSummary;
import io.shopdesk.recommendation.internal.ValueNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Words the answer to a comparison of cards just shown ({@link CardComparison}: 第二个和第三个哪个好, "which one is
 * cheaper?", "what's the difference between the scarf and the lipstick?") from what the shop knows, never a judgement
 * it cannot make: the catalogue's price, brand, colour, size and material, stock and instalments, side by side where
 * they differ; for "which is better", also which card more shoppers here viewed or bought (the interactions the
 * models learn from, said only when clearly more), the shoppers' own ratings (from {@link #MIN_RATINGS} up, with
 * their count), and which has the colour the shopper asked about. "Which is cheaper" names the cheaper card and by how
 * much. The cards compared are shown again, their stock as their line. One instance per turn; not shared between
 * threads.
 */
final class CardComparisonReplies {
    /** A card is said to be more popular only with this many times the other's shoppers, and {@link #MORE_BY} more. */
    static final double MORE_POPULAR = 1.25;
    static final int MORE_BY = 5;
    /** Fewer ratings than this say too little to tell. */
    static final int MIN_RATINGS = 3;

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
    private final ValueNames names;
    private final String ruleSetVersion;
    private final Language language;

    CardComparisonReplies(ShownCardReplies cards, ValueNames names, String ruleSetVersion, Language language) {
        this.cards = cards;
        this.names = names;
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
        if (!comparison.clear()) {
            String list = String.join(language == Language.ZH ? "、" : ", ", IntStream.rangeClosed(1, shown.size())
                    .mapToObj(at -> text("card.list-item", Map.of("position", String.valueOf(at),
                            "name", shown.get(at - 1).name(language)))).toList());
            return new ProductSuggestions(text("card.compare.which", Map.of("list", list)), List.of(), reason);
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
            case CHEAPER, PRICIER -> priceAnswer(at, compared, comparison.aspect() == CardComparison.Aspect.CHEAPER);
            case DIFFERENCE -> cards.join(text("card.compare.difference", Map.of("list", items(at, compared))),
                    sideBySide(at, compared));
            case BETTER -> {
                Map<String, Integer> shoppers = new LinkedHashMap<>();
                compared.forEach(p -> shoppers.put(p.sku(), signals.shoppers().getOrDefault(p.sku(), 0)));
                reason.put("shoppers", shoppers);
                String popular = mostPopular(compared, shoppers);
                if (popular != null) {
                    reason.put("popular", popular);
                }
                yield cards.join(text("card.compare.better", Map.of("list", items(at, compared))),
                        sideBySide(at, compared), popularity(at, compared, shoppers, popular),
                        ratings(at, compared, signals.ratings()), wanted(at, compared, signals.wantedColour()));
            }
        };
        return new ProductSuggestions(text, compared.stream().map(p -> cards.cardAgain(p, decision)).toList(), reason);
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
    private static List<Product> extremes(List<Product> compared, boolean cheapest) {
        BigDecimal price = compared.stream().map(Product::price)
                .reduce(cheapest ? BigDecimal::min : BigDecimal::max).orElseThrow();
        return compared.stream().filter(p -> p.price().compareTo(price) == 0).toList();
    }

    /** Which is cheaper (or dearer), by how much, or that they cost the same; and whether it is sold out. */
    private String priceAnswer(List<Integer> at, List<Product> compared, boolean cheaper) {
        List<Product> best = extremes(compared, cheaper);
        if (best.size() == compared.size()) {
            return text("card.compare.same-price", Map.of("price", ShownCardReplies.price(compared.getFirst().price())));
        }
        Product winner = best.getFirst();
        int position = at.get(compared.indexOf(winner));
        String answer;
        if (compared.size() == 2) {
            Product other = compared.get(1 - compared.indexOf(winner));
            answer = text(cheaper ? "card.compare.cheaper" : "card.compare.pricier", Map.of("position", String.valueOf(position),
                    "name", winner.name(language), "price", ShownCardReplies.price(winner.price()),
                    "other", String.valueOf(at.get(compared.indexOf(other))),
                    "difference", ShownCardReplies.price(winner.price().subtract(other.price()).abs())));
        } else {
            List<Integer> rest = IntStream.range(0, compared.size()).filter(i -> !best.contains(compared.get(i)))
                    .boxed().toList();
            String others = joined(rest.stream().map(i -> value(at.get(i), text("card.compare.price",
                    Map.of("price", ShownCardReplies.price(compared.get(i).price()))))).toList(), false);
            answer = best.size() == 1
                    ? text(cheaper ? "card.compare.cheapest" : "card.compare.priciest", Map.of("position", String.valueOf(position),
                    "name", winner.name(language), "price", ShownCardReplies.price(winner.price()), "others", others))
                    : text(cheaper ? "card.compare.cheapest.several" : "card.compare.priciest.several", Map.of("list", positions(at, compared, best),
                    "price", ShownCardReplies.price(winner.price()), "others", others));
        }
        return best.size() == 1 && !winner.inStock()
                ? cards.join(answer, text("card.compare.sold-out", Map.of("position", String.valueOf(position))))
                : answer;
    }

    /**
     * What differs, side by side: the price (and by how much, or which is cheapest), then brand, the attributes the
     * value names label (colour, shade, size, material) that two cards at least have and not all alike, stock and
     * instalments; what all share is said in a word (都有现货) or not at all.
     */
    private String sideBySide(List<Integer> at, List<Product> compared) {
        List<String> rows = new ArrayList<>();
        rows.add(priceRow(at, compared));
        if (compared.stream().map(Product::brand).distinct().count() > 1) {
            rows.add(row(text("card.compare.label.brand", Map.of()), at, compared, Product::brand));
        }
        for (String attribute : names.labelledAttributes()) {
            List<String> values = compared.stream().map(p -> p.attributes().get(attribute)).toList();
            if (values.stream().filter(Objects::nonNull).count() >= 2 && values.stream().distinct().count() > 1) {
                rows.add(row(names.label(attribute, language), at, compared, p -> p.attributes().containsKey(attribute)
                        ? names.value(attribute, p.attributes().get(attribute), language)
                        : text("card.compare.unlisted", Map.of())));
            }
        }
        boolean plenty = compared.stream().allMatch(p -> p.stock() > ShownCardReplies.LOW_STOCK);
        rows.add(plenty ? text("card.compare.all-in-stock", Map.of())
                : row(text("card.compare.label.stock", Map.of()), at, compared, this::stock));
        long instalments = compared.stream().filter(Product::instalments).count();
        if (instalments == compared.size()) {
            rows.add(text("card.compare.all-instalments", Map.of()));
        } else if (instalments > 0) {
            rows.add(row(text("card.compare.label.instalments", Map.of()), at, compared, p -> text(p.instalments()
                    ? "card.compare.instalments.yes" : "card.compare.instalments.no", Map.of())));
        }
        return cards.join(rows.toArray(String[]::new));
    }

    private String priceRow(List<Integer> at, List<Product> compared) {
        List<Product> cheapest = extremes(compared, true);
        if (cheapest.size() == compared.size()) {
            return text("card.compare.same-price", Map.of("price", ShownCardReplies.price(compared.getFirst().price())));
        }
        String values = values(at, compared, p -> text("card.compare.price", Map.of("price", ShownCardReplies.price(p.price()))));
        String label = text("card.compare.label.price", Map.of());
        if (cheapest.size() > 1) {
            return text("card.compare.row", Map.of("label", label, "values", values));
        }
        String position = String.valueOf(at.get(compared.indexOf(cheapest.getFirst())));
        if (compared.size() == 2) {
            BigDecimal difference = compared.get(0).price().subtract(compared.get(1).price()).abs();
            return text("card.compare.row.cheaper", Map.of("label", label, "values", values, "position", position,
                    "difference", ShownCardReplies.price(difference)));
        }
        return text("card.compare.row.cheapest", Map.of("label", label, "values", values, "position", position));
    }

    /**
     * The card more shoppers here viewed or bought, when clearly more than each other card (a quarter more, and five
     * shoppers at least); null otherwise.
     */
    static String mostPopular(List<Product> compared, Map<String, Integer> shoppers) {
        List<Product> byCount = compared.stream()
                .sorted(Comparator.comparingInt((Product p) -> shoppers.getOrDefault(p.sku(), 0)).reversed()).toList();
        int most = shoppers.getOrDefault(byCount.get(0).sku(), 0);
        int next = shoppers.getOrDefault(byCount.get(1).sku(), 0);
        return most >= next * MORE_POPULAR && most - next >= MORE_BY ? byCount.getFirst().sku() : null;
    }

    private String popularity(List<Integer> at, List<Product> compared, Map<String, Integer> shoppers, String popular) {
        if (compared.stream().allMatch(p -> shoppers.get(p.sku()) == 0)) {
            return "";
        }
        String counts = joined(IntStream.range(0, compared.size()).mapToObj(i -> text("card.compare.shoppers",
                Map.of("position", String.valueOf(at.get(i)), "count", String.valueOf(shoppers.get(compared.get(i).sku())))))
                .toList(), false);
        if (popular == null) {
            return text("card.compare.popular.even", Map.of("counts", counts));
        }
        int position = at.get(compared.indexOf(compared.stream().filter(p -> p.sku().equals(popular)).findFirst().orElseThrow()));
        return text("card.compare.popular", Map.of("position", String.valueOf(position), "counts", counts));
    }

    /** The shoppers' ratings of the cards rated often enough to tell, with how many; empty when none is. */
    private String ratings(List<Integer> at, List<Product> compared, Map<String, RatingSummary> ratings) {
        List<String> told = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            RatingSummary rating = ratings.get(compared.get(i).sku());
            if (rating != null && rating.count() >= MIN_RATINGS) {
                told.add(text("card.compare.rating", Map.of("position", String.valueOf(at.get(i)),
                        "average", String.format(Locale.ROOT, "%.1f", rating.average()), "count", String.valueOf(rating.count()))));
            }
        }
        return told.isEmpty() ? "" : text("card.compare.ratings", Map.of("ratings", joined(told, false)));
    }

    /** Which of the cards has the colour the shopper asked about; empty when they asked about none. */
    private String wanted(List<Integer> at, List<Product> compared, String colour) {
        if (colour == null) {
            return "";
        }
        List<Product> having = compared.stream().filter(p -> ShownCardReplies.hasColour(p, colour)).toList();
        String named = names.value("color", colour, language);
        return having.isEmpty() ? text("card.compare.wanted.none", Map.of("colour", named))
                : having.size() == compared.size() ? text("card.compare.wanted.all", Map.of("colour", named))
                : text("card.compare.wanted.some", Map.of("colour", named, "list", positions(at, compared, having)));
    }

    private String stock(Product product) {
        return !product.inStock() ? text("card.compare.stock.out", Map.of())
                : product.stock() <= ShownCardReplies.LOW_STOCK
                ? text("card.compare.stock.low", Map.of("stock", String.valueOf(product.stock())))
                : text("card.compare.stock.in", Map.of());
    }

    private String row(String label, List<Integer> at, List<Product> compared, Function<Product, String> value) {
        // The value names label in lower case ("colour"), as the details list them after a semicolon.
        String capitalised = label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
        return text("card.compare.row", Map.of("label", capitalised, "values", values(at, compared, value)));
    }

    /** "第1款899元，第2款799元", "#1 ¥899, #2 ¥799". */
    private String values(List<Integer> at, List<Product> compared, Function<Product, String> value) {
        return joined(IntStream.range(0, compared.size()).mapToObj(i -> value(at.get(i), value.apply(compared.get(i)))).toList(),
                false);
    }

    private String value(int position, String value) {
        return text("card.compare.value", Map.of("position", String.valueOf(position), "value", value));
    }

    /** "第1款花香浓香水50ml和第2款丝绒哑光口红", "#1 Floral Eau de Parfum 50ml and #2 Velvet Matte Lipstick". */
    private String items(List<Integer> at, List<Product> compared) {
        return joined(IntStream.range(0, compared.size()).mapToObj(i -> text("card.compare.item",
                Map.of("position", String.valueOf(at.get(i)), "name", compared.get(i).name(language)))).toList(), true);
    }

    /** "第2款和第3款", "#2 and #3": the places of some of the cards compared. */
    private String positions(List<Integer> at, List<Product> compared, List<Product> some) {
        return joined(some.stream().map(p -> text("card.compare.position",
                Map.of("position", String.valueOf(at.get(compared.indexOf(p)))))).toList(), true);
    }

    /** A list in the reply's language: with "和" / "and" before the last when {@code and}, else commas. */
    private String joined(List<String> items, boolean and) {
        String comma = language == Language.ZH ? (and ? "、" : "，") : ", ";
        if (!and || items.size() < 2) {
            return String.join(comma, items);
        }
        return String.join(comma, items.subList(0, items.size() - 1)) + (language == Language.ZH ? "和" : " and ")
                + items.getLast();
    }

    private String text(String key, Map<String, String> values) {
        return cards.text(key, values);
    }
}
