package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.Entity;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in Chinese and English (明天, 上周五, 11月3日, last Friday, tomorrow, 2026-11-03, May 3), normalised to ISO
 * dates relative to a given day. Weeks start on Monday, as in China: 上周五 is Friday of the previous calendar week,
 * while "last Friday" is the latest Friday before today; "Friday" is the next one, or the latest after a verb in the past
 * ("I paid on Friday"). Stateless and thread-safe.
 */
final class DateExtractor {
    private static final Map<String, Integer> ZH_RELATIVE_DAYS = Map.of(
            "大前天", -3, "前天", -2, "昨天", -1, "今天", 0, "明天", 1, "后天", 2, "大后天", 3);
    private static final Pattern ZH_RELATIVE = Pattern.compile("大前天|前天|昨天|今天|明天|大后天|后天");
    private static final Pattern ZH_WEEKDAY = Pattern.compile("(上上|上|下下|下|本|这|这个)?(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern ZH_MONTH_DAY = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern EN_RELATIVE = Pattern.compile("(?i)\\b(the day after tomorrow|the day before yesterday|today|tonight|tomorrow|yesterday)\\b");
    private static final Pattern EN_WEEKDAY = Pattern.compile(
            "(?i)\\b(?:(last|next|this|on)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern EN_MONTH_DAY = Pattern.compile(
            "(?i)\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
    /**
     * A verb in the past before a weekday without last/next ("I paid on Tuesday", "it was delivered Friday"): the day is
     * the latest one, not the next.
     */
    private static final Pattern PAST_TENSE = Pattern.compile(
            "(?i)\\b(paid|payed|ordered|bought|placed|was|were|charged|debited|received|got|arrived|came|delivered|shipped"
                    + "|sent|returned|refunded|tried|made|did|had|called|happened|failed|declined|transferred)\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private DateExtractor() {
    }

    static List<Entity> extract(String text, LocalDate today) {
        List<Entity> found = new ArrayList<>();
        // Each pattern is tried only when the text has what every match of it contains (a digit, 天, 周/星期/礼拜):
        // most messages have none of these, and a pattern tried at every position costs more than the look.
        boolean digits = PatternEntityExtractor.hasAsciiDigit(text);
        boolean dayWord = text.indexOf('天') >= 0;
        boolean weekWord = text.indexOf('周') >= 0 || text.contains("星期") || text.contains("礼拜");
        Matcher m = ZH_RELATIVE.matcher(text);
        while (dayWord && m.find()) {
            add(found, m, today.plusDays(ZH_RELATIVE_DAYS.get(m.group())));
        }
        m = ZH_WEEKDAY.matcher(text);
        while (weekWord && m.find()) {
            int index = "一二三四五六日天".indexOf(m.group(2));
            DayOfWeek day = index >= 6 ? DayOfWeek.SUNDAY : DayOfWeek.of(index + 1);
            String prefix = m.group(1) == null ? "" : m.group(1);
            int weeks = switch (prefix) {
                case "上上" -> -2;
                case "上" -> -1;
                case "下" -> 1;
                case "下下" -> 2;
                default -> 0;
            };
            add(found, m, today.with(DayOfWeek.MONDAY).plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(day)));
        }
        m = ZH_MONTH_DAY.matcher(text);
        while (digits && m.find()) {
            int year = m.group(1) == null ? today.getYear() : Integer.parseInt(m.group(1));
            addDate(found, m, year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = ISO.matcher(text);
        while (digits && m.find()) {
            addDate(found, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = EN_RELATIVE.matcher(text);
        while (m.find()) {
            int offset = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "the day after tomorrow" -> 2;
                case "the day before yesterday" -> -2;
                case "tomorrow" -> 1;
                case "yesterday" -> -1;
                default -> 0;
            };
            add(found, m, today.plusDays(offset));
        }
        m = EN_WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String prefix = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            LocalDate date = switch (prefix) {
                case "last" -> today.with(TemporalAdjusters.previous(day));
                case "next" -> today.with(TemporalAdjusters.next(day));
                // "I paid on Tuesday", said on a Monday, is the Tuesday before, not the one to come.
                default -> PAST_TENSE.matcher(text.substring(0, m.start())).find()
                        ? today.with(TemporalAdjusters.previousOrSame(day))
                        : today.with(TemporalAdjusters.nextOrSame(day));
            };
            add(found, m, date);
        }
        m = EN_MONTH_DAY.matcher(text);
        while (digits && m.find()) {
            int month = MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
            addDate(found, m, today.getYear(), month, Integer.parseInt(m.group(2)));
        }
        return found;
    }

    private static void addDate(List<Entity> found, Matcher m, int year, int month, int day) {
        try {
            add(found, m, LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            // "13月45日" is not a date; leave it out rather than guess.
        }
    }

    private static void add(List<Entity> found, Matcher m, LocalDate date) {
        found.add(new Entity(Entity.DATE, m.group(), m.start(), m.end(), date.toString(), "pattern"));
    }
}
