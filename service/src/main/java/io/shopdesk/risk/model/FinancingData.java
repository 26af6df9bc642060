package io.shopdesk.risk.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final CsvMapper CSV = new CsvMapper();

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
     * others negative. Problems are reported as {@link FinancingDataException} naming the file and, where it helps,
     * the line.
     */
    public static FinancingData read(Path file, String labelColumn, String positiveValue) {
        if (!Files.isRegularFile(file)) {
            throw new FinancingDataException(file + ": no such file");
        }
        List<String[]> lines = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvReadFeature.WRAP_AS_ARRAY)
                .readValues(Files.newInputStream(file))) {
            while (it.hasNextValue()) {
                lines.add(it.nextValue());
            }
        } catch (IOException | JacksonException e) {
            throw new FinancingDataException(file + ": not valid CSV (" + e.getMessage().lines().findFirst().orElse("") + ")");
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
            String[] line = lines.get(r);
            if (line.length == 1 && line[0].isBlank()) {
                throw new FinancingDataException(file + ": row " + r + " is blank");
            }
            if (line.length != header.length) {
                throw new FinancingDataException(file + ": row " + r + " has " + line.length + " fields, the header "
                        + header.length);
            }
            String label = line[labelAt].strip();
            if (label.isEmpty()) {
                throw new FinancingDataException(file + ": row " + r + " has no label");
            }
            labels[r - 1] = label.equals(positiveValue);
            String[] values = new String[header.length - 1];
            for (int c = 0, v = 0; c < header.length; c++) {
                if (c != labelAt) {
                    values[v++] = line[c];
                }
            }
            rows.add(values);
        }
        if (rows.isEmpty()) {
            throw new FinancingDataException(file + ": a header but no rows");
        }
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
}
