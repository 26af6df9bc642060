package io.shopdesk.nlp;

/**
 * Reads Chinese numerals such as 三百, 三百五十, 三百零五, 两千五, 一万二千 into numbers. Public because more than one
 * feature reads amounts written this way: the MONEY and INSTALMENTS entities of the NLP pipeline, and the price a
 * product request names (recommendation's AskedPrice). Stateless and thread-safe.
 */
public final class ChineseNumber {
    /** Every character a Chinese numeral is written with: the digits (with 两 and 〇) and the units 十, 百, 千, 万. */
    public static final String CHARS = "零〇一二两三四五六七八九十百千万";

    private ChineseNumber() {
    }

    /**
     * The value of a numeral made only of {@link #CHARS}, or -1 when the text has any other character or is empty.
     * A digit right after 百, 千 or 万 counts in the next lower unit (两千五 is 2,500); consecutive digits are not read
     * as a span (两三百 gives 300, not "200 to 300"): a caller that meets such a span decides what it means.
     */
    public static long parse(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        int lastUnit = 0;
        boolean zeroSinceUnit = false;
        for (char c : text.toCharArray()) {
            int d = digitOf(c);
            if (d >= 0) {
                zeroSinceUnit |= d == 0;
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 10000) {
                section += Math.max(digit, 0);
                total += section * 10000;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            lastUnit = unit;
            digit = -1;
            zeroSinceUnit = false;
        }
        if (digit >= 0) {
            // 两千五 means 2500 and 两万五 25000: a trailing digit right after a unit counts in the next lower unit.
            // After 零 it counts as itself: 三百零五 is 305.
            section += lastUnit >= 100 && !zeroSinceUnit ? digit * (lastUnit / 10) : digit;
        }
        return total + section;
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
