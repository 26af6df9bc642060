package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many monthly instalments the shopper asks for (分6期, 十二期, 分12个月, "6 instalments", "12 monthly payments",
 * "12-month plan", "over 12 months"), as an {@link Entity#INSTALMENTS} entity whose value is the number of months, so the financing pre-check
 * scores the plan the shopper has in mind. A number alone is not a term: 第3期 (the third issue), 3个月前 (three months
 * ago) and "12 months warranty" are left alone. Stateless and thread-safe.
 */
final class InstalmentTermExtractor {
    private static final String NUMBER = "(\\d{1,2}|[" + ChineseNumber.CHARS + "]{1,3})";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<![第\\d" + ChineseNumber.CHARS + "])" + NUMBER + "\\s?期(?!间)"),
            Pattern.compile("分\\s?" + NUMBER + "\\s?个月"),
            Pattern.compile("(?i)(?<![\\w.])(\\d{1,2})[- ]?(?:monthly\\s+)?instal?l?ments?\\b"),
            Pattern.compile("(?i)(?<![\\w.])(\\d{1,2})\\s+monthly\\s+payments\\b"),
            Pattern.compile("(?i)(?<![\\w.])(\\d{1,2})[- ]months?\\s+(?:instal?l?ments?|payment\\s+plan|plan)\\b"),
            Pattern.compile("(?i)\\b(?:over|across)\\s+(\\d{1,2})\\s+months\\b"));

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
                long months = Character.isDigit(number.charAt(0)) ? Long.parseLong(number) : ChineseNumber.parse(number);
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
        return text.indexOf('期') >= 0 || text.contains("个月") || text.contains("nstal") || text.contains("onth");
    }
}
