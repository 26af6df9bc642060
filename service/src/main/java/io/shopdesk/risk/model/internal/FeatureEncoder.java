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
 * of its own and an {@code other} slot for rare and unseen values).
 *
 * <p>Optionally ({@link #fit(List, List, boolean)}) the vector ends with <em>log-ratio</em> features: for every pair
 * {@code a < b} (in column order) of numeric columns whose training values are all &gt; 0 once missing cells take the
 * median, {@code ln(a / b)} of the raw (unstandardised) values. Which pairs is decided on the training rows alone and
 * kept in the encoder ({@link #ratios()}), so serving computes exactly the training columns. At encoding time a
 * missing value takes the column's training median (as the column itself does); a value &le; 0, which training never
 * saw in such a column, is clamped to {@link #RATIO_FLOOR}, so its ratios lie beyond every training value on the
 * "smaller than anything seen" side (where the raw column also puts it) and never become infinite or NaN; a
 * non-finite number counts as missing. The log-ratios come after the {@link #baseWidth()} one-hot/numeric slots, so
 * a learner that should not see them reads only that prefix. Immutable and thread-safe.
 */
public final class FeatureEncoder implements Serializable {
    /** 2: log-ratio features ({@link #ratios()}); a version-1 encoder has none and its models are refused on load. */
    @Serial
    private static final long serialVersionUID = 2L;
    /** What a value &le; 0 in a log-ratio column is clamped to at encoding time (training values are all &gt; 0). */
    public static final double RATIO_FLOOR = 1e-9;
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

    /**
     * A log-ratio feature: {@code ln(value of column numerator / value of column denominator)}, both indices into
     * {@link #columns()}, {@code numerator < denominator}.
     */
    public record Ratio(int numerator, int denominator) implements Serializable {
    }

    private final List<Column> columns;
    private final List<Ratio> ratios;
    private final int baseWidth;
    private final int width;

    private FeatureEncoder(List<Column> columns, List<Ratio> ratios) {
        this.columns = List.copyOf(columns);
        this.ratios = List.copyOf(ratios);
        this.baseWidth = columns.stream().mapToInt(c -> c.numeric() ? 1 : c.levels().size()).sum();
        this.width = baseWidth + ratios.size();
    }

    /** Blank cells, {@code NA} and {@code ?} are missing. */
    public static boolean isMissing(String value) {
        if (value == null) {
            return true;
        }
        String v = value.strip();
        return v.isEmpty() || v.equals("NA") || v.equals("?");
    }

    /** Whether a present cell is a plain number, the test that makes a column numeric when all its cells pass. */
    public static boolean isNumber(String value) {
        return NUMBER.matcher(value.strip()).matches();
    }

    /** An encoder without log-ratio features. */
    public static FeatureEncoder fit(List<String> names, List<String[]> rows) {
        return fit(names, rows, false);
    }

    /**
     * Learns the columns from training rows (raw strings in {@code names} order) and, when {@code logRatios}, the
     * log-ratio pairs: every pair of numeric columns whose values in these rows are all &gt; 0 (missing cells counted
     * at the median).
     */
    public static FeatureEncoder fit(List<String> names, List<String[]> rows, boolean logRatios) {
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            List<String> present = new ArrayList<>();
            for (String[] row : rows) {
                if (!isMissing(row[c])) {
                    present.add(row[c].strip());
                }
            }
            boolean numeric = !present.isEmpty() && present.stream().allMatch(FeatureEncoder::isNumber);
            columns.add(numeric ? numericColumn(names.get(c), present, rows.size()) : categoricalColumn(names.get(c), rows, c));
        }
        List<Ratio> ratios = new ArrayList<>();
        if (logRatios) {
            List<Integer> positive = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                int cc = c;
                if (column.numeric() && rows.stream().allMatch(r -> raw(column, r[cc]) > 0)) {
                    positive.add(c);
                }
            }
            for (int a = 0; a < positive.size(); a++) {
                for (int b = a + 1; b < positive.size(); b++) {
                    ratios.add(new Ratio(positive.get(a), positive.get(b)));
                }
            }
        }
        return new FeatureEncoder(columns, ratios);
    }

    /** A training cell's number, the median when missing (the column is numeric, so every present cell parses). */
    private static double raw(Column column, String value) {
        return isMissing(value) ? column.median() : Double.parseDouble(value.strip());
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

    /** The log-ratio features, in the order they follow the {@link #baseWidth()} slots; empty when fitted without. */
    public List<Ratio> ratios() {
        return ratios;
    }

    /** The log-ratio features' names, {@code log(a/b)} with the column names. */
    public List<String> ratioNames() {
        return ratios.stream().map(r -> "log(" + columns.get(r.numerator()).name() + "/"
                + columns.get(r.denominator()).name() + ")").toList();
    }

    /** Length of the encoded vector: {@link #baseWidth()} plus one slot per log-ratio. */
    public int width() {
        return width;
    }

    /** Length of the vector without the log-ratios: one slot per numeric column and per categorical level. */
    public int baseWidth() {
        return baseWidth;
    }

    /** Encodes a training row (raw strings in column order). */
    public double[] encode(String[] row) {
        double[] x = new double[width];
        double[] values = new double[columns.size()];
        int at = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.numeric()) {
                values[c] = isMissing(row[c]) ? Double.NaN : parse(column, row[c].strip());
                x[at++] = standardise(column, values[c]);
            } else {
                x[at + slot(column, level(row[c]))] = 1;
                at += column.levels().size();
            }
        }
        addRatios(values, x);
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
        double[] values = new double[columns.size()];
        int at = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Object value = applicant.get(column.name());
            if (column.numeric()) {
                values[c] = switch (value) {
                    case null -> Double.NaN;
                    case Number number -> number.doubleValue();
                    default -> isMissing(value.toString()) ? Double.NaN : parse(column, value.toString().strip());
                };
                x[at++] = standardise(column, values[c]);
            } else {
                x[at + slot(column, value == null ? MISSING : level(value.toString()))] = 1;
                at += column.levels().size();
            }
        }
        addRatios(values, x);
        return x;
    }

    /** Fills the log-ratio slots after {@link #baseWidth()} from the numeric columns' raw values (NaN: missing). */
    private void addRatios(double[] values, double[] x) {
        for (int k = 0; k < ratios.size(); k++) {
            Ratio ratio = ratios.get(k);
            x[baseWidth + k] = Math.log(ratioOperand(ratio.numerator(), values) / ratioOperand(ratio.denominator(), values));
        }
    }

    /** A raw value as a log-ratio sees it: the median when missing or not finite, at least {@link #RATIO_FLOOR}. */
    private double ratioOperand(int column, double[] values) {
        double v = values[column];
        return Math.max(RATIO_FLOOR, Double.isFinite(v) ? v : columns.get(column).median());
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
