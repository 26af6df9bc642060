package io.shopdesk.risk.model;

import io.shopdesk.model.DataFile;
import io.shopdesk.risk.model.internal.FeatureEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Labelled applicants for training: the feature columns' names, each applicant's raw values (strings as read, in
 * column order; blank means missing) and whether the applicant is positive (defaulted). Immutable once built (the
 * row arrays are shared, not copied: read them, never write them).
 *
 * @param columns   feature column names, the label column excluded
 * @param rows      one array of raw values per applicant, aligned with {@code columns}
 * @param positive  {@code positive[i]} is true when applicant {@code i} carries the positive label value
 */
public record FinancingData(List<String> columns, List<String[]> rows, boolean[] positive) {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY, CsvReadFeature.ALLOW_COMMENTS).build();

    public FinancingData {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (rows.size() != positive.length) {
            throw new IllegalArgumentException(rows.size() + " rows but " + positive.length + " labels");
        }
        positive = positive.clone();
    }

    /** A copy of the labels. */
    @Override
    public boolean[] positive() {
        return positive.clone();
    }

    public boolean isPositive(int row) {
        return positive[row];
    }

    public int size() {
        return rows.size();
    }

    public int positives() {
        int count = 0;
        for (boolean p : positive) {
            count += p ? 1 : 0;
        }
        return count;
    }

    /** The applicants at the given indices, in that order. */
    public FinancingData subset(int[] indices) {
        List<String[]> picked = new ArrayList<>(indices.length);
        boolean[] labels = new boolean[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked.add(rows.get(indices[i]));
            labels[i] = positive[indices[i]];
        }
        return new FinancingData(columns, picked, labels);
    }

    /**
     * Reads a CSV file with a header (UTF-8, RFC 4180). Rows whose label is {@code positiveValue} are positive, all
     * others negative. Blank lines are skipped, and so are comment lines, which start with {@code #} (a synthetic
     * file says so in one, see {@link SyntheticApplications}). Problems are reported as {@link FinancingDataException} naming the
     * file and, where it helps, the line ({@code applicants.csv:8: …}), counted as in the file also when a quoted
     * value spans lines.
     */
    public static FinancingData read(Path file, String labelColumn, String positiveValue) {
        DataFile.absent(file).or(() -> DataFile.notUtf8(file)).ifPresent(problem -> {
            throw new FinancingDataException(problem);
        });
        List<String[]> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int line = 1;
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(Files.newInputStream(file))) {
            while (it.hasNextValue()) {
                line = it.currentLocation().getLineNr();
                String[] cells = it.nextValue();
                if (Arrays.stream(cells).allMatch(String::isBlank)) {
                    continue;
                }
                lines.add(cells);
                lineNumbers.add(line);
            }
        } catch (IOException | JacksonException e) {
            String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
            throw new FinancingDataException(file + ":" + line + ": not valid CSV ("
                    + String.valueOf(message).lines().findFirst().orElse("") + ")");
        }
        if (lines.isEmpty()) {
            throw new FinancingDataException(file + ": empty file");
        }
        String[] header = lines.getFirst();
        Set<String> seen = new HashSet<>();
        int labelAt = -1;
        for (int c = 0; c < header.length; c++) {
            header[c] = header[c].strip();
            if (!seen.add(header[c])) {
                throw new FinancingDataException(file + ": the header names column '" + header[c] + "' twice");
            }
            if (header[c].equals(labelColumn)) {
                labelAt = c;
            }
        }
        if (labelAt < 0) {
            throw new FinancingDataException(file + ": no label column '" + labelColumn + "' in the header " + List.of(header));
        }
        List<String> columns = new ArrayList<>(List.of(header));
        columns.remove(labelAt);
        List<String[]> rows = new ArrayList<>();
        boolean[] labels = new boolean[lines.size() - 1];
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r);
            String where = file + ":" + lineNumbers.get(r) + ": ";
            if (cells.length != header.length) {
                throw new FinancingDataException(where + cells.length + (cells.length == 1 ? " value" : " values")
                        + ", but the header has " + header.length + " columns");
            }
            String label = cells[labelAt].strip();
            if (label.isEmpty()) {
                throw new FinancingDataException(where + "no " + labelColumn + " (the label)");
            }
            labels[r - 1] = label.equals(positiveValue);
            String[] values = new String[header.length - 1];
            for (int c = 0, v = 0; c < header.length; c++) {
                if (c != labelAt) {
                    values[v++] = cells[c];
                }
            }
            rows.add(values);
        }
        if (rows.isEmpty()) {
            throw new FinancingDataException(file + ": a header but no rows");
        }
        checkNumbers(file, columns, rows, lineNumbers.subList(1, lineNumbers.size()));
        FinancingData data = new FinancingData(columns, rows, labels);
        if (data.positives() == 0) {
            throw new FinancingDataException(file + ": no row has " + labelColumn + " = '" + positiveValue + "'");
        }
        if (data.positives() == data.size()) {
            throw new FinancingDataException(file + ": every row has " + labelColumn + " = '" + positiveValue
                    + "'; training needs both classes");
        }
        return data;
    }

    /**
     * Refuses a column of numbers with a few cells that are not ({@code 12a}, {@code 1,200}, {@code n/a}): the column
     * would be learnt as categories, or as numbers in a fold without those cells, which then cannot encode them. A
     * column that is mostly text is categorical and may hold numeric-looking codes.
     */
    private static void checkNumbers(Path file, List<String> columns, List<String[]> rows, List<Integer> lineNumbers) {
        for (int c = 0; c < columns.size(); c++) {
            int numbers = 0;
            int firstOther = -1;
            int others = 0;
            for (int r = 0; r < rows.size(); r++) {
                String value = rows.get(r)[c];
                if (FeatureEncoder.isMissing(value)) {
                    continue;
                }
                if (FeatureEncoder.isNumber(value)) {
                    numbers++;
                } else {
                    others++;
                    firstOther = firstOther < 0 ? r : firstOther;
                }
            }
            if (others > 0 && numbers > others) {
                throw new FinancingDataException(file + ":" + lineNumbers.get(firstOther) + ": column " + columns.get(c)
                        + ": '" + rows.get(firstOther)[c].strip() + "' is not a number, but " + numbers + " of the column's "
                        + (numbers + others) + " values are" + (others > 1 ? " (" + others + " are not)" : "")
                        + "; write a missing value as a blank, NA or ?");
            }
        }
    }
}
