package io.shopdesk.recommendation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yes/no question about a card's feature that {@code attribute-questions.csv} has no word for: "does the first one
 * have a backlit keyboard?", "is it good for gaming?", "does it come with a charger?", "can it be used for hiking?",
 * 第一个有没有指纹解锁, 带不带无线充电, 是不是纯棉的, 它有赠品吗, 第一个适合跑马拉松吗. Read from the message once the words pointing at the card are taken out ({@link
 * CardReference#removedFrom}): the question frame must be the whole of what is left ("does … have X", "is … X",
 * 有没有X, 带不带X, 是不是X的, 有X吗), so a request that merely mentions a card ("show me keyboards like the first one")
 * is none. Without it, the product word in such a question (keyboard) started a new search and showed keyboards.
 * The answer is honest: the catalogue does not say ({@link AskedAttribute.Kind#UNKNOWN}). Not read: what other
 * answers own (authenticity, warranty, a sale: the FAQ; whom it is for: the recipient follow-ups; sizes such as 42码).
 * Stateless and thread-safe.
 */
public final class CardFeatureQuestion {
    private static final String LEAD_EN = "^[\\s,.!?]*(?:(?:so|and|also|but|ok|okay|hmm|oh|then|wait|well|please)\\b[\\s,]*)*";
    private static final Pattern HAS_EN = Pattern.compile(LEAD_EN
            + "(?:does|do|did|will|would|can|could)\\s+(?:it\\s+|this\\s+|that\\s+)?(?:also\\s+|even\\s+|actually\\s+)?"
            + "(have|has|got|come with|comes with|include|includes|support|supports|feature|features|offer|offers|fit|fits"
            + "|work with|works with|work for|works for)\\s+"
            + "(.+?)[\\s?!.,]*$");
    private static final Pattern IS_EN = Pattern.compile(LEAD_EN
            + "(?:is|are)\\s+(?:it\\s+|this\\s+|that\\s+)?(?:also\\s+|actually\\s+)?(.+?)[\\s?!.,]*$");
    /** "can it be used for running?", "can I use it for hiking?": what it can be used for. */
    private static final Pattern USED_EN = Pattern.compile(LEAD_EN
            + "(?:can|could)\\s+(?:i\\s+use\\s+(?:it\\s+|this\\s+|that\\s+)?|(?:it|this|that)\\s+be\\s+used\\s+|be\\s+used\\s+)"
            + "(for|as|in|on|with)\\s+(.+?)[\\s?!.,]*$");
    private static final Map<String, String> BASE_EN = Map.ofEntries(Map.entry("has", "have"), Map.entry("got", "have"),
            Map.entry("comes with", "come with"), Map.entry("includes", "include"), Map.entry("supports", "support"),
            Map.entry("features", "feature"), Map.entry("offers", "offer"), Map.entry("fits", "fit"),
            Map.entry("works with", "work with"), Map.entry("works for", "work for"));
    private static final Pattern ARTICLE_EN = Pattern.compile("^(?:a|an|the|any|some)\\s+");
    /** What the FAQ (authenticity, warranty, a sale, returns) or the recipient follow-ups answer. */
    private static final Pattern OTHERS_EN = Pattern.compile("\\b(?:authentic|genuine|real|fake|original|legit|warranty"
            + "|guarantee|guaranteed|on sale|sale|discounted|returnable|refundable|for (?:men|women|man|woman|kids|children"
            + "|boys|girls|him|her|my|a (?:man|woman|boy|girl|kid|child))|size|sizes|colou?rs?)\\b|\\d+\\s*(?:eu|us|uk)?$"
            // "is the second one better?": a comparison of the cards (CardComparison), not a feature.
            + "|^(?:any |much |a lot |even )?(?:better|worse|best|worst|cheaper|dearer|nicer|more|less|bigger|smaller)\\b");
    /**
     * "real cashmere", "genuine leather", "pure silk": the word asks whether the product is made of what follows (its
     * material, which the catalogue answers), not whether it is authentic (the FAQ's), so it is left out of the check
     * against {@link #OTHERS_EN}. "is it real cashmere?" about the cashmere scarf fell back (stop 30).
     */
    private static final Pattern MATERIAL_QUALIFIER_EN = Pattern.compile("^(?:real|genuine|pure|authentic)\\s+(?=[a-z])");

    /** 有没有X, 带不带X, 是不是X的: the question in its verb-not-verb form, or with 是否. */
    private static final Pattern NOT_FORM_ZH = Pattern.compile(
            "(有没有|有木有|带不带|配不配|支不支持|适不适合|适合不适合|能不能|可不可以|是不是|是否有|是否带|是否支持|是否适合|是否)"
                    + "(.+?)的?[吗么嘛呢啊呀\\s?!.,。？！，]*$");
    /** 有X吗, 带X吗, 是X的吗. */
    private static final Pattern ASKED_ZH = Pattern.compile(
            "(自带|配有|支持|适合|可以|能|有|带|配|是)(.+?)的?(?:吗|么|嘛)[呢啊呀\\s?!.,。？！，]*$");
    private static final Map<String, String> VERB_ZH = Map.ofEntries(Map.entry("有没有", "有"), Map.entry("有木有", "有"),
            Map.entry("是否有", "有"), Map.entry("有", "有"), Map.entry("带不带", "带"), Map.entry("是否带", "带"),
            Map.entry("带", "带"), Map.entry("自带", "带"), Map.entry("配不配", "配"), Map.entry("配有", "配"),
            Map.entry("配", "配"), Map.entry("支不支持", "支持"), Map.entry("是否支持", "支持"), Map.entry("支持", "支持"),
            Map.entry("适不适合", "适合"), Map.entry("适合不适合", "适合"), Map.entry("是否适合", "适合"), Map.entry("适合", "适合"),
            Map.entry("能不能", "能"), Map.entry("能", "能"), Map.entry("可不可以", "可以"), Map.entry("可以", "可以"),
            Map.entry("是不是", ""), Map.entry("是否", ""), Map.entry("是", ""));
    private static final Pattern OTHERS_ZH = Pattern.compile(
            "正品|真货|真的|假|保修|质保|保质|售后|退|男|女|儿童|孩子|宝宝|码|尺码|颜色|色|货|库存|优惠|折|赠送|包邮|什么|哪|多少|几"
                    + "|更|比|最|好不好|怎么样|送|寄|到货|发|无理由");
    private static final int MOST_WORDS_EN = 6;
    private static final int MOST_CHARS_ZH = 12;

    private CardFeatureQuestion() {
    }

    /**
     * The feature asked about in {@code rest}, a normalised message ({@link ShownCardQuestion#normalise}) without the
     * words that point at the card; empty when what is left is no such question.
     */
    public static Optional<AskedAttribute> in(String rest) {
        Optional<AskedAttribute> chinese = chinese(rest);
        return chinese.isPresent() ? chinese : english(rest);
    }

    private static Optional<AskedAttribute> english(String rest) {
        Matcher has = HAS_EN.matcher(rest);
        if (has.matches()) {
            String verb = BASE_EN.getOrDefault(has.group(1), has.group(1));
            return feature(has.group(2), verb);
        }
        Matcher used = USED_EN.matcher(rest);
        if (used.matches()) {
            return feature(used.group(2), "can be used " + used.group(1));
        }
        Matcher is = IS_EN.matcher(rest);
        return is.matches() ? feature(is.group(1), "be") : Optional.empty();
    }

    private static Optional<AskedAttribute> feature(String words, String verb) {
        String thing = words.strip();
        String term = ARTICLE_EN.matcher(thing).replaceFirst("");
        if (!term.matches("[a-z0-9][a-z0-9 '&+/.%-]*") || !term.matches(".*[a-z].*")
                || term.split("\\s+").length > MOST_WORDS_EN
                || OTHERS_EN.matcher(MATERIAL_QUALIFIER_EN.matcher(term).replaceFirst("")).find()
                || CardQuestionWords.onlyFiller(term)) {
            return Optional.empty();
        }
        return Optional.of(new AskedAttribute(term, AskedAttribute.Kind.UNKNOWN, List.of(),
                ("have".equals(verb) || "come with".equals(verb) ? "有" : "") + term, verb + " " + thing));
    }

    private static Optional<AskedAttribute> chinese(String rest) {
        for (Pattern form : List.of(NOT_FORM_ZH, ASKED_ZH)) {
            Matcher m = form.matcher(rest);
            while (m.find()) {
                if (!CardQuestionWords.onlyFiller(rest.substring(0, m.start()))) {
                    continue;
                }
                String thing = m.group(2).strip();
                if (thing.isEmpty() || thing.length() > MOST_CHARS_ZH || !thing.matches(".*\\p{IsHan}.*")
                        || !thing.matches("[\\p{IsHan}a-z0-9 -]+") || OTHERS_ZH.matcher(thing).find()) {
                    return Optional.empty();
                }
                String verb = VERB_ZH.get(m.group(1));
                return Optional.of(new AskedAttribute(thing, AskedAttribute.Kind.UNKNOWN, List.of(), verb + thing,
                        (verb.isEmpty() ? "be " : "have ") + thing));
            }
        }
        return Optional.empty();
    }
}
