package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.ChineseNumber;
import io.shopdesk.nlp.Entity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order ids, phone numbers, the last digits of a phone, and amounts of money in Chinese and English, found with
 * patterns on the original text so that spans are exact. Stateless and thread-safe.
 */
final class PatternEntityExtractor {
    /** SD and eight digits, also with a space, dash, dot or # between them as shoppers type it ("SD 10000001"). */
    private static final Pattern ORDER_ID = Pattern.compile("(?i)(?<![A-Za-z0-9])SD(?:[ #\\-.]{1,2})?(\\d{8})(?!\\d)");
    /**
     * Eight digits without the SD that the shopper says are an order's ("order no. 10000001", "order #10000001",
     * "order number is 10000001"), or that are the whole message ("10000001", "#10000001"): our order numbers are
     * the only 8-digit numbers a shopper is asked for. Eight digits inside another sentence are not an order id.
     */
    private static final Pattern ORDER_DIGITS_CUED = Pattern.compile(
            "(?i)\\border(?:\\s*(?:number|num|no\\.?|id))?(?:\\s+is)?\\s*[:#]?\\s*(\\d{8})(?!\\d)");
    /**
     * The same in Chinese: 订单10000002到哪了, 订单号：10000002, 单号是10000002, 订单编号 10000002. Not a carrier's
     * tracking number (运单号, 快递单号, 物流单号).
     */
    private static final Pattern ORDER_DIGITS_CUED_ZH = Pattern.compile(
            "(?:订单(?:号码|编号|号)?|(?<![运递流])单号)\\s*(?:是|为)?\\s*[:：#＃]?\\s*(\\d{8})(?!\\d)");
    private static final Pattern ORDER_DIGITS_ALONE = Pattern.compile("[\\s\\p{P}]*#?(\\d{8})[\\s\\p{P}]*");
    /** A Chinese mobile, written whole or grouped 3-4-4 with spaces or dashes (138 0013 4321, +86 138-0013-4321). */
    private static final Pattern CN_MOBILE = Pattern.compile(
            "(?<![\\d+])(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)");
    private static final Pattern US_PHONE = Pattern.compile("(?<![\\d+])(?:\\+1[- ]?)?\\(?[2-9]\\d{2}\\)?[- .]\\d{3}[- .]\\d{4}(?!\\d)");
    /**
     * Four digits after a cue that they end a phone number: 尾号5678, "last 4 digits are 5678", "the last digits of my
     * phone are 5678", "my number ends in 5678", "ending with 5678".
     */
    private static final Pattern LAST4_CUED = Pattern.compile(
            "(?i)(?:尾号|后四位|后4位|(?<![A-Za-z])(?:last\\s+(?:(?:4|four)(?:\\s+(?:digits|numbers))?|digits|numbers)"
                    + "(?:\\s+(?:of|on)\\s+(?:my|the)\\s+(?:phone|mobile|cell)(?:\\s+(?:number|no\\.?))?)?(?:\\s+(?:are|is))?"
                    + "|(?:ends?|ending)(?:\\s+(?:in|with))?))\\s*[:：是为]?\\s*(\\d{4})(?!\\d)");
    /** Four digits before the cue: "5678 is the last 4", "5678 are the last four digits". */
    private static final Pattern LAST4_CUED_AFTER = Pattern.compile(
            "(?i)(?<![\\d.,:/\\-$¥￥])(\\d{4})\\s+(?:is|are)\\s+(?:the\\s+)?last\\s+(?:4|four|digits|numbers)(?![A-Za-z])");
    /**
     * A message that is nothing but 4 digits, perhaps after "it's" or "是" and with punctuation around: the answer to a
     * question for them, unlike 4 digits inside another sentence (a price, a year, a model or room number).
     */
    private static final Pattern LAST4_ALONE = Pattern.compile(
            "(?i)[\\s\\p{P}]*(?:(?:it['’]?s|it is|that['’]?s|是|就是)\\s*[:：]?\\s*)?(\\d{4})[\\s\\p{P}]*");
    private static final Pattern BARE_4_DIGITS = Pattern.compile("(?<![\\d.,:/\\-$¥￥])\\d{4}(?![\\d.,:/\\-年元块%])");
    private static final Pattern MONEY_SYMBOL = Pattern.compile("(US\\$|[¥￥$])\\s?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)");
    private static final Pattern MONEY_CODE_FIRST = Pattern.compile("(?i)\\b(RMB|CNY|USD)\\s?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)");
    private static final Pattern MONEY_UNIT_AFTER = Pattern.compile(
            "(?i)(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s?(元|块钱|块|人民币|rmb|cny|yuan|usd|dollars?|bucks)(?![A-Za-z])");
    private static final Pattern MONEY_CHINESE = Pattern.compile("([" + ChineseNumber.CHARS + "]+)\\s?(元|块钱|块)");

    private PatternEntityExtractor() {
    }

    static List<Entity> extract(String text) {
        List<Entity> found = new ArrayList<>();
        if (!hasAsciiDigit(text)) {
            chineseMoney(text, found);
            return found;
        }
        Matcher m = ORDER_ID.matcher(text);
        while (m.find()) {
            found.add(entity(Entity.ORDER_ID, text, m.start(), m.end(), "SD" + m.group(1)));
        }
        orderDigits(text, found);
        for (Pattern phone : List.of(CN_MOBILE, US_PHONE)) {
            m = phone.matcher(text);
            while (m.find()) {
                found.add(entity(Entity.PHONE, text, m.start(), m.end(), m.group().replaceAll("[^\\d+]", "")));
            }
        }
        for (Pattern cued : List.of(LAST4_CUED, LAST4_CUED_AFTER)) {
            m = cued.matcher(text);
            while (m.find()) {
                found.add(entity(Entity.PHONE_LAST4, text, m.start(1), m.end(1), m.group(1)));
            }
        }
        money(text, found);
        m = LAST4_ALONE.matcher(text);
        if (m.matches()) {
            found.add(new Entity(Entity.PHONE_LAST4, m.group(1), m.start(1), m.end(1), m.group(1), "pattern-alone"));
            return found;
        }
        m = BARE_4_DIGITS.matcher(text);
        while (m.find()) {
            found.add(new Entity(Entity.PHONE_LAST4, m.group(), m.start(), m.end(), m.group(), "pattern-bare"));
        }
        return found;
    }

    private static void orderDigits(String text, List<Entity> found) {
        Matcher m = ORDER_DIGITS_ALONE.matcher(text);
        if (m.matches()) {
            found.add(entity(Entity.ORDER_ID, text, m.start(1), m.end(1), "SD" + m.group(1)));
            return;
        }
        for (Pattern cued : List.of(ORDER_DIGITS_CUED, ORDER_DIGITS_CUED_ZH)) {
            m = cued.matcher(text);
            while (m.find()) {
                found.add(entity(Entity.ORDER_ID, text, m.start(1), m.end(1), "SD" + m.group(1)));
            }
        }
    }

    private static void money(String text, List<Entity> found) {
        Matcher m = MONEY_SYMBOL.matcher(text);
        while (m.find()) {
            String currency = m.group(1).contains("$") ? "USD" : "CNY";
            found.add(entity(Entity.MONEY, text, m.start(), m.end(), amount(m.group(2)) + " " + currency));
        }
        m = MONEY_CODE_FIRST.matcher(text);
        while (m.find()) {
            String code = m.group(1).toUpperCase(Locale.ROOT);
            found.add(entity(Entity.MONEY, text, m.start(), m.end(), amount(m.group(2)) + " " + (code.equals("RMB") ? "CNY" : code)));
        }
        m = MONEY_UNIT_AFTER.matcher(text);
        while (m.find()) {
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String currency = unit.startsWith("usd") || unit.startsWith("dollar") || unit.equals("bucks") ? "USD" : "CNY";
            found.add(entity(Entity.MONEY, text, m.start(), m.end(), amount(m.group(1)) + " " + currency));
        }
        chineseMoney(text, found);
    }

    /** Amounts in Chinese numerals (三百元, 两千五百块): the one pattern that needs no digit, and needs 元 or 块. */
    private static void chineseMoney(String text, List<Entity> found) {
        if (text.indexOf('元') < 0 && text.indexOf('块') < 0) {
            return;
        }
        Matcher m = MONEY_CHINESE.matcher(text);
        while (m.find()) {
            long value = ChineseNumber.parse(m.group(1));
            if (value >= 0) {
                found.add(entity(Entity.MONEY, text, m.start(), m.end(), value + " CNY"));
            }
        }
    }

    /**
     * Whether the text has a digit 0-9, which every pattern here but the Chinese-numeral amount needs ({@code \\d}
     * is ASCII-only without UNICODE_CHARACTER_CLASS). Most messages have none, and each pattern is otherwise tried at
     * every position: before this check the extractor was 7.7 % of an English message's time in a JFR profile of
     * {@code NluBenchmark.english}.
     */
    static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String amount(String digits) {
        return new BigDecimal(digits.replace(",", "")).stripTrailingZeros().toPlainString();
    }

    private static Entity entity(String type, String text, int start, int end, String value) {
        return new Entity(type, text.substring(start, end), start, end, value, "pattern");
    }
}
