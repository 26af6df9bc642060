package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.Token;
import io.shopdesk.recommendation.ProductCatalogue;
import io.shopdesk.recommendation.ProductQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Do you sell boats?", "你们卖房子吗": a shopper asking whether the shop has a thing no product is, so the honest
 * answer is "no" rather than the popular products. Only the explicit question counts ("do you sell / have / carry X",
 * "does your shop …", "你们卖X吗", "有没有X", "有卖X吗", "卖不卖X"): a request such as "something for a picnic" names no
 * product and is left to the recommenders. The thing must be short (at most three English words or eight Chinese
 * characters), hold a noun by the pipeline's part-of-speech tags, not start with a word that asks for anything at all
 * ("anything", "东西"), and match no product's name or tags in the catalogue (the test {@link ProductQuery#matchesTerm}
 * applies to a shopper's word). Stateless and thread-safe.
 */
public final class AvailabilityQuestion {
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:do|does)\\s+(?:you|you guys|y'all|your (?:shop|store))\\s+(?:sell|have|carry|stock)\\s+(?:any\\s+)?"
                    + "([a-z][a-z' -]*?)\\s*(?:here|at all|in stock)?\\s*[?.!]*\\s*$");
    private static final String ZH_WHO = "(?:你们|你家|贵店|店里|这里|这儿)?(?:店里|这里|这儿)?";
    private static final String ZH_END = "(?:的)?(?:吗|嘛|么|呀|啊)?[？?。！!]*$";
    private static final List<Pattern> CHINESE = List.of(
            Pattern.compile("^" + ZH_WHO + "有没有卖?(\\S{1,8}?)(?:卖)?" + ZH_END),
            Pattern.compile("^(?:你们|你家|贵店|店里|这里|这儿)(?:店里|这里|这儿)?(?:卖|有)(\\S{1,8}?)(?:卖)?(?:吗|嘛|么)[？?。！!]*$"),
            Pattern.compile("^" + ZH_WHO + "有卖(\\S{1,8}?)" + ZH_END),
            Pattern.compile("^" + ZH_WHO + "卖不卖(\\S{1,8}?)" + ZH_END));
    private static final Set<String> OPEN_WORDS = Set.of("anything", "something", "things", "thing", "stuff",
            "products", "product", "items", "item", "deals", "discounts", "sales", "gifts", "gift", "ideas",
            "recommendations", "suggestions", "options", "more", "other", "others", "new", "cheaper", "cheap", "good",
            "东西", "商品", "产品", "什么", "啥", "货", "现货", "其他", "别的", "便宜", "优惠", "活动", "礼物", "推荐", "新品", "好物");

    private AvailabilityQuestion() {
    }

    /** The thing asked for, as the shopper wrote it, when no catalogue product is one; otherwise empty. */
    public static Optional<String> unsoldThing(Analysis analysis, ProductCatalogue catalogue) {
        return askedThing(analysis).filter(thing -> nouns(analysis, thing).stream().noneMatch(noun ->
                catalogue.all().stream().anyMatch(new ProductQuery(null, noun, java.util.Map.of(), null, null)::matchesTerm)));
    }

    static Optional<String> askedThing(Analysis analysis) {
        String text = analysis.text().strip();
        String thing;
        if (analysis.language() == Language.ZH) {
            String core = text.replaceFirst("^(?:请问|问一下|亲)[，,\\s]*", "");
            thing = CHINESE.stream().map(p -> p.matcher(core)).filter(Matcher::matches).map(m -> m.group(1))
                    .findFirst().orElse(null);
            if (thing == null) {
                return Optional.empty();
            }
        } else {
            Matcher m = ENGLISH.matcher(text.toLowerCase(Locale.ROOT));
            if (!m.find()) {
                return Optional.empty();
            }
            thing = m.group(1).strip();
            if (thing.split("\\s+").length > 3) {
                return Optional.empty();
            }
        }
        String first = thing.split("\\s+")[0];
        if (thing.isEmpty() || OPEN_WORDS.contains(first) || OPEN_WORDS.stream().anyMatch(w -> !w.isEmpty()
                && w.codePoints().allMatch(Character::isIdeographic) && thing.startsWith(w))) {
            return Optional.empty();
        }
        return nouns(analysis, thing).isEmpty() ? Optional.empty() : Optional.of(thing);
    }

    /** The message's noun tokens that lie inside the thing (English NOUN/PROPN, HanLP n…). */
    private static List<String> nouns(Analysis analysis, String thing) {
        String lowerThing = thing.toLowerCase(Locale.ROOT);
        return analysis.tokens().stream()
                .filter(AvailabilityQuestion::isNoun)
                .map(t -> t.text().toLowerCase(Locale.ROOT))
                .filter(word -> lowerThing.contains(word) && !OPEN_WORDS.contains(word))
                .toList();
    }

    private static boolean isNoun(Token token) {
        String pos = token.pos() == null ? "" : token.pos();
        return pos.equals("NOUN") || pos.equals("PROPN") || (pos.startsWith("n") && !pos.startsWith("nx"));
    }
}
