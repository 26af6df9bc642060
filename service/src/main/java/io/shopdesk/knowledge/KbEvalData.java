package io.shopdesk.knowledge;

import io.shopdesk.knowledge.internal.FaqLoader;
import io.shopdesk.model.DataFile;
import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the files {@code kb eval} measures with: a FAQ as CSV ({@code id,question[,answer]}, one row per question
 * variant, rows of one id forming one entry) or as the service's own FAQ YAML, and labelled queries as CSV
 * ({@code query,expected_ids}, several right ids separated by {@code |}, each an id of the FAQ). Errors name the
 * file and line.
 * Stateless and thread-safe.
 */
public final class KbEvalData {
    private static final CsvMapper CSV = new CsvMapper();

    private KbEvalData() {
    }

    /**
     * Chinese when most questions have a Han character, otherwise English. Not "any": the shipped English FAQ asks
     * "How does 运费险 work?", as English-speaking shoppers in China do.
     */
    public static Language detectLanguage(List<FaqEntry> entries) {
        List<String> questions = entries.stream().flatMap(e -> e.questions().stream()).toList();
        long han = questions.stream()
                .filter(q -> q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        return han * 2 > questions.size() ? Language.ZH : Language.EN;
    }

    /** The FAQ's entries in {@code language}, or in the detected language when it is null. */
    public static List<FaqEntry> readFaq(Path file, Language language) {
        String name = checked(file);
        List<FaqEntry> entries;
        if (name.endsWith(".csv")) {
            entries = faqCsv(file);
        } else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            try {
                entries = FaqLoader.loadFile(file, Language.ZH);
            } catch (IllegalArgumentException e) {
                throw new KbDataException(e.getMessage());
            }
        } else {
            throw new KbDataException(file + ": unknown format, expected a .csv (id,question[,answer]) or FAQ .yml");
        }
        Language lang = language != null ? language : detectLanguage(entries);
        return entries.stream().map(e -> new FaqEntry(e.id(), lang, e.category(), e.questions(), e.answer(), e.tags())).toList();
    }

    private static List<FaqEntry> faqCsv(Path file) {
        Map<String, List<String>> questions = new LinkedHashMap<>();
        Map<String, String> answers = new LinkedHashMap<>();
        for (Row row : rows(file, "id", "question")) {
            String id = row.get("id");
            questions.computeIfAbsent(id, k -> new ArrayList<>()).add(row.get("question"));
            String answer = row.values().getOrDefault("answer", "");
            if (answer != null && !answer.isBlank()) {
                answers.putIfAbsent(id, answer.strip());
            }
        }
        return questions.entrySet().stream().map(e -> new FaqEntry(e.getKey(), Language.EN, null,
                List.copyOf(e.getValue()), answers.getOrDefault(e.getKey(), ""), List.of())).toList();
    }

    /**
     * The labelled queries of {@code file}, whose expected ids must all be ids of {@code faq}: a query whose id is
     * not there (a typo, an entry renamed since) could only be scored as a miss, so it is an error naming its line.
     */
    public static List<KbEvaluator.LabelledQuery> readQueries(Path file, List<FaqEntry> faq) {
        if (!checked(file).endsWith(".csv")) {
            throw new KbDataException(file + ": unknown format, expected a .csv with the columns query,expected_ids");
        }
        Set<String> ids = new HashSet<>();
        faq.forEach(entry -> ids.add(entry.id()));
        List<KbEvaluator.LabelledQuery> queries = new ArrayList<>();
        for (Row row : rows(file, Set.of("expected_ids"), "query", "expected_ids")) {
            Set<String> expected = new LinkedHashSet<>(Arrays.stream(row.get("expected_ids").split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList());
            if (row.get("expected_ids").isBlank()) {
                // A team writes the questions its FAQ should not answer here, with no id: say where they go.
                throw new KbDataException(file + ":" + row.line() + ": no expected id for '" + row.get("query")
                        + "'; a question the FAQ should not answer goes in a text file of its own, one a line, given "
                        + "with --unrelated FILE");
            }
            if (expected.isEmpty()) {
                throw new KbDataException(file + ":" + row.line() + ": no expected id in '" + row.get("expected_ids") + "'");
            }
            for (String id : expected) {
                if (!ids.contains(id)) {
                    throw new KbDataException(file + ":" + row.line() + ": expected id '" + id + "' is not an id of the FAQ");
                }
            }
            queries.add(new KbEvaluator.LabelledQuery(row.get("query"), expected));
        }
        return queries;
    }

    /** Plain text, one question a line: questions the FAQ should not answer. */
    public static List<String> readLines(Path file) {
        checked(file);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new KbDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The file's lower-case name, once it is a non-empty UTF-8 file. */
    private static String checked(Path file) {
        DataFile.absent(file).ifPresent(problem -> {
            throw new KbDataException(problem);
        });
        try {
            if (Files.size(file) == 0) {
                throw new KbDataException(file + ": the file is empty");
            }
        } catch (IOException e) {
            throw new KbDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        DataFile.notUtf8(file).ifPresent(problem -> {
            throw new KbDataException(problem);
        });
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private record Row(int line, Map<String, String> values) {
        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /**
     * Rows with every required column non-blank; records whose fields are all blank are skipped. Lines are the file's
     * own (a quoted field may span several), taken from the parser. A record the parser cannot read is reported at the
     * line it starts on: a quote left open is only noticed at the end of the file.
     */
    private static List<Row> rows(Path file, String... required) {
        return rows(file, Set.of(), required);
    }

    /** {@link #rows(Path, String...)}, where the columns {@code mayBeBlank} must be in the header but may be blank. */
    private static List<Row> rows(Path file, Set<String> mayBeBlank, String... required) {
        List<Row> rows = new ArrayList<>();
        int line = 1;
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(Files.newInputStream(file))) {
            while (it.hasNextValue()) {
                // The parser stands where the previous record (or the header) ended; this one starts on the next line.
                line = it.parser().currentTokenLocation().getLineNr() + 1;
                Map<String, String> values = it.nextValue();
                CsvSchema header = (CsvSchema) it.parserSchema();
                for (String column : required) {
                    if (header.column(column) == null) {
                        List<String> found = new ArrayList<>();
                        header.forEach(c -> found.add(c.getName()));
                        throw new KbDataException(file + ": the header must have the columns "
                                + String.join(",", required) + ", found " + found
                                + (String.join(",", found).contains("，")
                                ? "; the comma in the header is the full-width '，': type it as ','" : ""));
                    }
                }
                if (values.values().stream().allMatch(value -> value == null || value.isBlank())) {
                    continue;
                }
                // The header again (a second export pasted below the first) was read as an entry or query of its own.
                if (values.entrySet().stream().allMatch(e -> e.getValue() == null || e.getValue().isBlank()
                        || e.getValue().strip().equalsIgnoreCase(e.getKey()))) {
                    throw new KbDataException(file + ":" + line + ": the header " + String.join(",", values.keySet())
                            + " again; keep it on the first line only (was a second file pasted below the first?)");
                }
                for (String column : required) {
                    if (!mayBeBlank.contains(column) && (values.get(column) == null || values.get(column).isBlank())) {
                        throw new KbDataException(file + ":" + line + ": empty " + column);
                    }
                }
                rows.add(new Row(line, values));
            }
        } catch (JacksonException e) {
            throw new KbDataException(file + ":" + line + ": not valid CSV (" + e.getOriginalMessage() + ")"
                    + commaHint(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new KbDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (rows.isEmpty()) {
            throw new KbDataException(file + ": no rows");
        }
        return rows;
    }

    /** A row with more columns than the header is nearly always a text with an unquoted comma: say how to fix it. */
    private static String commaHint(String parserMessage) {
        return parserMessage != null && parserMessage.startsWith("Too many entries")
                ? "; a value with a comma must be in double quotes: \"hello, there\"" : "";
    }
}
