package io.shopdesk.risk.model.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns raw applicant values into the numeric vector the classifier sees. Learned once from training rows: a column
 * is numeric when every present value is a plain number (then median-imputed and standardised), otherwise
 * categorical (one-hot over the levels seen at least {@link #MIN_LEVEL_COUNT} times, with {@code missing} as a level
 * of its own and an {@code other} slot for rare and unseen values). Immutable and thread-safe.
 */
public final class FeatureEncoder implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Levels rarer than this share the {@code other} slot, so that slot learns a weight unseen values can use. */
    public static final int MIN_LEVEL_COUNT = 3;
    public static final String MISSING = "missing";
    public static final String OTHER = "other";
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** One input column: numeric (median, mean, sd) or categorical (levels, {@code other} last). */
    public record Column(String name, boolean numeric, double median, double mean, double sd, List<String> levels)
            implements Serializable {
        public Column {
            levels = List.copyOf(levels);
        }
    }

    private final List<Column> columns;
    private final int width;

    private FeatureEncoder(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.width = columns.stream().mapToInt(c -> c.numeric() ? 1 : c.levels().size()).sum();
    }

    /** Blank cells, {@code NA} and {@code ?} are missing. */
    public static boolean isMissing(String value) {
        if (value == null) {
            return true;
        }
        String v = value.strip();
        return v.isEmpty() || v.equals("NA") || v.equals("?");
    }

    public static FeatureEncoder fit(List<String> names, List<String[]> rows) {
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            List<String> present = new ArrayList<>();
            for (String[] row : rows) {
                if (!isMissing(row[c])) {
                    present.add(row[c].strip());
                }
            }
            boolean numeric = !present.isEmpty() && present.stream().allMatch(v -> NUMBER.matcher(v).matches());
            columns.add(numeric ? numericColumn(names.get(c), present, rows.size()) : categoricalColumn(names.get(c), rows, c));
        }
        return new FeatureEncoder(columns);
    }

    private static Column numericColumn(String name, List<String> present, int rows) {
        double[] values = present.stream().mapToDouble(Double::parseDouble).sorted().toArray();
        int n = values.length;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        // Mean and spread of the column as the classifier sees it, with the missing cells already imputed.
        double sum = Arrays.stream(values).sum() + median * (rows - n);
        double mean = sum / rows;
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() + (median - mean) * (median - mean) * (rows - n);
        double sd = Math.sqrt(squares / rows);
        return new Column(name, true, median, mean, sd > 1e-12 ? sd : 1, List.of());
    }

    private static Column categoricalColumn(String name, List<String[]> rows, int c) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String[] row : rows) {
            counts.merge(level(row[c]), 1, Integer::sum);
        }
        List<String> levels = new ArrayList<>();
        counts.forEach((level, count) -> {
            if (count >= MIN_LEVEL_COUNT && !level.equals(OTHER)) {
                levels.add(level);
            }
        });
        levels.add(OTHER);
        return new Column(name, false, Double.NaN, Double.NaN, Double.NaN, levels);
    }

    private static String level(String raw) {
        return isMissing(raw) ? MISSING : raw.strip();
    }

    public List<Column> columns() {
        return columns;
    }

    /** Length of the encoded vector. */
    public int width() {
        return width;
    }

    /** Encodes a training row (raw strings in column order). */
    public double[] encode(String[] row) {
        double[] x = new double[width];
        int at = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.numeric()) {
                x[at++] = standardise(column, isMissing(row[c]) ? Double.NaN : parse(column, row[c].strip()));
            } else {
                x[at + slot(column, level(row[c]))] = 1;
                at += column.levels().size();
            }
        }
        return x;
    }

    /**
     * Encodes an applicant given by column name. Absent keys and {@code null} are missing; numbers may be given as
     * {@link Number} or text; other keys are ignored.
     *
     * @throws IllegalArgumentException when a numeric column holds something that is not a number
     */
    public double[] encode(Map<String, ?> applicant) {
        double[] x = new double[width];
        int at = 0;
        for (Column column : columns) {
            Object value = applicant.get(column.name());
            if (column.numeric()) {
                double v = switch (value) {
                    case null -> Double.NaN;
                    case Number number -> number.doubleValue();
                    default -> isMissing(value.toString()) ? Double.NaN : parse(column, value.toString().strip());
                };
                x[at++] = standardise(column, v);
            } else {
                x[at + slot(column, value == null ? MISSING : level(value.toString()))] = 1;
                at += column.levels().size();
            }
        }
        return x;
    }

    private static double parse(Column column, String value) {
        if (!NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException(column.name() + ": '" + value + "' is not a number");
        }
        return Double.parseDouble(value);
    }

    private static double standardise(Column column, double value) {
        double v = Double.isNaN(value) ? column.median() : value;
        return (v - column.mean()) / column.sd();
    }

    private static int slot(Column column, String level) {
        int index = column.levels().indexOf(level);
        return index >= 0 ? index : column.levels().size() - 1;
    }
}
