package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kind of product a shopping request names in its own words: "do you sell phones?", "I'm looking for a leather
 * sofa", "can you recommend a smart phone for my son", "有汽车卖吗", "推荐一款好用的智能手机", "手机有卖吗". A request
 * frame says where the thing stands and the pipeline's part-of-speech tags say whether it is a noun phrase
 * ({@link EnglishRequest}, {@link ChineseRequest}); what follows "for" or 给 is whom it is for, not what.
 * <p>
 * A phrase that asks for anything at all ("something", "a gift", 东西, 礼物) or for what a product has rather than is
 * ("colours", 尺码), or that is no product ("my order", 订单), names no thing; one with a word for a service ("customer
 * service", "gift cards", 实体店, 折扣) is a thing with {@link #service()} set. Immutable and thread-safe.
 *
 * @param phrase   the thing as the shopper wrote it, without determiners or words such as "good" ("leather sofa")
 * @param head     its head noun ("sofa"); the phrase itself when it is one word
 * @param singular English only: the shopper wrote "a", "an" or "one" before it, so {@link #named()} is plural
 * @param service  the phrase names a service the shop may offer, not a product
 */
public record AskedThing(String phrase, String head, boolean singular, boolean service) {
    /** A real request is short; a long message would only make the Chinese patterns backtrack. */
    private static final int MAX_QUESTION_CHARS = 120;

    /** Asks for anything at all, for what a product has rather than what it is, or for no product. */
    private static final Set<String> OPEN_WORDS = Set.of("anything", "something", "things", "thing", "stuff",
            "products", "product", "items", "item", "deals", "deal", "discounts", "sales", "sale", "gifts", "gift",
            "present", "presents", "ideas", "idea", "recommendations", "recommendation", "suggestions", "options",
            "others", "one", "ones", "help", "stock", "size", "sizes", "colour", "colours", "color", "colors",
            "style", "styles", "model", "models", "pair", "pairs", "kind", "kinds", "type", "types", "sort", "way",
            "question", "questions", "problem", "price", "prices", "order", "orders", "account", "password",
            "address", "money", "package", "parcel", "number", "email",
            "东西", "商品", "产品", "什么", "啥", "其他", "别的", "便宜", "优惠", "活动", "礼物", "礼品", "推荐", "新品", "好物",
            "现货", "库存", "尺码", "尺寸", "颜色", "型号", "款式", "规格", "问题", "价格", "订单", "物流", "包裹", "账号", "账户",
            "密码", "地址", "手机号", "验证码", "电话", "款", "货", "人", "码", "事", "钱");
    /** What a shop offers besides products: "do you have a physical store?" is a service question. */
    private static final Set<String> SERVICE_WORDS = Set.of("service", "customer", "support", "store", "stores", "shop",
            "shops", "delivery", "shipping", "returns", "refund", "refunds", "exchange", "warranty", "discount",
            "coupons", "coupon", "vouchers", "voucher", "installments", "instalments", "invoice", "invoices", "agent",
            "human", "physical", "live", "receipt", "receipts", "tracking", "loyalty", "membership", "program",
            "points", "rewards", "app", "website",
            "客服", "人工", "售后", "实体店", "门店", "店铺", "线下", "发票", "优惠券", "分期", "保修", "运费险", "包邮", "快递", "发货",
            "折扣", "打折", "积分", "会员", "礼品卡", "购物卡", "退款", "退货", "换货", "维修", "安装", "运费", "网站", "小程序");

    /**
     * What no shop sells, asked of a shopping assistant ("can you recommend a good restaurant?", "book me a hotel"):
     * read as a service, so the reply is the dialogue's honest "not something I can help with", not "Sorry, we don't
     * sell restaurants" (stop 33).
     */
    private static final Set<String> NOT_SHOPPING_WORDS = Set.of("restaurant", "restaurants", "hotel", "hotels",
            "flight", "flights", "taxi", "taxis", "doctor", "doctors", "dentist", "lawyer", "movie", "movies", "film",
            "films", "recipe", "recipes", "job", "jobs", "apartment", "apartments", "cafe", "cafes",
            "hospital", "school", "schools", "hairdresser", "haircut", "tour", "tours", "ticket", "tickets");

    /** Services named by two English words, one of which alone would be a product or a gift. */
    private static final List<String> SERVICE_PHRASES = List.of("gift card", "credit card", "debit card",
            "membership card", "store card");

    /** The thing as a reply names it: "leather sofas" for "a leather sofa"; the shopper's words otherwise. */
    public String named() {
        if (!singular) {
            return phrase;
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.matches(".*(?:s|x|z|ch|sh)$")) {
            return phrase + "es";
        }
        if (lower.matches(".*[^aeiou]y$")) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        return phrase + "s";
    }

    /** The thing the message asks for, if it names one. */
    public static Optional<AskedThing> in(Analysis analysis) {
        String text = analysis.text().strip();
        if (text.isEmpty() || text.length() > MAX_QUESTION_CHARS) {
            return Optional.empty();
        }
        return analysis.language() == Language.ZH ? ChineseRequest.thing(analysis) : EnglishRequest.thing(analysis);
    }

    /**
     * The thing a message that is nothing but a noun phrase names ("a watch", "smart watch?", 手表, 一块手表), if it is
     * one. Such a message is no request in words, so the caller takes it only when some product is the thing:
     * "weather?" is not told "we don't sell weather".
     */
    public static Optional<AskedThing> alone(Analysis analysis) {
        String text = analysis.text().strip();
        if (text.isEmpty() || text.length() > MAX_QUESTION_CHARS) {
            return Optional.empty();
        }
        return analysis.language() == Language.ZH ? ChineseRequest.alone(analysis) : EnglishRequest.alone(analysis);
    }

    /**
     * A service when a word of it names one ("gift cards" too); otherwise the thing, unless a word of it asks for
     * anything at all.
     */
    static Optional<AskedThing> judged(List<String> words, String joiner, String head, boolean singular) {
        String phrase = String.join(joiner, words);
        List<String> lower = words.stream().flatMap(w -> List.of(w.toLowerCase(Locale.ROOT).split("\\s+")).stream()).toList();
        String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
        if (anyOf(lower, phrase, SERVICE_WORDS) || SERVICE_PHRASES.stream().anyMatch(lowerPhrase::contains)
                || lower.stream().anyMatch(NOT_SHOPPING_WORDS::contains)) {
            return Optional.of(new AskedThing(phrase, head, singular, true));
        }
        return anyOf(lower, phrase, OPEN_WORDS) ? Optional.empty() : Optional.of(new AskedThing(phrase, head, singular, false));
    }

    /**
     * Whether one of the words is in the set, or the Chinese phrase is one of its one-character words or holds one of
     * its longer ones (尺码表 holds 尺码; 机器人 is no 人).
     */
    private static boolean anyOf(List<String> words, String phrase, Set<String> set) {
        return words.stream().anyMatch(set::contains) || set.stream()
                .filter(w -> w.codePoints().allMatch(Character::isIdeographic))
                .anyMatch(w -> w.length() == 1 ? phrase.equals(w) : phrase.contains(w));
    }
}
