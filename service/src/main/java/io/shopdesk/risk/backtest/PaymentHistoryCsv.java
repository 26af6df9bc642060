package io.shopdesk.risk.backtest;

import io.shopdesk.model.DataFile;
import io.shopdesk.risk.CnyRates;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.ShopOrder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads and writes payment histories as CSV (header row, RFC 4180): the payment fields, the customer's account age,
 * order count and tier, chat signals, a takeover of the account the customer had reported ({@code takeover_reported}),
 * the order the payment names with its total ({@code order_id}, {@code order_total}, {@code order_currency}), the chat
 * it was made in ({@code conversation_id}), and an optional label column. The header is checked first ({@link
 * HistoryColumns}: required columns, unknown ones, the label); then each cell is read strictly, an error naming the
 * file, line, column and value ({@code h.csv:8: column amount: "abc" is not a number}), and each payment is validated
 * as the API validates one (a negative or absurd amount, an unknown currency or method is refused with its line, not
 * replayed). Stateless and thread-safe.
 */
public final class PaymentHistoryCsv {
    static final List<String> COLUMNS = List.of("timestamp", "payment_id", "customer_id", "amount", "currency", "method",
            "card_fingerprint", "device_id", "ip", "shipping_address", "billing_address", "account_age_days",
            "order_count", "customer_tier", "failed_payments_24h", "chat_address_change", "chat_payment_failed", "takeover_reported",
            "order_id", "order_total", "order_currency", "conversation_id", "is_fraud");
    /** The customer tiers the shop knows ({@code customers.tier}); the rules compare them as written here. */
    static final List<String> TIERS = List.of("regular", "silver", "gold", "vip");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private PaymentHistoryCsv() {
    }

    /** {@link #read(Path, String, Set)} with no column left out. */
    public static PaymentHistory read(Path file, String label) {
        return read(file, label, Set.of());
    }

    /**
     * Reads a history; {@code label} names the label column (null: no labels), {@code ignored} columns the history may
     * have and the backtest leaves out. A label is 1/true/yes for fraud, 0/false/no for legitimate (any case), blank
     * for unknown (the row is replayed but left out of precision, recall and FPR). Blank lines and rows with every
     * cell blank are skipped. Lines are the file's: a row after a quoted field spanning lines is reported at the line
     * it starts on. Every problem throws an {@link IllegalArgumentException} starting {@code file:line: }.
     */
    public static PaymentHistory read(Path file, String label, Set<String> ignored) {
        DataFile.absent(file).or(() -> DataFile.notUtf8(file)).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        List<HistoricalPayment> rows = new ArrayList<>();
        HistoryColumns columns = null;
        int line = 1;
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                line = it.currentLocation().getLineNr();
                String[] cells = it.nextValue();
                if (Arrays.stream(cells).allMatch(PaymentHistoryCsv::blank)) {
                    continue;
                }
                if (columns == null) {
                    columns = HistoryColumns.check(file, line, cells, label, ignored);
                    continue;
                }
                if (cells.length > columns.names().size()) {
                    throw new IllegalArgumentException(file + ":" + line + ": " + cells.length + " cells, but the header "
                            + "has " + columns.names().size() + " columns");
                }
                rows.add(new Row(file, line, cells, columns).payment(label));
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ":" + line + ": not valid CSV: "
                    + e.getOriginalMessage().lines().findFirst().orElse("malformed"));
        }
        if (columns == null) {
            throw new IllegalArgumentException(file + ": empty file; a history starts with a header naming its columns");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no payments");
        }
        return new PaymentHistory(rows, columns.names(), columns.absent());
    }

    /** One row being read: each cell is read strictly, and a bad one is reported with its line and column. */
    private record Row(Path file, int line, String[] cells, HistoryColumns columns) {

        HistoricalPayment payment(String label) {
            PaymentRequest request = new PaymentRequest(required("payment_id"), whole(required("customer_id"), "customer_id"),
                    number(required("amount"), "amount"), required("currency"), required("method"),
                    optional("card_fingerprint"), optional("device_id"), optional("ip"), optional("shipping_address"),
                    optional("billing_address"), stripped("order_id"), stripped("conversation_id"),
                    instant(required("timestamp"), "timestamp"));
            validate(request, file, line);
            return new HistoricalPayment(request, count("account_age_days"), (int) count("order_count"), tier(),
                    (int) count("failed_payments_24h"), flag("chat_address_change"), (int) count("chat_payment_failed"),
                    flag("takeover_reported"), label == null ? null : fraud(label)).withOrder(order(request));
        }

        /**
         * The order {@code order_id} names as the shop held it: {@code order_total} in {@code order_currency} (blank:
         * the payment's), the paying customer's. Without a total, none: the shop did not know the order. A total or
         * currency without an order id, a total that is no positive number or an unknown currency stops the run.
         */
        private ShopOrder order(PaymentRequest request) {
            String total = columns.cell(cells, "order_total");
            String currency = columns.cell(cells, "order_currency");
            if (request.orderId() == null) {
                if (!blank(total)) {
                    throw bad("order_total", quoted(total) + " without an order_id: say which order it is the total of");
                }
                if (!blank(currency)) {
                    throw bad("order_currency", quoted(currency) + " without an order_id and order_total");
                }
                return null;
            }
            if (blank(total)) {
                if (!blank(currency)) {
                    throw bad("order_currency", quoted(currency) + " without an order_total (blank order_total: an "
                            + "order the shop does not know, which has no currency)");
                }
                return null;
            }
            BigDecimal amount = number(total, "order_total");
            if (amount.signum() <= 0) {
                throw bad("order_total", quoted(total) + " must be more than 0 (blank: an order the shop does not know)");
            }
            String inCurrency = blank(currency) ? request.currency() : currency.strip().toUpperCase(Locale.ROOT);
            if (!CnyRates.DEFAULTS.perUnit().containsKey(inCurrency)) {
                throw bad("order_currency", quoted(currency) + " must be one of "
                        + String.join(", ", new java.util.TreeSet<>(CnyRates.DEFAULTS.perUnit().keySet()))
                        + " (blank: the payment's currency)");
            }
            return new ShopOrder(request.orderId(), request.customerId(), amount, inCurrency);
        }

        /** An optional text cell without surrounding spaces; null when blank or the history has no such column. */
        private String stripped(String column) {
            String value = optional(column);
            return value == null ? null : value.strip();
        }

        private IllegalArgumentException bad(String column, String message) {
            return new IllegalArgumentException(file + ":" + line + ": column " + column + ": " + message);
        }

        private String required(String column) {
            String value = columns.cell(cells, column);
            if (blank(value)) {
                throw bad(column, "empty; every payment needs one");
            }
            return value.strip();
        }

        private String optional(String column) {
            String value = columns.cell(cells, column);
            return blank(value) ? null : value;
        }

        private long whole(String value, String column) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw bad(column, quoted(value) + " is not a whole number");
            }
        }

        private BigDecimal number(String value, String column) {
            try {
                return new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                throw bad(column, quoted(value) + " is not a number");
            }
        }

        private Instant instant(String value, String column) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw bad(column, quoted(value) + " is not an ISO-8601 instant, like 2026-11-01T08:30:00Z");
            }
        }

        /** A count (0 or more); blank or no column: the column's default ({@link HistoryColumns#OPTIONAL}). */
        private long count(String column) {
            String value = columns.cell(cells, column);
            if (blank(value)) {
                return Long.parseLong(HistoryColumns.OPTIONAL.get(column));
            }
            long n = whole(value, column);
            if (n < 0) {
                throw bad(column, quoted(value) + " must be 0 or more");
            }
            return n;
        }

        private String tier() {
            String value = columns.cell(cells, "customer_tier");
            if (blank(value)) {
                return HistoryColumns.OPTIONAL.get("customer_tier");
            }
            String tier = value.strip().toLowerCase(Locale.ROOT);
            if (!TIERS.contains(tier)) {
                throw bad("customer_tier", quoted(value) + " must be one of " + String.join(", ", TIERS) + " (blank: regular)");
            }
            return tier;
        }

        private boolean flag(String column) {
            Boolean value = yesNo(column, "true/false, 1/0, yes/no or blank (false)");
            return value != null && value;
        }

        /** A label: true for fraud, false for legitimate, null for unknown (blank). */
        private Boolean fraud(String label) {
            return yesNo(HistoryColumns.normal(label), "1/0, true/false, yes/no or blank (unknown)");
        }

        /** 1/true/yes, 0/false/no in any case; null when blank; anything else an error saying what is {@code allowed}. */
        private Boolean yesNo(String column, String allowed) {
            String value = columns.cell(cells, column);
            if (blank(value)) {
                return null;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "1", "true", "yes" -> true;
                case "0", "false", "no" -> false;
                default -> throw bad(column, quoted(value) + " must be " + allowed);
            };
        }
    }

    private static String quoted(String value) {
        return "\"" + value.strip() + "\"";
    }

    /** The API's field checks ({@link PaymentRequest}'s annotations), reported as {@code file:line: field message}. */
    private static void validate(PaymentRequest request, Path file, int line) {
        Set<ConstraintViolation<PaymentRequest>> violations = VALIDATOR.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + line + ": " + violations.stream()
                    .map(v -> column(v.getPropertyPath().toString()) + " " + v.getMessage()).distinct().sorted()
                    .collect(Collectors.joining("; ")));
        }
    }

    /** The CSV column of a request field: {@code cardFingerprint} is {@code card_fingerprint}. */
    private static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    public static void write(Path file, List<HistoricalPayment> rows) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", COLUMNS) + "\n");
            for (HistoricalPayment h : rows) {
                PaymentRequest p = h.request();
                List<String> cells = List.of(p.timestamp().toString(), p.paymentId(), String.valueOf(p.customerId()),
                        p.amount().toPlainString(), p.currency(), p.method(), orEmpty(p.cardFingerprint()), orEmpty(p.deviceId()),
                        orEmpty(p.ip()), orEmpty(p.shippingAddress()), orEmpty(p.billingAddress()),
                        String.valueOf(h.accountAgeDays()), String.valueOf(h.orderCount()), h.customerTier(),
                        String.valueOf(h.failedPaymentsLast24h()),
                        String.valueOf(h.chatAddressChange()), String.valueOf(h.chatPaymentFailed()),
                        String.valueOf(h.chat().takeoverReported()), orEmpty(p.orderId()),
                        h.order() == null ? "" : h.order().total().toPlainString(),
                        h.order() == null || h.order().currency().equals(p.currency()) ? "" : h.order().currency(),
                        orEmpty(p.conversationId()),
                        h.fraud() == null ? "" : (h.fraud() ? "1" : "0"));
                out.write(String.join(",", cells.stream().map(PaymentHistoryCsv::quote).toList()) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
