package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.AskedAttribute;
import io.shopdesk.recommendation.internal.ValueNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Words the answer to a question about a card's attributes ({@link AskedAttribute}: "is the second one waterproof?",
 * "what is the first one made of?", 第二个防水吗, 续航多久) from that product's catalogue attributes, named as
 * {@code value-names.csv} names them: yes with the value when it has the property ("Yes — the StormShield Waterproof
 * Jacket is waterproof (20,000 mm)."), no when the catalogue says false, the value(s) asked for, and, when the
 * catalogue does not list it for that product, that it does not, with where to look (the product page's care and spec
 * details, or a person) — never a guess, never another product. A question about what phones it fits adds that the
 * product page lists the models. Stateless apart from its texts; one instance per answer, not shared between threads.
 */
final class CardAttributeReplies {
    /** Attributes that say what a product fits: the catalogue has a screen size, the product page the phone models. */
    private static final Set<String> FIT = Set.of("fits", "fits_inch");
    /** Values that say a product does not have a property. */
    private static final Set<String> NO = Set.of("false", "no", "none");

    private final ValueNames names;
    private final Language language;
    private final BiFunction<String, Map<String, String>, String> text;

    /** @param text the texts of {@code rules/recommendation/texts-*.properties} in this reply's language, by key */
    CardAttributeReplies(ValueNames names, Language language, BiFunction<String, Map<String, String>, String> text) {
        this.names = names;
        this.language = language;
        this.text = text;
    }

    /**
     * What the catalogue says to each attribute question about the product, one sentence each.
     *
     * @param also "" when the answer starts with these (the product named), ".also" after another answer about it
     */
    String facts(List<AskedAttribute> asked, Product product, String also) {
        StringBuilder facts = new StringBuilder();
        for (AskedAttribute question : asked) {
            String fact = fact(question, product, facts.isEmpty() ? also : ".also");
            facts.append(facts.isEmpty() || language == Language.ZH ? "" : " ").append(fact);
        }
        return facts.toString();
    }

    private String fact(AskedAttribute question, Product product, String also) {
        List<String> listed = question.attributes().stream().filter(product.attributes()::containsKey).toList();
        String label = question.label(language);
        Map<String, String> named = Map.of("name", product.name(language), "label", label, "is", is(product));
        Optional<String> valueAsked = question.kind() == AskedAttribute.Kind.UNKNOWN ? valueIn(question.term(), product)
                : Optional.empty();
        if (valueAsked.isPresent()) {
            // "is the cashmere scarf 100% cashmere?", 是纯羊绒的吗: a value of one of its attributes; what the catalogue
            // says of that attribute answers it (the material is cashmere), and the shopper judges the rest.
            String attribute = valueAsked.get();
            return text.apply("card.attribute.value" + also, Map.of("name", product.name(language),
                    "label", capitalisedAfterAlso(names.label(attribute, language), also), "value", value(product, attribute)));
        }
        if (question.kind() == AskedAttribute.Kind.UNKNOWN) {
            // "does the first one have a backlit keyboard?": no catalogue attribute answers it.
            return text.apply("card.attribute.unknown" + also, Map.of("name", product.name(language),
                    "label", question.labelZh(), "predicate", predicate(question.labelEn(), also.isEmpty() && plural(product))));
        }
        if (listed.isEmpty()) {
            return text.apply((question.kind() == AskedAttribute.Kind.YES_NO ? "card.attribute.unlisted"
                    : "card.attribute.value.unlisted") + also, named);
        }
        if (question.kind() == AskedAttribute.Kind.YES_NO) {
            List<String> values = listed.stream().filter(a -> !isYes(product.attributes().get(a))).toList();
            if (values.stream().allMatch(a -> NO.contains(product.attributes().get(a).toLowerCase(Locale.ROOT)))
                    && !values.isEmpty() && listed.size() == values.size()) {
                return text.apply("card.attribute.no" + also, named);
            }
            // The value beside the yes where the catalogue has one: (20,000 mm), (IPX7).
            String detail = values.stream().filter(a -> !NO.contains(product.attributes().get(a).toLowerCase(Locale.ROOT)))
                    .map(a -> value(product, a)).collect(Collectors.joining(language == Language.ZH ? "，" : ", "));
            return text.apply("card.attribute.yes" + also, Map.of("name", product.name(language), "label", label, "is", is(product),
                    "detail", detail.isEmpty() ? "" : text.apply("card.attribute.detail", Map.of("value", detail))));
        }
        String answer;
        if (listed.size() == 1) {
            String attribute = listed.getFirst();
            String own = names.label(attribute, language);
            answer = text.apply("card.attribute.value" + also, Map.of("name", product.name(language),
                    "label", capitalisedAfterAlso(own != null ? own : label, also), "value", value(product, attribute)));
        } else {
            String values = listed.stream().map(a -> text.apply("card.attribute.item", Map.of(
                            "label", names.label(a, language) != null ? names.label(a, language) : a.replace('_', ' '),
                            "value", value(product, a))))
                    .collect(Collectors.joining(language == Language.ZH ? "；" : "; "));
            answer = text.apply("card.attribute.values" + also, Map.of("name", product.name(language),
                    "values", capitalisedAfterAlso(values, also)));
        }
        boolean fit = listed.stream().anyMatch(FIT::contains);
        return fit ? answer + (language == Language.ZH ? "" : " ") + text.apply("card.attribute.models", Map.of()) : answer;
    }

    /** "are" for an English name in the plural ("TrailPeak Trail Running Shoes"), else "is"; Chinese has no such word. */
    private String is(Product product) {
        return plural(product) ? "are" : "is";
    }

    private boolean plural(Product product) {
        return plural(product, language);
    }

    /** Whether the product's name in this language is a plural that takes "are" ("TrailPeak Trail Running Shoes"). */
    static boolean plural(Product product, Language language) {
        String last = product.nameEn().substring(product.nameEn().lastIndexOf(' ') + 1);
        return language == Language.EN && last.matches("[A-Za-z]*[a-rt-z]s");
    }

    /**
     * An English predicate in its base form ("have a backlit keyboard", "be good for gaming", "come with a charger")
     * as its subject needs it: "has …", "is …", "comes with …" for one thing, the base form (be: "are") for several.
     */
    static String predicate(String base, boolean plural) {
        int space = base.indexOf(' ');
        String verb = space < 0 ? base : base.substring(0, space);
        String rest = space < 0 ? "" : base.substring(space);
        String conjugated = switch (verb) {
            case "be" -> plural ? "are" : "is";
            case "have" -> plural ? "have" : "has";
            case "can" -> "can";
            default -> plural ? verb : verb + "s";
        };
        return conjugated + rest;
    }

    private static boolean isYes(String value) {
        return "true".equalsIgnoreCase(value) || "yes".equalsIgnoreCase(value);
    }

    /** An English text that starts with the label after another answer ("Battery life: 30 hours.") capitalises it. */
    private String capitalisedAfterAlso(String words, String also) {
        return also.isEmpty() || language == Language.ZH || words.isEmpty() ? words
                : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /**
     * The attribute (one that {@code value-names.csv} names) whose value the words of a feature question name, as the
     * catalogue writes it or in either language ("100% cashmere", 纯羊绒: material=cashmere, 羊绒); empty for none.
     */
    private Optional<String> valueIn(String feature, Product product) {
        String words = feature.toLowerCase(Locale.ROOT);
        return product.attributes().entrySet().stream()
                .filter(a -> names.label(a.getKey(), language) != null && !NO.contains(a.getValue().toLowerCase(Locale.ROOT))
                        && !isYes(a.getValue()))
                .filter(a -> Stream.of(a.getValue().replace('_', ' '), names.value(a.getKey(), a.getValue(), Language.EN),
                                names.value(a.getKey(), a.getValue(), Language.ZH))
                        .map(v -> v.toLowerCase(Locale.ROOT))
                        .anyMatch(v -> v.length() >= 2 && (v.chars().allMatch(c -> c < 128)
                                ? words.matches("(?s).*\\b" + java.util.regex.Pattern.quote(v) + "\\b.*") : words.contains(v))))
                .map(Map.Entry::getKey).findFirst();
    }

    private String value(Product product, String attribute) {
        return names.value(attribute, product.attributes().get(attribute), language);
    }
}
