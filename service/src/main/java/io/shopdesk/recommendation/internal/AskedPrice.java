package io.shopdesk.recommendation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The price a shopper's message names, in CNY, as one of four shapes:
 * <ul>
 *   <li>a <b>range</b> with both ends ("300到500", "300-500元", "between 300 and 500 yuan", "$50-$80"; see
 *       {@link PriceRange}), read first: it wins over the ceiling or floor the same numbers would otherwise be;</li>
 *   <li>a <b>ceiling</b>: an amount after "under/below/less than/cheaper than/up to/at most/no more than/max/budget/
 *       不超过/低于/少于/不到/最多/最高/预算" or before "以内/以下/之内", or named as the product's price ("3000元的笔记本");</li>
 *   <li>a <b>floor</b>: an amount after "over/above/more than/at least/不低于/不少于/至少/起码/超过/高于" or before
 *       "以上/起/往上" ("500以上的耳机", "headphones over $100");</li>
 *   <li>a <b>band</b> around a price: an amount before "左右/上下" or after "around/about/roughly/approximately/大概/
 *       大约/差不多" ("1000元左右的耳机", "headphones around $50"): {@link #BAND} (20 %) either side, the products closest
 *       to the price ranked first. A budget stays a ceiling however it is put ("my budget is around 300 yuan",
 *       "预算1000左右"): it is what the shopper means to spend at most.</li>
 * </ul>
 * A ceiling and a floor may come together ("over 300 and under 600"); a band is read only when the message has
 * no range, ceiling or floor. Amounts are written 1000, 1,000, 1k, 5千 or 1.5万 (full-width digits arrive folded by the pipeline),
 * or in Chinese numerals beside a price word (三百到五百, 一千以内, 两千左右, 一千五, 1千5, 两三百, 八百多: see {@link ChineseAmounts}); "$",
 * "dollars", "bucks", "美元", "刀" mean US dollars (converted at the given rate), anything else (元, 块, 块钱, yuan) CNY.
 * An English "around/about" amount needs a currency ("about 2 pairs" is no price), and a bare number beside a height,
 * weight, size or age ("身高170左右", "42码左右", "over 50 reviews") is none either. Immutable and thread-safe.
 *
 * @param min    the least a product may cost, or null
 * @param max    the most a product may cost, or null
 * @param around the price a band is around, or null when the message named no band
 */
record AskedPrice(BigDecimal min, BigDecimal max, BigDecimal around) {
    /** No price in the message. */
    static final AskedPrice NONE = new AskedPrice(null, null, null);

    /** How far either side of a price "around" it reaches: 20 %, so "1000左右" is 800 to 1,200. */
    static final BigDecimal BAND = new BigDecimal("0.20");

    /** An amount: 1,000 or 1000.50, with an optional multiplier (1k, 5千, 1.5万). */
    static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(k(?![a-z])|千|万)?";
    private static final String SYMBOL = "(\\$|¥|￥|rmb|cny|usd)?\\s*";
    private static final String UNIT = "\\s*(dollars?|usd|bucks|yuan|rmb|cny|块钱|元|块|美元|刀)?";

    private static final Pattern CEILING_BEFORE = Pattern.compile(
            "(?:under|below|less than|cheaper than|up to|at most|no more than|not more than|max(?:imum)?"
                    + "|budget(?:\\s+(?:is|of|around|about))*|不超过|不超|(?<!不)低于|(?<!不)少于|不到|最多|最高|预算)\\s*"
                    + SYMBOL + AMOUNT + UNIT,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CEILING_AFTER = Pattern.compile(
            "(\\$|¥|￥)?\\s*" + AMOUNT + "\\s*(块钱|元|块|美元|刀|dollars?|usd|rmb|cny)?\\s*(?:以内|以下|之内|左右以内)",
            Pattern.CASE_INSENSITIVE);
    /** A price named as the product's, with a currency ("3000元的笔记本"): the most the shopper means to pay. */
    private static final Pattern PRICED = Pattern.compile(
            "(\\$|¥|￥)?\\s*" + AMOUNT + "\\s*(块钱|元|块|美元|刀)\\s*的", Pattern.CASE_INSENSITIVE);

    private static final Pattern FLOOR_BEFORE = Pattern.compile(
            "(?:\\b(?:(?<!no |not )more than|over|above|at least|starting (?:at|from))|不低于|不少于|至少|起码|高于|(?<!不)超过)\\s*"
                    + SYMBOL + AMOUNT + UNIT,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FLOOR_AFTER = Pattern.compile(
            "(\\$|¥|￥)?\\s*" + AMOUNT + "\\s*(块钱|元|块|美元|刀|dollars?|usd|rmb|cny)?\\s*(?:以上|起|往上|之上)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BAND_AFTER = Pattern.compile(
            "(\\$|¥|￥)?\\s*" + AMOUNT + "\\s*(块钱|元|块|美元|刀)?\\s*(?:左右|上下)", Pattern.CASE_INSENSITIVE);
    /** "around 500 yuan", "about $80", "大概500元": with a currency, so "about 2 pairs" is no price. */
    private static final Pattern BAND_BEFORE = Pattern.compile(
            "(?:\\b(?:around|about|roughly|approximately|approx\\.?)\\s+|大概|大约|差不多|约)\\s*(\\$|¥|￥)?\\s*" + AMOUNT
                    + "\\s*(dollars?|usd|bucks|yuan|rmb|cny|块钱|元|块|美元|刀)?(?![a-z])",
            Pattern.CASE_INSENSITIVE);

    /**
     * Words around a bare "170左右" that make it a height, weight, size, age, count, time or instalment term rather
     * than a price ("42码", "3天", "12期", "55寸", "7折").
     */
    private static final Pattern MEASURE_BEFORE = Pattern.compile("(身高|体重|高|重|岁|年龄|尺码|码|腰围|胸围|脚长|鞋码|cm|厘米|公斤|斤|kg)\\s*$");
    private static final Pattern MEASURE_AFTER = Pattern.compile(
            "(?s)^\\s*(码|cm|厘米|公斤|斤|kg|岁|号|度|米|g|克|毫升|ml|天|年|个月|月|周|星期|工作日|小时|分钟|点|次|个|件|双|条|人"
                    + "|期|折|寸|英寸|升|瓦|毫安|页|%|％)(?![a-z]).*");
    /** English words that may follow a bare floor amount that is still a price ("over 500 for a jacket"). */
    private static final Set<String> AFTER_A_PRICE = Set.of("for", "and", "or", "with", "in", "please", "but", "only");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*([a-z]+)");

    /**
     * The price the message (lower case) names, its Chinese-numeral amounts read as digits first ({@link ChineseAmounts}).
     *
     * @param usdToCny the rate for amounts in US dollars
     */
    static AskedPrice in(String message, BigDecimal usdToCny) {
        String lower = ChineseAmounts.asDigits(message);
        AskedPrice range = PriceRange.in(lower, usdToCny);
        if (range != null) {
            return range;
        }
        BigDecimal ceiling = ceiling(lower, usdToCny);
        BigDecimal floor = floor(lower, usdToCny);
        if (ceiling != null || floor != null) {
            return new AskedPrice(floor, ceiling, null);
        }
        BigDecimal around = around(lower, usdToCny);
        if (around != null) {
            BigDecimal reach = around.multiply(BAND);
            return new AskedPrice(around.subtract(reach).setScale(2, RoundingMode.HALF_UP),
                    around.add(reach).setScale(2, RoundingMode.HALF_UP), around);
        }
        BigDecimal priced = priced(lower, usdToCny);
        return priced == null ? NONE : new AskedPrice(null, priced, null);
    }

    private static BigDecimal ceiling(String lower, BigDecimal usdToCny) {
        Matcher before = CEILING_BEFORE.matcher(lower);
        if (before.find()) {
            return convert(before, usdToCny);
        }
        Matcher after = CEILING_AFTER.matcher(lower);
        return after.find() ? convert(after, usdToCny) : null;
    }

    private static BigDecimal floor(String lower, BigDecimal usdToCny) {
        for (Pattern pattern : new Pattern[] {FLOOR_BEFORE, FLOOR_AFTER}) {
            Matcher m = pattern.matcher(lower);
            while (m.find()) {
                boolean currency = m.group(1) != null || m.group(4) != null;
                if (currency || (!aMeasure(lower, m.start(), m.end()) && !followedByAWord(lower, m.end()))) {
                    return convert(m, usdToCny);
                }
            }
        }
        return null;
    }

    private static BigDecimal around(String lower, BigDecimal usdToCny) {
        Matcher after = BAND_AFTER.matcher(lower);
        while (after.find()) {
            boolean currency = after.group(1) != null || after.group(4) != null;
            if (currency || !aMeasure(lower, after.start(), after.end())) {
                return convert(after, usdToCny);
            }
        }
        Matcher before = BAND_BEFORE.matcher(lower);
        while (before.find()) {
            if (before.group(1) != null || before.group(4) != null) {
                return convert(before, usdToCny);
            }
        }
        return null;
    }

    private static BigDecimal priced(String lower, BigDecimal usdToCny) {
        Matcher m = PRICED.matcher(lower);
        return m.find() ? convert(m, usdToCny) : null;
    }

    /** Whether a bare amount between {@code start} and {@code end} is a height, size, age, count or the like. */
    static boolean aMeasure(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 6), start);
        String after = text.substring(end, Math.min(text.length(), end + 3));
        return MEASURE_BEFORE.matcher(before).find() || MEASURE_AFTER.matcher(after).matches();
    }

    /** "over 50 reviews": a bare number followed by a word that says what it counts is no price. */
    private static boolean followedByAWord(String text, int end) {
        Matcher next = NEXT_WORD.matcher(text.substring(end));
        return next.find() && !AFTER_A_PRICE.contains(next.group(1));
    }

    /** The amount of a match whose groups 1 to 4 are the symbol, the amount, its multiplier and the unit. */
    private static BigDecimal convert(Matcher m, BigDecimal usdToCny) {
        return cny(m.group(1), m.group(2), m.group(3), m.group(4), usdToCny);
    }

    /**
     * An amount in CNY: its digits ("1,000", "1.5") times its multiplier (k, 千, 万; null for none), in dollars when
     * the symbol ($, usd) or the unit (dollars, bucks, 美元, 刀) says so, else in CNY.
     */
    static BigDecimal cny(String symbol, String digits, String multiplier, String unit, BigDecimal usdToCny) {
        BigDecimal value = new BigDecimal(digits.replace(",", ""));
        if (multiplier != null) {
            // 1.5万 is 15000, not 15000.0.
            value = value.multiply(BigDecimal.valueOf("万".equals(multiplier) ? 10_000 : 1_000)).stripTrailingZeros();
            value = value.scale() < 0 ? value.setScale(0) : value;
        }
        boolean dollars = "$".equals(symbol) || "usd".equals(symbol)
                || (unit != null && (unit.startsWith("dollar") || unit.equals("usd") || unit.equals("bucks")
                || unit.equals("美元") || unit.equals("刀")));
        return dollars ? value.multiply(usdToCny).setScale(2, RoundingMode.HALF_UP) : value;
    }
}
