package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.ComparisonWording;
import io.shopdesk.recommendation.internal.RatingSummary;
import io.shopdesk.recommendation.internal.ValueNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What the shop's own data says of the cards compared for "which is better?", since the shop judges no quality: which
 * card more shoppers here viewed or bought (the interactions the models learn from, said only when clearly more), the
 * shoppers' own ratings (from {@link #MIN_RATINGS} up, with their count), and which has the colour the shopper asked
 * about. One instance per turn; not shared between threads.
 */
final class CardShopperSignals {
    /** A card is said to be more popular only with this many times the other's shoppers, and {@link #MORE_BY} more. */
    static final double MORE_POPULAR = 1.25;
    static final int MORE_BY = 5;
    /** Fewer ratings than this say too little to tell. */
    static final int MIN_RATINGS = 3;

    private final ComparisonWording wording;
    private final ValueNames names;
    private final Language language;

    CardShopperSignals(ComparisonWording wording, ValueNames names, Language language) {
        this.wording = wording;
        this.names = names;
        this.language = language;
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

    /** How many shoppers viewed or bought each card, and which is more popular; empty when nobody did. */
    String popularity(List<Integer> at, List<Product> compared, Map<String, Integer> shoppers, String popular) {
        if (compared.stream().allMatch(p -> shoppers.get(p.sku()) == 0)) {
            return "";
        }
        String counts = wording.joined(IntStream.range(0, compared.size()).mapToObj(i -> text("card.compare.shoppers",
                Map.of("position", String.valueOf(at.get(i)), "count", String.valueOf(shoppers.get(compared.get(i).sku())))))
                .toList(), false);
        if (popular == null) {
            return text("card.compare.popular.even", Map.of("counts", counts));
        }
        int position = at.get(compared.indexOf(compared.stream().filter(p -> p.sku().equals(popular)).findFirst().orElseThrow()));
        return text("card.compare.popular", Map.of("position", String.valueOf(position), "counts", counts));
    }

    /** The shoppers' ratings of the cards rated often enough to tell, with how many; empty when none is. */
    String ratings(List<Integer> at, List<Product> compared, Map<String, RatingSummary> ratings) {
        List<String> told = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            RatingSummary rating = ratings.get(compared.get(i).sku());
            if (rating != null && rating.count() >= MIN_RATINGS) {
                told.add(text("card.compare.rating", Map.of("position", String.valueOf(at.get(i)),
                        "average", String.format(Locale.ROOT, "%.1f", rating.average()), "count", String.valueOf(rating.count()))));
            }
        }
        return told.isEmpty() ? "" : text("card.compare.ratings", Map.of("ratings", wording.joined(told, false)));
    }

    /** Which of the cards has the colour the shopper asked about; empty when they asked about none. */
    String wanted(List<Integer> at, List<Product> compared, String colour) {
        if (colour == null) {
            return "";
        }
        List<Product> having = compared.stream().filter(p -> CardFacts.hasColour(p, colour)).toList();
        String named = names.value("color", colour, language);
        return having.isEmpty() ? text("card.compare.wanted.none", Map.of("colour", named))
                : having.size() == compared.size() ? text("card.compare.wanted.all", Map.of("colour", named))
                : text("card.compare.wanted.some", Map.of("colour", named, "list", wording.positions(at, compared, having)));
    }

    private String text(String key, Map<String, String> values) {
        return wording.text(key, values);
    }
}
