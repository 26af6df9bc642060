package io.shopdesk.risk.backtest;

import io.shopdesk.risk.PaymentRequest;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads and writes payment histories as CSV (header row, RFC 4180): the payment fields, the customer's account age,
 * order count and tier, chat signals, and an optional label column. A malformed file is reported with its line, and
 * each payment is validated as the API validates one (a negative or absurd amount, an unknown currency or method is
 * refused with its line, not replayed). Stateless and thread-safe.
 */
public final class PaymentHistoryCsv {
    static final List<String> COLUMNS = List.of("timestamp", "payment_id", "customer_id", "amount", "currency", "method",
            "card_fingerprint", "device_id", "ip", "shipping_address", "billing_address", "account_age_days",
            "order_count", "customer_tier", "failed_payments_24h", "chat_address_change", "chat_payment_failed", "is_fraud");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.SKIP_EMPTY_LINES).build();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private PaymentHistoryCsv() {
    }

    /**
     * Reads a history; {@code label} names the label column (null: no labels). A label is 1/true/yes for fraud,
     * 0/false/no for legitimate (any case), blank for unknown (the row is replayed but left out of precision, recall
     * and FPR); anything else stops the read with its line. Blank lines and rows with every cell blank are skipped.
     * Lines are the file's: a row after a quoted field spanning lines is reported at the line it starts on.
     */
    public static List<HistoricalPayment> read(Path file, String label) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        List<HistoricalPayment> rows = new ArrayList<>();
        int line = 1;
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                line = it.currentLocation().getLineNr();
                Map<String, String> r = it.nextValue();
                if (r.values().stream().allMatch(PaymentHistoryCsv::blank)) {
                    continue;
                }
                rows.add(row(r, label, file, line));
            }
        } catch (JacksonException | java.time.format.DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage().lines().findFirst().orElse("malformed"));
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no payments");
        }
        return rows;
    }

    private static HistoricalPayment row(Map<String, String> r, String label, Path file, int line) {
        for (String required : List.of("timestamp", "payment_id", "customer_id", "amount", "currency", "method")) {
            if (blank(r.get(required))) {
                throw new IllegalArgumentException(file + ":" + line + ": missing " + required);
            }
        }
        if (label != null && !r.containsKey(label)) {
            throw new IllegalArgumentException(file + ": no label column '" + label + "'");
        }
        PaymentRequest request = new PaymentRequest(r.get("payment_id"), Long.parseLong(r.get("customer_id").strip()),
                new BigDecimal(r.get("amount").strip()), r.get("currency"), r.get("method"), nullIfBlank(r.get("card_fingerprint")),
                nullIfBlank(r.get("device_id")), nullIfBlank(r.get("ip")), nullIfBlank(r.get("shipping_address")),
                nullIfBlank(r.get("billing_address")), null, null, Instant.parse(r.get("timestamp").strip()));
        validate(request, file, line);
        return new HistoricalPayment(request, longOr(r.get("account_age_days"), 365), (int) longOr(r.get("order_count"), 0),
                blank(r.get("customer_tier")) ? "regular" : r.get("customer_tier"),
                (int) longOr(r.get("failed_payments_24h"), 0),
                "true".equalsIgnoreCase(r.get("chat_address_change")) || "1".equals(r.get("chat_address_change")),
                (int) longOr(r.get("chat_payment_failed"), 0),
                label == null ? null : fraud(r.get(label), label, file, line));
    }

    /** A label: true for fraud, false for legitimate, null for unknown (blank). */
    private static Boolean fraud(String value, String label, Path file, int line) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "yes" -> true;
            case "0", "false", "no" -> false;
            default -> throw new IllegalArgumentException(file + ":" + line + ": " + label + " must be 1/0, true/false, "
                    + "yes/no or blank (unknown), got '" + value.strip() + "'");
        };
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

    private static String nullIfBlank(String s) {
        return blank(s) ? null : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static long longOr(String s, long fallback) {
        return blank(s) ? fallback : Long.parseLong(s.strip());
    }
}
