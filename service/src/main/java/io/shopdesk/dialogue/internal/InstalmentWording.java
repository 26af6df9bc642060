package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.ChineseNumber;
import io.shopdesk.nlp.Entity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message says about paying in instalments, in both languages: whether its own words are about instalments
 * ("instalments", "monthly", "over 12 months", 分期, 月供, 每月, 花呗), whether it asks for the monthly amount ("how much a
 * month", 每月多少, 月供), the term (the NLP's instalment term: 12期, 分6期, "3 instalments"; or, in a message about
 * instalments or a follow-up of an instalment answer, months alone: "12 months", 12个月), the amount (an amount with its
 * currency, or, in such a message, a bare number of at least 100 that is not the term, a product's name or an order
 * number: "6000 over 12 months", 5999分12期) and the provider (Huabei, a credit card). A bare "12 months" is a term only
 * in such a context: "12 months warranty" is none. Stateless and thread-safe.
 */
public final class InstalmentWording {
    private static final Pattern ABOUT_INSTALMENTS = Pattern.compile("(?i)\\b(?:instal+ments?|install+ments?|monthly"
            + "|(?:a|per|each|every) month|huabei|pay later|payment plan|interest[- ]free|financing"
            + "|(?:over|across|in) \\d{1,2} months)\\b"
            + "|分期|月供|每月|每个月|一个月|每期|花呗|免息|几期|\\d{1,2}\\s?期|[" + ChineseNumber.CHARS + "]{1,3}期(?!间)");
    private static final Pattern MONTHLY = Pattern.compile("(?i)\\b(?:(?:a|per|each|every) month|monthly)\\b"
            + "|月供|每月|每个月|一个月|每期");
    /** Months alone: "12 months", "12-month", 12个月, 十二个月. */
    private static final Pattern MONTHS = Pattern.compile("(?i)(?<![\\w.])(\\d{1,2})[- ]?months?\\b"
            + "|(\\d{1,2}|[" + ChineseNumber.CHARS + "]{1,3})\\s?个月");
    /**
     * A whole message that is only a number of months asked as a follow-up: "and 6?", "what about 3", "6?", 3呢, 那6个呢,
     * 六期吧. Read only right after a quote ({@link #bareTerm}): anywhere else a bare number is no term.
     */
    private static final Pattern BARE_TERM = Pattern.compile("(?i)\\s*(?:and|or|what about|how about)?\\s*(\\d{1,2})"
            + "\\s*(?:months?|instal+ments?|install+ments?)?\\s*[?？.!]*\\s*"
            + "|\\s*那?(\\d{1,2}|[" + ChineseNumber.CHARS + "]{1,3})\\s?(?:个|期|个月)?(?:呢|吧|的)?\\s*[?？。!！]*\\s*");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?(?![\\d,]|\\.\\d)");
    /** What a number just before makes no amount of: a size, a count, a time. */
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)\\s?(?:期|个月|月|months?|inch|英寸|寸|%|号|gb|tb|岁|年|天|days?"
            + "|years?|weeks?|kg|g\\b|mm|cm|ml|w\\b|mah)");
    private static final Pattern HUABEI = Pattern.compile("(?i)huabei|花呗|ant check ?later");
    private static final Pattern CREDIT_CARD = Pattern.compile("(?i)credit ?card|bank card|\\bcard\\b|信用卡|银行卡");
    private static final BigDecimal SMALLEST_BARE_AMOUNT = BigDecimal.valueOf(100);
    private static final BigDecimal LARGEST_AMOUNT = BigDecimal.valueOf(10_000_000);
    private static final int MAX_MONTHS = 60;

    private final Analysis analysis;
    private final String text;

    public InstalmentWording(Analysis analysis) {
        this.analysis = analysis;
        this.text = analysis.text() == null ? "" : analysis.text();
    }

    /** Whether the message's own words, or the intent model, say it is about paying in instalments. */
    public boolean aboutInstalments() {
        return "installment_inquiry".equals(analysis.intentName()) || namesInstalments();
    }

    /**
     * Whether the message's own words are about instalments ("instalments", "over 12 months", 分期, 12期, 月供, 花呗): only
     * then, or after an instalment answer, are months alone a term and a bare number an amount. The intent model reads
     * a bare "6 months?" as an instalment question too, which on its own is no term.
     */
    public boolean namesInstalments() {
        return ABOUT_INSTALMENTS.matcher(text).find();
    }

    /** Whether the message asks for the monthly amount: "how much a month", "monthly payment", 每月多少, 月供. */
    public boolean asksMonthly() {
        return MONTHLY.matcher(text).find();
    }

    /**
     * The number of monthly instalments asked for, or 0: the NLP's instalment term, else, when {@code inContext} (the
     * message is about instalments or follows an instalment answer), months alone ("12 months", 12个月).
     */
    public int term(boolean inContext) {
        Optional<Entity> term = analysis.firstEntity(Entity.INSTALMENTS);
        if (term.isPresent()) {
            return Integer.parseInt(term.get().value());
        }
        if (!inContext) {
            return 0;
        }
        Matcher m = MONTHS.matcher(text);
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            long months = Character.isDigit(number.charAt(0)) ? Long.parseLong(number) : ChineseNumber.parse(number);
            if (months >= 1 && months <= MAX_MONTHS) {
                return (int) months;
            }
        }
        return 0;
    }

    /**
     * The number of months a whole message gives alone as a follow-up ("and 6?", 3呢), or 0: for the message right
     * after a quote, whose question it keeps (the caller decides that it is one).
     */
    public int bareTerm() {
        Matcher m = BARE_TERM.matcher(text);
        if (!m.matches()) {
            return 0;
        }
        String number = m.group(1) != null ? m.group(1) : m.group(2);
        long months = Character.isDigit(number.charAt(0)) ? Long.parseLong(number) : ChineseNumber.parse(number);
        return months >= 1 && months <= MAX_MONTHS ? (int) months : 0;
    }

    /**
     * The order amount the message names in CNY, or null: an amount with its currency (¥6000, 3000元, 三千块), else, when
     * {@code inContext}, the first bare number of at least 100 outside the term, a product's name and an order number
     * ("6000 over 12 months", 5999分12期每月多少). Dollars are no order amount here: the shop's prices are in yuan.
     */
    public BigDecimal amount(boolean inContext) {
        for (Entity money : analysis.entities(Entity.MONEY)) {
            String[] parts = money.value().split(" ");
            if (parts.length == 2 && "CNY".equals(parts[1])) {
                BigDecimal value = new BigDecimal(parts[0]);
                if (value.signum() > 0 && value.compareTo(LARGEST_AMOUNT) <= 0) {
                    return value;
                }
            }
        }
        if (!inContext) {
            return null;
        }
        List<Entity> taken = analysis.entities().stream().filter(e -> switch (e.type()) {
            case Entity.INSTALMENTS, Entity.PRODUCT, Entity.ORDER_ID, Entity.PHONE, Entity.MONEY -> true;
            default -> false;
        }).toList();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            boolean inEntity = taken.stream().anyMatch(e -> start < e.end() && end > e.start());
            boolean unit = UNIT_AFTER.matcher(text).region(end, text.length()).lookingAt();
            if (inEntity || unit || (start > 0 && text.charAt(start - 1) == '第')) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            if (value.compareTo(SMALLEST_BARE_AMOUNT) >= 0 && value.compareTo(LARGEST_AMOUNT) <= 0) {
                return value;
            }
        }
        return null;
    }

    /** The provider the message names, huabei or credit_card, or null for none (or both). */
    public String provider() {
        boolean huabei = HUABEI.matcher(text).find();
        boolean card = CREDIT_CARD.matcher(text.toLowerCase(Locale.ROOT)).find();
        return huabei == card ? null : huabei ? "huabei" : "credit_card";
    }

    /** The catalogue product the message names (the NLP's product entity, a sku), or null. */
    public String productSku() {
        return analysis.firstEntity(Entity.PRODUCT).map(Entity::value).orElse(null);
    }
}
