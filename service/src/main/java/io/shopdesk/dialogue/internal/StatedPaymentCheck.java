package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.dialogue.StatedPayment;
import io.shopdesk.nlp.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The payment a shopper said they made ("I paid $45.90 on Tuesday"), compared with the payment records of the order
 * they proved: every attempt counts (one that failed or waits for confirmation is what many shoppers mean). The amount
 * matches a payment of the same currency and amount; the day one made within a day of it, on the shop's calendar (a
 * shopper abroad pays on "Tuesday" evening what the shop records on Wednesday). What does not match is said before the
 * answer from the records, which says what they hold: {@code payment_stated.<amount|date|both>} with
 * {@code {statedAmount}} and {@code {statedDay}} as the shopper wrote them, the records ({@code {records}}) and, for
 * another currency than the order's, {@code payment_stated.other_currency}. Told $45.90 when the order was charged
 * ¥598.00, the bot used to fall back to "did you mean". Stateless and thread-safe.
 */
public final class StatedPaymentCheck {
    private static final int DAYS_APART = 1;

    private StatedPaymentCheck() {
    }

    /** What the shopper stated and how it compares, for the reply's data; {@code matches} false when something differs. */
    public record Comparison(boolean amountDiffers, boolean dateDiffers, boolean otherCurrency) {
        boolean matches() {
            return !amountDiffers && !dateDiffers;
        }
    }

    static Comparison compare(StatedPayment stated, List<OrderDetails.Payment> payments) {
        Optional<Money> money = Money.of(stated.amount());
        boolean amountDiffers = money.isPresent() && payments.stream().noneMatch(p -> money.get().is(p));
        boolean otherCurrency = money.isPresent() && payments.stream()
                .noneMatch(p -> money.get().currency().equalsIgnoreCase(p.currency()));
        LocalDate day = date(stated.date());
        boolean dateDiffers = day != null && payments.stream().noneMatch(p -> p.createdAt() != null
                && Math.abs(ChronoUnit.DAYS.between(day,
                p.createdAt().atZoneSameInstant(OrderRepository.SHOP_ZONE).toLocalDate())) <= DAYS_APART);
        return new Comparison(amountDiffers, dateDiffers, otherCurrency);
    }

    /**
     * The sentence that says where the shopper's payment differs from the records, to stand before the answer from
     * them, or empty when it does not differ (or the language has no such text); the data gain {@code stated}.
     */
    static Optional<String> lead(StatedPayment stated, OrderLookup lookup, Language language, ReplyTemplates texts,
                                 Map<String, Object> data) {
        if (stated == null || lookup == null || lookup.getOrder() == null || !texts.has(language, "payment_stated.amount")) {
            return Optional.empty();
        }
        List<OrderDetails.Payment> payments = lookup.getPayments().all();
        Comparison comparison = compare(stated, payments);
        Map<String, Object> said = new LinkedHashMap<>();
        said.put("amount", stated.amount());
        said.put("date", stated.date());
        said.put("matches", comparison.matches());
        data.put("stated", said);
        if (comparison.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("orderId", lookup.getOrderId());
        values.put("statedAmount", stated.amountText() == null ? "" : stated.amountText());
        values.put("statedDay", day(stated, language));
        values.put("records", records(payments, language, texts));
        String key = comparison.amountDiffers() && comparison.dateDiffers() ? "payment_stated.both"
                : comparison.amountDiffers() ? "payment_stated.amount" : "payment_stated.date";
        String text = texts.text(language, key, values);
        if (comparison.otherCurrency()) {
            text = text + " " + texts.text(language, "payment_stated.other_currency");
        }
        return Optional.of(text);
    }

    /**
     * The replies with the payment the shopper stated compared before the answer about the order's payments (an
     * {@code order_request} or {@code order_request_for_agent} decision whose detail is a payment request's); the
     * replies as they were for any other decision, or when nothing was stated.
     */
    public static List<io.shopdesk.dialogue.Reply> addTo(List<io.shopdesk.dialogue.Reply> replies,
                                                          io.shopdesk.dialogue.Decision decision, StatedPayment stated,
                                                          OrderLookup lookup, Language language, ReplyTemplates texts) {
        String detail = decision.getDetail();
        if (stated == null || replies.isEmpty() || detail == null
                || !("order_request".equals(decision.getAction()) || "order_request_for_agent".equals(decision.getAction()))
                || !detail.matches("(payment_check|double_charge|payment_failed)\\..*")) {
            return replies;
        }
        io.shopdesk.dialogue.Reply first = replies.getFirst();
        Map<String, Object> data = new LinkedHashMap<>(first.data());
        Optional<String> lead = lead(stated, lookup, language, texts, data);
        java.util.ArrayList<io.shopdesk.dialogue.Reply> out = new java.util.ArrayList<>(replies);
        out.set(0, new io.shopdesk.dialogue.Reply(first.type(),
                lead.map(l -> l + " " + first.text()).orElse(first.text()), data));
        return List.copyOf(out);
    }

    /** "on Tuesday (2026-12-01)", "yesterday (2026-12-06)": the shopper's words and the day they stand for. */
    private static String day(StatedPayment stated, Language language) {
        if (stated.dateText() == null) {
            return "";
        }
        String said = stated.dateText().strip();
        LocalDate day = date(stated.date());
        boolean needsOn = language == Language.EN && said.matches("(?i)\\d.*|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*");
        String words = needsOn ? "on " + said : said;
        if (day == null) {
            return words;
        }
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return words + " (" + (said.toLowerCase(Locale.ROOT).contains(weekday.toLowerCase(Locale.ROOT)) ? day
                : weekday + " " + day) + ")";
    }

    private static String records(List<OrderDetails.Payment> payments, Language language, ReplyTemplates texts) {
        if (payments.isEmpty()) {
            return texts.text(language, "payment_stated.no_records");
        }
        return String.join(texts.text(language, "payment.joiner"), payments.stream()
                .map(p -> texts.text(language, "payment_stated.record", Map.of(
                        "charge", texts.text(language, "payment.charge", Map.of(
                                "amount", PaymentValues.amount(p, language),
                                "method", texts.label(language, "payment_method", p.method()),
                                "at", p.createdAt() == null ? texts.text(language, "unknown")
                                        : p.createdAt().atZoneSameInstant(OrderRepository.SHOP_ZONE)
                                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))),
                        "status", texts.label(language, "payment_status", p.status()))))
                .toList());
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** An amount as the NLP normalises it: {@code 45.9 USD}, {@code 598 CNY}. */
    private record Money(BigDecimal amount, String currency) {
        static Optional<Money> of(String value) {
            if (value == null) {
                return Optional.empty();
            }
            String[] parts = value.strip().split("\\s+");
            try {
                return Optional.of(new Money(new BigDecimal(parts[0]), parts.length > 1 ? parts[1] : "CNY"));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        boolean is(OrderDetails.Payment p) {
            return currency.equalsIgnoreCase(p.currency()) && amount.compareTo(p.amount()) == 0;
        }
    }
}
