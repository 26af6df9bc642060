package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.ProductCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The qualities a shopper asks of the cards just shown, read from {@code knowledge-base/products/qualities.csv}
 * (quality, kind, catalogue, zh, en: what each means in catalogue terms) and {@code quality-words.csv} (term, quality:
 * "warmer", 暖和, "lighter", 轻一点). An English term counts as whole words, a Chinese one anywhere, the longer first.
 * Every tag of a {@code tag} quality must be one some product has, so a typo cannot make "warmer" find nothing
 * silently. Immutable and thread-safe.
 */
public final class QualityWords {
    private record Term(String surface, ProductQuality quality) {
    }

    /** No words: nothing is read as a quality. */
    public static final QualityWords NONE = new QualityWords(List.of());

    private final List<Term> terms;

    private QualityWords(List<Term> terms) {
        this.terms = terms;
    }

    /**
     * Reads both files from the catalogue folder; none when {@code qualities.csv} does not exist.
     *
     * @throws IllegalStateException naming the file and line of a row without its columns, of another kind, with a tag
     *                               no product of {@code catalogue} has, or a term whose quality is not defined
     */
    public static QualityWords read(Path qualitiesFile, Path wordsFile, ProductCatalogue catalogue) {
        if (!Files.exists(qualitiesFile)) {
            return NONE;
        }
        Set<String> tags = catalogue.all().stream().flatMap(p -> p.tags().stream()).collect(Collectors.toSet());
        Map<String, ProductQuality> qualities = new LinkedHashMap<>();
        for (Row row : rows(qualitiesFile, 5, "quality,kind,catalogue,zh,en")) {
            ProductQuality.Kind kind = switch (row.columns()[1]) {
                case "tag" -> ProductQuality.Kind.TAG;
                case "less" -> ProductQuality.Kind.LESS;
                case "more" -> ProductQuality.Kind.MORE;
                default -> throw new IllegalStateException(row.where() + "the kind must be tag, less or more, got '"
                        + row.columns()[1] + "'");
            };
            List<String> catalogueTerms = Arrays.stream(row.columns()[2].split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (catalogueTerms.isEmpty()) {
                throw new IllegalStateException(row.where() + "no tag or attribute in the catalogue column");
            }
            if (kind == ProductQuality.Kind.TAG) {
                catalogueTerms.stream().filter(tag -> !tags.contains(tag)).findFirst().ifPresent(tag -> {
                    throw new IllegalStateException(row.where() + "no product of the catalogue has the tag '" + tag + "'");
                });
            }
            String name = row.columns()[0];
            if (qualities.put(name, new ProductQuality(name, kind, catalogueTerms, row.columns()[3], row.columns()[4])) != null) {
                throw new IllegalStateException(row.where() + "the quality '" + name + "' is defined twice");
            }
        }
        List<Term> terms = new ArrayList<>();
        if (Files.exists(wordsFile)) {
            for (Row row : rows(wordsFile, 2, "term,quality")) {
                ProductQuality quality = qualities.get(row.columns()[1]);
                if (quality == null) {
                    throw new IllegalStateException(row.where() + "the quality '" + row.columns()[1] + "' is not in "
                            + qualitiesFile.getFileName());
                }
                terms.add(new Term(row.columns()[0].toLowerCase(Locale.ROOT), quality));
            }
        }
        terms.sort(Comparator.comparingInt((Term t) -> t.surface().length()).reversed());
        return new QualityWords(List.copyOf(terms));
    }

    /** The quality the message asks for by its first (longest) term; empty for none. */
    public Optional<ProductQuality> in(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return terms.stream().filter(t -> WordInMessage.find(lower, t.surface()) >= 0).findFirst().map(Term::quality);
    }

    /** How many terms were read (for the start-up log and tests). */
    public int size() {
        return terms.size();
    }

    private record Row(String where, String[] columns) {
    }

    /** The rows of a file with a header, comments and blank lines skipped, each with exactly {@code columns} non-blank columns. */
    private static List<Row> rows(Path file, int columns, String expected) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] parts = Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new);
            if (parts.length != columns || Arrays.stream(parts).anyMatch(String::isEmpty)) {
                throw new IllegalStateException(where + "expected " + expected + ", got '" + line + "'");
            }
            rows.add(new Row(where, parts));
        }
        return rows;
    }
}
