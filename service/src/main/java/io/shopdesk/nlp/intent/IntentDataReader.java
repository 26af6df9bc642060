package io.shopdesk.nlp.intent;

import io.shopdesk.model.DataFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads intent examples from CSV files with a {@code text,intent} header (UTF-8, RFC 4180 quoting) or from Rasa
 * {@code nlu.yml} files (see {@link RasaNluReader}), chosen by the file's extension. Bad files are reported with the
 * file and line, never as a stack trace. Stateless and thread-safe.
 */
public final class IntentDataReader {
    private static final CsvMapper CSV = new CsvMapper();

    private IntentDataReader() {
    }

    /** The examples of a {@code .csv} or Rasa {@code .yml}/{@code .yaml} file. */
    public static List<IntentExample> read(Path file) {
        return readData(file).examples();
    }

    /** The examples of a file with, for Rasa files, its synonyms, regexes and lookup tables. */
    public static IntentData readData(Path file) {
        DataFile.absent(file).ifPresent(problem -> {
            throw new IntentDataException(problem);
        });
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".yml") && !name.endsWith(".yaml")) {
            throw new IntentDataException(file + ": unknown format, expected .csv or Rasa .yml");
        }
        try {
            if (Files.size(file) == 0) {
                throw new IntentDataException(file + ": the file is empty");
            }
        } catch (IOException e) {
            throw new IntentDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        DataFile.notUtf8(file).ifPresent(problem -> {
            throw new IntentDataException(problem);
        });
        return csv ? IntentData.of(readCsv(file)) : RasaNluReader.read(file);
    }

    /**
     * Lines are the file's own (a quoted text may span several), taken from the parser; records whose fields are all
     * blank (a trailing empty line, say) are skipped. A record the parser cannot read is reported at the line it
     * starts on: a quote left open is only noticed at the end of the file.
     */
    private static List<IntentExample> readCsv(Path file) {
        List<IntentExample> examples = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        int line = 1;
        try (MappingIterator<java.util.Map<String, String>> rows = CSV.readerForMapOf(String.class).with(schema)
                .readValues(Files.newInputStream(file))) {
            while (rows.hasNextValue()) {
                // The parser stands where the previous record (or the header) ended; this one starts on the next line.
                line = rows.parser().currentTokenLocation().getLineNr() + 1;
                java.util.Map<String, String> row = rows.nextValue();
                // Checked against the header itself: a row that lacks its intent is that row's fault, not the header's.
                CsvSchema header = (CsvSchema) rows.parserSchema();
                if (header.column("text") == null || header.column("intent") == null) {
                    List<String> columns = new ArrayList<>();
                    header.forEach(column -> columns.add(column.getName()));
                    throw new IntentDataException(file + ": the header must have the columns text and intent, found "
                            + columns + fullWidthHint(String.join(",", columns)));
                }
                if (row.values().stream().allMatch(value -> value == null || value.isBlank())) {
                    continue;
                }
                String text = row.get("text") == null ? "" : row.get("text").strip();
                String intent = row.get("intent") == null ? "" : row.get("intent").strip();
                // The header again (a second export pasted below the first) was read as an intent named "intent".
                if (text.equalsIgnoreCase("text") && intent.equalsIgnoreCase("intent")) {
                    throw new IntentDataException(file + ":" + line + ": the header text,intent again; keep it on the "
                            + "first line only (was a second file pasted below the first?)");
                }
                if (text.isEmpty() || intent.isEmpty()) {
                    throw new IntentDataException(file + ":" + line + ": empty text or intent" + emptyCell(text, intent));
                }
                examples.add(new IntentExample(text, intent));
            }
        } catch (JacksonException e) {
            throw new IntentDataException(file + ":" + line + ": not valid CSV (" + e.getOriginalMessage() + ")"
                    + commaHint(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new IntentDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (examples.isEmpty()) {
            throw new IntentDataException(file + ": no examples");
        }
        return examples;
    }

    /**
     * The training files of a folder, in name order: {@code *.csv} and Rasa {@code *.yml}/{@code *.yaml} (any case),
     * what the service trains and releases from ({@code nlp-models/intents/}), so a team that writes Rasa's
     * {@code nlu.yml} drops it in as it is. Hidden files (an editor's {@code .nlu.yml.swp}, say) are not data.
     */
    public static List<Path> dataFiles(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(IntentDataReader::isDataFile).sorted().toList();
        } catch (IOException e) {
            throw new IntentDataException(dir + ": cannot list (" + e.getMessage() + ")");
        }
    }

    /** Whether {@link #dataFiles} takes the file: a CSV or Rasa YAML name, not hidden. */
    public static boolean isDataFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".csv") || name.endsWith(".yml") || name.endsWith(".yaml"));
    }

    /**
     * Reads every training file of a folder ({@link #dataFiles}), in name order, as the service trains on them: the
     * examples alone (a Rasa file's synonyms, regexes and lookups are not applied, as {@code nlu train} does not).
     */
    public static List<IntentExample> readFolder(Path dir) {
        List<IntentExample> all = new ArrayList<>();
        for (Path file : dataFiles(dir)) {
            all.addAll(read(file));
        }
        if (all.isEmpty()) {
            throw new IntentDataException(dir + ": no training files (*.csv with a text,intent header, Rasa nlu.yml)");
        }
        return all;
    }

    /** A label as a team writes one after a full-width comma: {@code 这个茶新鲜吗，tea_freshness}. */
    private static final java.util.regex.Pattern AFTER_FULL_WIDTH_COMMA =
            java.util.regex.Pattern.compile(".*[，、]\\s*([\\p{L}\\p{N}_.-]+)");

    /**
     * Which cell of a row is empty, and, when the text ends in a full-width comma and a label (a Chinese input method
     * types '，' for ','), that this is why: the row was one cell, and "empty text or intent" alone sent the team
     * looking for a blank cell.
     */
    private static String emptyCell(String text, String intent) {
        if (text.isEmpty()) {
            return intent.isEmpty() ? "" : " (no text for intent '" + intent + "')";
        }
        java.util.regex.Matcher fullWidth = AFTER_FULL_WIDTH_COMMA.matcher(text);
        if (fullWidth.matches() && !Character.UnicodeScript.of(fullWidth.group(1).codePointAt(0))
                .equals(Character.UnicodeScript.HAN)) {
            return " (no intent: '" + text + "' has a full-width comma '，' before '" + fullWidth.group(1)
                    + "'; separate the text and its intent with ',')";
        }
        return " (no intent for '" + text + "')";
    }

    /** A header that is one column with a full-width comma in it: {@code text，intent}. */
    private static String fullWidthHint(String header) {
        return header.contains("，") ? "; the comma in the header is the full-width '，': type it as ','" : "";
    }

    /** A row with more columns than the header is nearly always a text with an unquoted comma: say how to fix it. */
    private static String commaHint(String parserMessage) {
        return parserMessage != null && parserMessage.startsWith("Too many entries")
                ? "; a value with a comma must be in double quotes: \"hello, there\"" : "";
    }
}
