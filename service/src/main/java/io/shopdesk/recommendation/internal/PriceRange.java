package io.shopdesk.recommendation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A price range with both ends named: "300到500", "300至500元", "300-500元", "300~500", "300～500", "300到500块之间",
 * "300和500之间", "1千到2千", "1-2k", "between 300 and 500 yuan", "from 200 to 300", "$50-$80", "50 to 80 dollars",
 * "200-300 yuan", "in the 300-500 range". {@link AskedPrice} reads it before any ceiling, floor or band, so it wins
 * over the ceiling that "500元的" or "500以内" of its own upper end would otherwise be. The ends may come in either
 * order (500到300 is 300 to 500). A currency named at one end holds for both ("$50-80", "50 to 80 dollars"), and so
 * does a multiplier named at the upper end ("1到2千", "1-2k" are 1,000 to 2,000) unless the lower end is the larger
 * number without it ("500-2k" is 500 to 2,000).
 * <p>
 * Without a currency, two numbers are no price when they measure something else: a size, height, age, count, time or
 * instalment term by the words before or after them ("42-44码", "身高170到180", "3到5岁", "12-24期", "2 to 3 days",
 * "for ages 3-5", "size 42-44"), a date written with a dash ("11-28": a month and a day), digits that run on into
 * more (a phone number 176-1234-9870, a date 2026-11-28, a time 10:00-18:00, an order id SD10000001), or a range
 * whose top is under 10 ("2 to 3"). A bare "300 to 500" is a price, as the product request or the follow-up after
 * cards that it comes in means it. Stateless and thread-safe.
 */
final class PriceRange {
    /** One end: an optional currency symbol, an amount, an optional unit (groups: symbol, digits, multiplier, unit). */
    private static final String END = "(\\$|¥|￥|rmb|cny|usd)?\\s*" + AskedPrice.AMOUNT
            + "(?:\\s*(dollars?|usd|bucks|yuan|rmb|cny|块钱|元|块|美元|刀)(?![a-z]))?";
    /** Not inside a longer run of digits or letters: an order id, a phone number, a date, a time, a model name. */
    private static final String NOT_AFTER_MORE = "(?<![a-z\\d.,:/#\\-])";
    private static final String NOT_BEFORE_MORE = "(?![\\d:/\\-]|[.,]\\d)";

    /** Each has groups 1-4 for the first end, 5 for what joins them, 6-9 for the second end. */
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile(NOT_AFTER_MORE + END + "(\\s*(?:到|至|[-–—－~～〜])\\s*|\\s+to\\s+)" + END + NOT_BEFORE_MORE,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bbetween\\s+" + END + "(\\s+and\\s+)" + END + NOT_BEFORE_MORE, Pattern.CASE_INSENSITIVE),
            Pattern.compile(NOT_AFTER_MORE + END + "(\\s*(?:和|与|跟)\\s*)" + END + "(?=\\s*之间)", Pattern.CASE_INSENSITIVE));

    /** English words before two numbers that make them a size, age, height or the like ("for ages 3-5", "size 42-44"). */
    private static final Pattern MEASURE_BEFORE = Pattern.compile(
            "\\b(?:ages?|aged|sizes?|sized|height|weight|waist|length|width|room|rooms|order|orders|model|page|pages"
                    + "|chapter|grade|level|step|steps|version|no\\.?|number)\\s*$");
    /** English words after two numbers that say what they count ("2 to 3 days", "5-7 business days", "50-100 reviews"). */
    private static final Pattern MEASURE_AFTER = Pattern.compile(
            "^\\s*(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|seconds?|business|working|nights?"
                    + "|pairs?|pieces?|pcs|items?|units?|sets?|times|people|persons?|guests?|kids|children|reviews?"
                    + "|ratings?|stars?|orders?|sizes?|cm|mm|inch(?:es)?|feet|ft|kg|kgs|lbs?|g|gb|tb|mah|w|watts?"
                    + "|l|litres?|liters?|ml|percent|am|pm|o'clock|year-olds?|yo|months-old)\\b");
    /** What joins a month and a day, so that a bare "11-28" is a date. */
    private static final Pattern DATE_JOIN = Pattern.compile("\\s*[-–—－/~～〜]\\s*");

    private PriceRange() {
    }

    /**
     * The range the message (lower case) names, as an {@link AskedPrice} with both a floor and a ceiling, or null when
     * it names none.
     */
    static AskedPrice in(String lower, BigDecimal usdToCny) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(lower);
            while (m.find()) {
                AskedPrice range = read(m, lower, usdToCny);
                if (range != null) {
                    return range;
                }
            }
        }
        return null;
    }

    private static AskedPrice read(Matcher m, String lower, BigDecimal usdToCny) {
        boolean currency = m.group(1) != null || m.group(4) != null || m.group(6) != null || m.group(9) != null;
        boolean multiplied = m.group(3) != null || m.group(8) != null;
        if (!currency && (aMeasure(lower, m.start(), m.end()) || (!multiplied && notAnAmount(m)))) {
            return null;
        }
        // "$50-80" and "50 to 80 dollars": the currency of one end is the other's.
        boolean firstHasCurrency = m.group(1) != null || m.group(4) != null;
        boolean secondHasCurrency = m.group(6) != null || m.group(9) != null;
        String symbol1 = firstHasCurrency ? m.group(1) : m.group(6);
        String unit1 = firstHasCurrency ? m.group(4) : m.group(9);
        String symbol2 = secondHasCurrency ? m.group(6) : m.group(1);
        String unit2 = secondHasCurrency ? m.group(9) : m.group(4);
        // "1到2千" is 1,000 to 2,000, "500-2k" 500 to 2,000.
        String multiplier1 = m.group(3) == null && m.group(8) != null && number(m.group(2)).compareTo(number(m.group(7))) <= 0
                ? m.group(8) : m.group(3);
        BigDecimal first = AskedPrice.cny(symbol1, m.group(2), multiplier1, unit1, usdToCny);
        BigDecimal second = AskedPrice.cny(symbol2, m.group(7), m.group(8), unit2, usdToCny);
        return first.compareTo(second) <= 0 ? new AskedPrice(first, second, null) : new AskedPrice(second, first, null);
    }

    /** Two bare numbers that name no amount of money: the top is under 10, or a dash joins a month and a day. */
    private static boolean notAnAmount(Matcher m) {
        BigDecimal first = number(m.group(2));
        BigDecimal second = number(m.group(7));
        if (first.max(second).compareTo(BigDecimal.TEN) < 0) {
            return true;
        }
        boolean whole = first.stripTrailingZeros().scale() <= 0 && second.stripTrailingZeros().scale() <= 0;
        return whole && DATE_JOIN.matcher(m.group(5)).matches() && first.intValue() >= 1 && first.intValue() <= 12
                && second.intValue() >= 1 && second.intValue() <= 31;
    }

    private static boolean aMeasure(String lower, int start, int end) {
        String before = lower.substring(Math.max(0, start - 20), start);
        return AskedPrice.aMeasure(lower, start, end) || MEASURE_BEFORE.matcher(before).find()
                || MEASURE_AFTER.matcher(lower.substring(end)).find();
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }
}
