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
 * characters), hold a noun by the pipeline's part-of-speech tags, have no word that asks for anything at all
 * ("anything", "东西") or for a service rather than a product ("customer service", "实体店", "售后"), and match no
 * product's name or tags in the catalogue (the test {@link ProductQuery#matchesTerm}
 * applies to a shopper's word). Stateless and thread-safe.
 */
public final class AvailabilityQuestion {
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:do|does)\\s+(?:you|you guys|y'all|your (?:shop|store))\\s+(?:sell|have|carry|stock)\\s+(?:any\\s+)?"
                    + "([a-z][a-z' -]*?)\\s*(?:here|at all|in stock)?\\s*[?.!]*\\s*$");
    private static final int MAX_QUESTION_CHARS = 120;
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
            "东西", "商品", "产品", "什么", "啥", "货", "现货", "其他", "别的", "便宜", "优惠", "活动", "礼物", "推荐", "新品", "好物",
            "one", "ones");
    /** What a shop offers besides products: "do you have a physical store?" is a service question. */
    private static final Set<String> SERVICE_WORDS = Set.of("service", "customer", "support", "store", "stores", "shop",
            "shops", "delivery", "shipping", "returns", "warranty", "discount", "coupons", "installments", "instalments",
            "invoice", "invoices", "agent", "human", "physical", "live",
            "客服", "人工", "售后", "实体店", "门店", "店铺", "线下", "发票", "优惠券", "分期", "保修", "运费险", "包邮", "快递", "发货");

    private AvailabilityQuestion() {
    }

    /** The thing asked for, as the shopper wrote it, when no catalogue product is one; otherwise empty. */
    public static Optional<String> unsoldThing(Analysis analysis, ProductCatalogue catalogue) {
        return askedThing(analysis).filter(thing -> !isService(thing)).filter(thing -> nouns(analysis, thing).stream()
                .noneMatch(noun -> catalogue.all().stream()
                        .anyMatch(new ProductQuery(null, noun, java.util.Map.of(), null, null)::matchesTerm)));
    }

    /** Whether the message asks whether the shop has a service rather than a product ("你们有实体店吗"). */
    public static boolean asksForAService(Analysis analysis) {
        return askedThing(analysis).filter(AvailabilityQuestion::isService).isPresent();
    }

    private static boolean isService(String thing) {
        return List.of(thing.split("\\s+")).stream().anyMatch(SERVICE_WORDS::contains)
                || SERVICE_WORDS.stream().anyMatch(w -> w.codePoints().allMatch(Character::isIdeographic) && thing.contains(w));
    }

    static Optional<String> askedThing(Analysis analysis) {
        String text = analysis.text().strip();
        if (text.length() > MAX_QUESTION_CHARS) {
            // A real "do you sell X?" is short; a long message would only make the patterns below backtrack.
            return Optional.empty();
        }
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
        String named = thing.replaceFirst("^(?:a|an|the|some)\\s+", "").strip();
        boolean open = List.of(named.split("\\s+")).stream().anyMatch(OPEN_WORDS::contains)
                || OPEN_WORDS.stream().anyMatch(w -> w.codePoints().allMatch(Character::isIdeographic) && named.contains(w));
        if (named.isEmpty() || open) {
            return Optional.empty();
        }
        return nouns(analysis, named).isEmpty() ? Optional.empty() : Optional.of(named);
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
