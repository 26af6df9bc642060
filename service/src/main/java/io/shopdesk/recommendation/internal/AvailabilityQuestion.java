package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductCatalogue;
import io.shopdesk.recommendation.ProductQuery;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the catalogue says to a shopper who names a kind of product in words no category word covers ("do you sell
 * phones?", "有汽车卖吗", "I'm looking for a leather sofa"; {@link AskedThing}): whether some product is one, and by
 * which word the products are found, so the recommendation rules can answer "we don't sell that" instead of showing
 * popular products, and the selection can narrow to the products that are one instead of ignoring the word.
 * <p>
 * A product is the thing when its tags have the word, or its name has it as a shopper's word is matched
 * ({@link ProductQuery#matchesTerm}: "cars" and the Remote Control Car, 冰箱 and 美妆小冰箱). An accessory is what its
 * name ends with, though, or a tag its name does not have ("bag" on the Laptop Sleeve): a word earlier in its name,
 * or a tag repeating one ("laptop"), says what it goes with, so 跑步手机臂包 (an armband) and the Laptop Sleeve do not
 * make the shop one that sells phones or laptops. A count or set at the end of the name ("3
 * Pairs", "2-Pack", "Set", 三双装, 套装) is not its end. The whole phrase is tried first, then its head noun ("smart
 * phone" → "phone"). A head that is an attribute word (黑色, "black") is no thing: "有没有黑色的" asks for a colour.
 * Immutable and thread-safe.
 *
 * @param thing          the thing as a reply names it ("phones", "leather sofas", "汽车"), or null when the message
 *                       names none (or only a service)
 * @param catalogueWord  the word that finds the products that are the thing, or null when none is
 * @param service        the message asks whether the shop has a service (实体店, "customer service"), not a product
 */
public record AvailabilityQuestion(String thing, String catalogueWord, boolean service) {

    /** The message names no thing. */
    public static final AvailabilityQuestion NONE = new AvailabilityQuestion(null, null, false);

    private static final java.util.regex.Pattern COUNT_AT_END_EN = java.util.regex.Pattern.compile(
            "(?:\\s+(?:\\d[\\w-]*|set|kit|pack|pairs?|pcs|pieces))+$", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern COUNT_AT_END_ZH = java.util.regex.Pattern.compile(
            "(?:[0-9一二两三四五六七八九十百]+[个支片只双块套条件包盒瓶袋]?装?|套装)$");

    /**
     * Reads the thing a message asks for and looks it up in the catalogue.
     *
     * @param attributeWord whether a word is one of {@code attributes.csv}'s (a colour, "wireless")
     */
    public static AvailabilityQuestion of(Analysis analysis, ProductCatalogue catalogue, Predicate<String> attributeWord) {
        AskedThing asked = AskedThing.in(analysis).orElse(null);
        if (asked == null) {
            // A message that is only a noun phrase ("a watch": no category word, since the watches are in two
            // categories) asks for it when some product is one; otherwise it may be anything ("weather?").
            return AskedThing.alone(analysis).filter(thing -> !thing.service() && !attributeWord.test(thing.head()))
                    .map(thing -> carrying(thing, catalogue)).filter(AvailabilityQuestion::carried).orElse(NONE);
        }
        if (asked.service()) {
            return new AvailabilityQuestion(null, null, true);
        }
        if (attributeWord.test(asked.head())) {
            return NONE;
        }
        return carrying(asked, catalogue);
    }

    /** The thing with the word that finds the products that are one (its phrase, else its head), or none. */
    private static AvailabilityQuestion carrying(AskedThing asked, ProductCatalogue catalogue) {
        String word = Stream.of(asked.phrase(), asked.head()).distinct()
                .filter(w -> catalogue.all().stream().anyMatch(p -> isA(p, w))).findFirst().orElse(null);
        return new AvailabilityQuestion(asked.named(), word, false);
    }

    /**
     * What the catalogue says to a message whose category word ("blender", 手机壳, 玩具: a word of
     * {@code nlp-models/gazetteers/categories.csv}) no product of its category has in its name or tags: that kind of product is not sold,
     * and the rules say so rather than show the rest of its category (kids' clothes for 玩具, the popular home goods
     * for "a blender"). {@link #NONE} when some product has the word (the cards narrow to those), or when it names a
     * whole category ("clothes", 衣服), whose products are then shown. An English word is named in the plural
     * ("blenders").
     *
     * @param wholeCategory whether a word names a whole category ({@code whole-category-words.csv})
     */
    public static AvailabilityQuestion ofCategoryWord(String word, String category, ProductCatalogue catalogue,
                                                      Predicate<String> wholeCategory) {
        if (word == null || wholeCategory.test(word)) {
            return NONE;
        }
        // Within the word's category, as the selection looks: 运动鞋 in 儿童发光运动鞋 is no shoe of the shoes category.
        ProductQuery shopperWord = new ProductQuery(category, word, Map.of(), null, null);
        if (catalogue.all().stream().anyMatch(p -> shopperWord.accepts(p) && shopperWord.matchesTerm(p))) {
            return NONE;
        }
        boolean singular = word.chars().allMatch(c -> c < 128) && !word.toLowerCase(Locale.ROOT).endsWith("s");
        return new AvailabilityQuestion(new AskedThing(word, word, singular, false).named(), null, false);
    }

    /**
     * What the catalogue says to a message naming a device and a thing for it ("iphone cases", "airpods case", 苹果壳;
     * {@link DeviceWords}): the first of its phrases some product is ("phone case", then "case"), the products then found
     * by it; {@link #NONE} when no product is any of them.
     */
    public static AvailabilityQuestion ofDevice(DeviceWords.DeviceMention device, ProductCatalogue catalogue) {
        return device.phrases().stream().filter(w -> catalogue.all().stream().anyMatch(p -> isA(p, w))).findFirst()
                .map(w -> new AvailabilityQuestion(w, w, false)).orElse(NONE);
    }

    /** Whether the message names a thing, carried or not. */
    public boolean asked() {
        return thing != null;
    }

    public boolean carried() {
        return catalogueWord != null;
    }

    /** Whether the product is a {@code word} ("phones", "臂包"): see the type's comment. */
    static boolean isA(Product product, String word) {
        ProductQuery shopperWord = new ProductQuery(null, word, Map.of(), null, null);
        if (!product.isAccessory()) {
            return shopperWord.matchesTerm(product);
        }
        if (endsWith(product.nameEn(), word) || endsWith(product.nameZh(), word)) {
            return true;
        }
        // A tag that repeats an earlier word of the name ("laptop" on the Laptop Sleeve) is what it goes with too.
        boolean named = ProductQuery.hasWord(product.nameEn(), word) || ProductQuery.hasWord(product.nameZh(), word);
        return !named && product.tags().stream().filter(tag -> !tag.startsWith("accessory_of:"))
                .anyMatch(tag -> ProductQuery.hasWord(tag, word));
    }

    /** Whether the name, without a count or set at its end, ends with the word (its last word starting with it). */
    private static boolean endsWith(String name, String word) {
        if (word.codePoints().anyMatch(Character::isIdeographic)) {
            return COUNT_AT_END_ZH.matcher(name).replaceFirst("").endsWith(word);
        }
        String kept = COUNT_AT_END_EN.matcher(name).replaceFirst("");
        String lastOfName = kept.substring(kept.lastIndexOf(' ') + 1);
        String lastOfWord = word.strip().substring(word.strip().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return ProductQuery.hasWord(kept, word) && ProductQuery.hasWord(lastOfName, lastOfWord);
    }
}
