package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.ChineseNumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites amounts written in Chinese numerals beside a price word as digits, so that every shape {@link AskedPrice}
 * and {@link PriceRange} read in digits (ceiling, floor, band, range) reads them too: 三百到五百 is 300到500, 一千以内
 * 1000以内, 两千左右 2000左右, 五百块的 500块的, 预算三百 预算300, 一千五 1500, and the mixed 1千5 1500 and 3百 300.
 * Two colloquial forms are given their meaning:
 * <ul>
 *   <li>two digits before a unit, a span (两三百, 三五百, 一两千): 200到300, the range between them; before a ceiling word
 *       (以内/以下/之内) only the upper end, before a floor word (以上/起/往上) only the lower one;</li>
 *   <li>an amount and 多, "and some" (八百多, 一千多, 800多): from the amount up to the next step of its last unit,
 *       八百多 800到900, 一千多 1000到2000, 一千五多 1500到1600; before a ceiling word the upper end, before a floor word the
 *       amount itself.</li>
 * </ul>
 * A numeral is rewritten only when a price word follows it (元, 块, 块钱, 以内, 以下, 之内, 以上, 起, 往上, 之上, 左右, 上下,
 * 到, 至, a dash, 和/与/跟 of "…之间"; 的 too after a span or 多) or one comes before it (预算, 不超过, 低于, 不到, 最多,
 * 至少, 超过, 大概, 约, 到, …) and no other Chinese word but 的, 之间 or a sentence particle follows. 5千 and 2万 are
 * left as written: AskedPrice reads them, and 1到2千 keeps its multiplier for both ends. Numerals without 十, 百, 千 or 万 (一,
 * 两, 三) are never rewritten: 一下, 一点, 一双, 两个, 三件, 第三个 are no prices, and nothing in a shop costs under ten.
 * Nor is one that measures something (身高一百七左右, 三十多岁, 一百多个): the measure words are {@link AskedPrice}'s.
 * Stateless and thread-safe.
 */
final class ChineseAmounts {
    /** The Chinese digit of each ASCII one, so that a mixed 1千5 reads as 一千五. */
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String UNITS = "十百千万";
    /** A run of Chinese numerals and single ASCII digits, not inside a longer number nor after 第; then 多 maybe. */
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\d.,第" + ChineseNumber.CHARS + "])([\\d" + ChineseNumber.CHARS + "]+)(多)?(?![\\d.])");
    /** What {@link AskedPrice#AMOUNT} reads itself (5千, 2万): left alone so that 1到2千 keeps its shared multiplier. */
    private static final Pattern READ_AS_IS = Pattern.compile("\\d+[千万]");
    private static final Pattern SPAN = Pattern.compile("([一二两三四五六七八九])([二两三四五六七八九])([" + UNITS + "])");

    private static final Pattern CEILING_AFTER = Pattern.compile("^\\s*(?:块钱|块|元)?\\s*(?:以内|以下|之内)");
    private static final Pattern FLOOR_AFTER = Pattern.compile("^\\s*(?:块钱|块|元)?\\s*(?:以上|起|往上|之上)");
    private static final Pattern PRICE_AFTER = Pattern.compile(
            "^\\s*(?:块钱|块|元|以内|以下|之内|以上|起|往上|之上|左右|上下|到|至|[-~～〜–—－]|和|与|跟)");
    private static final Pattern PRICE_BEFORE = Pattern.compile(
            "(?:预算|不超过|不超|低于|少于|不到|最多|最高|不低于|不少于|至少|起码|超过|高于|大概|大约|差不多|约|到|至"
                    + "|[-~～〜–—－¥￥]|和|与|跟)\\s*$");
    /** What may follow an amount named after a price word: no Chinese word, or only 的 or a particle. */
    private static final Pattern ENDS_AFTER_PRICE = Pattern.compile("^(?:$|[^\\p{IsHan}]|之间|[的吧吗呢啊呀了左右以])");

    private ChineseAmounts() {
    }

    /** The message (lower case) with its Chinese-numeral amounts beside price words as digits; the rest unchanged. */
    static String asDigits(String lower) {
        Matcher m = RUN.matcher(lower);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String digits = rewrite(lower, m);
            if (digits != null) {
                out = out == null ? new StringBuilder(lower.length()) : out;
                out.append(lower, copied, m.start()).append(digits);
                copied = m.end();
            }
        }
        return out == null ? lower : out.append(lower, copied, lower.length()).toString();
    }

    /** The digits for one run, or null to leave it as written. */
    private static String rewrite(String lower, Matcher m) {
        String run = m.group(1);
        boolean more = m.group(2) != null;
        boolean chinese = !run.chars().allMatch(Character::isDigit);
        Matcher span = SPAN.matcher(run);
        boolean aSpan = span.matches() && !more;
        if ((chinese && !hasUnit(run)) || (!chinese && !more) || (!more && READ_AS_IS.matcher(run).matches())
                || !aPrice(lower, m, more || aSpan)) {
            return null;
        }
        String after = lower.substring(m.end());
        boolean ceiling = CEILING_AFTER.matcher(after).find();
        boolean floor = FLOOR_AFTER.matcher(after).find();
        if (aSpan) {
            long unit = ChineseNumber.parse("一" + span.group(3));
            long low = ChineseNumber.parse(span.group(1)) * unit;
            long high = ChineseNumber.parse(span.group(2)) * unit;
            return low >= high ? null : ceiling ? Long.toString(high) : floor ? Long.toString(low) : low + "到" + high;
        }
        long value = value(run);
        if (value < 10) {
            return null;
        }
        if (!more) {
            return Long.toString(value);
        }
        long high = value + step(value);
        return ceiling ? Long.toString(high) : floor ? Long.toString(value) : value + "到" + high;
    }

    /** Whether the run is an amount by the words around it; {@code aRange} (多, a span) lets 的 follow it too. */
    private static boolean aPrice(String lower, Matcher m, boolean aRange) {
        int end = m.end();
        if (AskedPrice.aMeasure(lower, m.start(), end)) {
            return false;
        }
        String after = lower.substring(end);
        if (PRICE_AFTER.matcher(after).find() || (aRange && after.startsWith("的"))) {
            return true;
        }
        return PRICE_BEFORE.matcher(lower.substring(0, m.start())).find() && ENDS_AFTER_PRICE.matcher(after).find();
    }

    /** The value of a Chinese or mixed numeral (1千5, 3百), or -1 when an ASCII part is longer than one digit. */
    private static long value(String run) {
        if (run.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(run);
        }
        StringBuilder chinese = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit && i + 1 < run.length() && Character.isDigit(run.charAt(i + 1))) {
                return -1;
            }
            chinese.append(digit ? DIGITS.charAt(c - '0') : c);
        }
        return ChineseNumber.parse(chinese.toString());
    }

    /** The step of an amount's last unit: 100 for 800 and 1,500, 1,000 for 1,000, 10,000 for 10,000. */
    private static long step(long value) {
        long step = 1;
        while (value % (step * 10) == 0 && step < 10_000) {
            step *= 10;
        }
        return step;
    }

    private static boolean hasUnit(String run) {
        for (char c : run.toCharArray()) {
            if (UNITS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
