package io.shopdesk.dialogue.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The instalment plans the shop offers, read from {@code knowledge-base/instalments/instalment-plans.csv} (columns
 * provider, months, total_fee_percent, min_amount, interest_free_over), so that the fees and thresholds the chat quotes
 * are data shop staff edit beside the FAQ that describes them, not Java. Rows keep the file's order. Immutable and
 * thread-safe; a changed file is read into a new instance.
 */
public final class InstalmentPlans {
    /** The providers the FAQ names: Huabei and credit cards of supported banks. */
    public static final List<String> PROVIDERS = List.of("huabei", "credit_card");
    static final List<String> COLUMNS = List.of("provider", "months", "total_fee_percent", "min_amount",
            "interest_free_over");
    /** The longest plan a shop offers (as the NLP's instalment terms); longer is a typo. */
    private static final int MAX_MONTHS = 60;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<InstalmentPlan> plans;

    public InstalmentPlans(List<InstalmentPlan> plans) {
        this.plans = List.copyOf(plans);
    }

    /**
     * Reads and checks the plan table.
     *
     * @throws IllegalStateException naming the file and line of the first row that is not valid CSV or not a valid plan
     *                               (an unknown provider, months that are no whole number from 2 to 60, a fee that is no
     *                               percentage from 0 to 100, a negative amount, a provider and months seen before), or
     *                               the file when a column is missing or it holds no plan
     */
    public static InstalmentPlans read(Path file) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<InstalmentPlan> plans = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(schema)
                .readValues(Files.newInputStream(file))) {
            boolean headerChecked = false;
            while (true) {
                long line = rows.currentLocation().getLineNr();
                Map<String, String> row;
                try {
                    boolean more = rows.hasNext();
                    if (!headerChecked) {
                        checkHeader(file, rows.parserSchema());
                        headerChecked = true;
                    }
                    if (!more) {
                        break;
                    }
                    line = rows.currentLocation().getLineNr();
                    row = rows.next();
                } catch (IllegalStateException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + ":" + line + ": not valid CSV: " + e.getMessage(), e);
                }
                if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                try {
                    InstalmentPlan plan = plan(row);
                    Long earlier = seen.putIfAbsent(plan.provider() + " " + plan.months(), line);
                    if (earlier != null) {
                        throw new IllegalArgumentException(plan.provider() + " over " + plan.months()
                                + " months already on line " + earlier);
                    }
                    plans.add(plan);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + ":" + line + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the instalment plans " + file, e);
        }
        if (plans.isEmpty()) {
            throw new IllegalStateException(file + ": no instalment plan");
        }
        return new InstalmentPlans(plans);
    }

    /** The header names every column (in any order): a misspelt one would otherwise read as a blank in every row. */
    private static void checkHeader(Path file, tools.jackson.core.FormatSchema schema) {
        List<String> header = schema instanceof CsvSchema csv ? csv.getColumnNames() : List.of();
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(file + ":1: missing column " + String.join(", ", missing)
                    + "; the header must be " + String.join(",", COLUMNS));
        }
    }

    private static InstalmentPlan plan(Map<String, String> row) {
        String provider = required(row, "provider").toLowerCase(Locale.ROOT);
        if (!PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("provider '" + row.get("provider") + "' is not one of " + PROVIDERS);
        }
        String monthsText = required(row, "months");
        int months;
        try {
            months = Integer.parseInt(monthsText);
        } catch (NumberFormatException e) {
            months = -1;
        }
        if (months < 2 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months '" + monthsText + "' is not a whole number from 2 to " + MAX_MONTHS);
        }
        BigDecimal fee = amount(row, "total_fee_percent");
        if (fee.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("total_fee_percent '" + fee.toPlainString() + "' is over 100");
        }
        String freeOver = row.get("interest_free_over");
        return new InstalmentPlan(provider, months, fee, amount(row, "min_amount"),
                freeOver == null || freeOver.isBlank() ? null : amount(row, "interest_free_over"));
    }

    /** A number of 0 or more (a percentage, an amount in CNY). */
    private static BigDecimal amount(Map<String, String> row, String column) {
        String text = required(row, column);
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(column + " '" + text + "' is not a number of 0 or more");
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + column);
        }
        return value.strip();
    }

    public List<InstalmentPlan> all() {
        return plans;
    }

    /** The plans of {@code provider}, or of every provider when it is null. */
    public List<InstalmentPlan> of(String provider) {
        return provider == null ? plans : plans.stream().filter(p -> p.provider().equals(provider)).toList();
    }

    /** The terms (months) {@code provider} offers, or any provider when it is null, shortest first. */
    public Set<Integer> terms(String provider) {
        Set<Integer> terms = new TreeSet<>();
        of(provider).forEach(p -> terms.add(p.months()));
        return terms;
    }

    /** The providers that have a plan, in the order of {@link #PROVIDERS}. */
    public List<String> providers() {
        return PROVIDERS.stream().filter(p -> plans.stream().anyMatch(plan -> plan.provider().equals(p))).toList();
    }
}
