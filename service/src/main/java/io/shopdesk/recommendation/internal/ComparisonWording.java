package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.Product;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The small pieces every answer comparing the cards just shown is made of, in the reply's language: a card by its
 * place ("第2款", "#2"), by place and name, a value per card ("第1款899元，第2款799元"), a labelled row and a list with
 * "和" / "and" before the last. Kept apart from the answers (price, differences, shoppers' signals, stock) so that they
 * all say a card and a list the same way. Immutable and thread-safe.
 */
public final class ComparisonWording {
    private final RecommendationTexts texts;
    private final Language language;

    public ComparisonWording(RecommendationTexts texts, Language language) {
        this.texts = texts;
        this.language = language;
    }

    public String text(String key, Map<String, String> values) {
        return texts.text(language, key, values);
    }

    /** A labelled row of one value per card ("Colour: #1 grey, #2 green."), the label capitalised. */
    public String row(String label, List<Integer> at, List<Product> compared, Function<Product, String> value) {
        // The value names label in lower case ("colour"), as the details list them after a semicolon.
        String capitalised = label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
        return text("card.compare.row", Map.of("label", capitalised, "values", values(at, compared, value)));
    }

    /** "第1款899元，第2款799元", "#1 ¥899, #2 ¥799". */
    public String values(List<Integer> at, List<Product> compared, Function<Product, String> value) {
        return joined(IntStream.range(0, compared.size()).mapToObj(i -> value(at.get(i), value.apply(compared.get(i))))
                .toList(), false);
    }

    /** "第1款899元", "#1 ¥899": one card's value. */
    public String value(int position, String value) {
        return text("card.compare.value", Map.of("position", String.valueOf(position), "value", value));
    }

    /** "第1款花香浓香水50ml和第2款丝绒哑光口红", "#1 Floral Eau de Parfum 50ml and #2 Velvet Matte Lipstick". */
    public String items(List<Integer> at, List<Product> compared) {
        return items(at, compared, compared);
    }

    /** {@link #items(List, List)} of some of the cards compared only. */
    public String items(List<Integer> at, List<Product> compared, List<Product> some) {
        return joined(some.stream().map(p -> text("card.compare.item", Map.of("position",
                String.valueOf(at.get(compared.indexOf(p))), "name", p.name(language)))).toList(), true);
    }

    /** "第2款和第3款", "#2 and #3": the places of some of the cards compared. */
    public String positions(List<Integer> at, List<Product> compared, List<Product> some) {
        return joined(some.stream().map(p -> text("card.compare.position",
                Map.of("position", String.valueOf(at.get(compared.indexOf(p)))))).toList(), true);
    }

    /** A list in the reply's language: with "和" / "and" before the last when {@code and}, else commas. */
    public String joined(List<String> items, boolean and) {
        String comma = language == Language.ZH ? (and ? "、" : "，") : ", ";
        if (!and || items.size() < 2) {
            return String.join(comma, items);
        }
        return String.join(comma, items.subList(0, items.size() - 1)) + (language == Language.ZH ? "和" : " and ")
                + items.getLast();
    }
}
