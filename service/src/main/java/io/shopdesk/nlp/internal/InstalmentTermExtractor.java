package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.ChineseNumber;
import io.shopdesk.nlp.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many monthly instalments the shopper asks for (分6期, 十二期, 分12个月, "6 instalments", "12 monthly payments", "12-month
 * plan", "pay over 12 months"), as an {@link Entity#INSTALMENTS} entity whose value is the number of months, so the
 * financing pre-check scores the plan the shopper has in mind. A number alone is not a term: 第3期 and 下一期 (one
 * particular instalment), 3个月前 and 积分3个月后过期 (months ago, points expiring), "over 2 months ago" and "12 months warranty"
 * are left alone. Full-width digits (１２期) are not read. Stateless and thread-safe.
 */
final class InstalmentTermExtractor {
    private static final String NUMBER = "(\\d{1,2}|[" + ChineseNumber.CHARS + "]{1,3})";
    private static final List<Pattern> PATTERNS = List.of(
            // 6期, 十二期; not 第3期 / 上一期 / 这一期 (a particular instalment) nor 期间 (a period)
            Pattern.compile("(?<![第上下这本每首末前后近\\d" + ChineseNumber.CHARS + "])" + NUMBER + "\\s?期(?!间)"),
            // 分12个月, 分期6个月; not 积分3个月 (points), 部分3个月前 (some, months ago)
            Pattern.compile("(?<![积部充评满])分(?:期)?\\s?" + NUMBER + "\\s?个月"),
            // 6个月分期, 12个月免息分期
            Pattern.compile(NUMBER + "\\s?个月(?:免息)?分期"),
            Pattern.compile("(?i)(?<![\\w.])(\\d{1,2})[- ]?(?:monthly\\s+)?instal?l?ments?\\b"),
            Pattern.compile("(?i)(?<![\\w.])(\\d{1,2})\\s+monthly\\s+payments\\b"),
            Pattern.compile("(?i)(?<![\\w.])(\\d{1,2})[- ]months?\\s+(?:instal?l?ments?|payment\\s+plan|plan)\\b"),
            // "pay it over 12 months"; not "it's been over 2 months"
            Pattern.compile("(?i)\\b(?:pay|paying|split|splitting|spread|spreading)\\b[\\w ]{0,20}?"
                    + "\\b(?:over|across)\\s+(\\d{1,2})\\s+months\\b"));

    /** The longest plan any shop offers; larger numbers are something else (a year, a count). */
    private static final int MAX_MONTHS = 60;

    private InstalmentTermExtractor() {
    }

    static List<Entity> extract(String text) {
        List<Entity> found = new ArrayList<>();
        if (!mayNameATerm(text)) {
            return found;
        }
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String number = m.group(1);
                long months = Character.isDigit(number.charAt(0)) ? Long.parseLong(number)
                        : ChineseNumber.parse(number);
                if (months >= 1 && months <= MAX_MONTHS) {
                    found.add(new Entity(Entity.INSTALMENTS, m.group(), m.start(), m.end(), String.valueOf(months),
                            "pattern"));
                }
            }
        }
        return found;
    }

    /** A cheap test before the patterns, which would otherwise be tried at every position of every message. */
    private static boolean mayNameATerm(String text) {
        return text.indexOf('期') >= 0 || text.contains("个月") || containsIgnoreCase(text, "instal")
                || containsIgnoreCase(text, "month");
    }

    private static boolean containsIgnoreCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }
}
