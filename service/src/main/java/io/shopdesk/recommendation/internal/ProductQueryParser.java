package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.recommendation.ProductCatalogue;
import io.shopdesk.recommendation.ProductProblem;
import io.shopdesk.recommendation.ProductQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@link ProductQuery} from an analysed message: the category and product from the pipeline's entities,
 * attribute words from {@code attributes.csv}, whom the products are for from {@code recipients.csv} and whether they
 * are a gift ({@link RecipientWords}), what that person likes from {@code interests.csv} ({@link InterestWords}: "he likes
 * running", 爱健身), the price asked for ({@link AskedPrice}: a ceiling, a floor, a range with both ends or a band
 * around a price, in CNY) and the size ({@link AskedSize}: "size 44", 44码, "M码", as the attribute
 * {@link ProductQuery#SIZE}). Immutable and thread-safe.
 */
public final class ProductQueryParser {
    private record Term(String surface, String attribute, String value) {
    }

    private final List<Term> terms;
    private final RecipientWords recipients;
    private final InterestWords interests;
    private final Set<String> wholeCategoryWords;
    /** Each problem word and what it says is wrong (fit or fault). */
    private final Map<String, ProductProblem> problemWords;
    private final BigDecimal usdToCny;

    /**
     * Reads the attribute words and, beside them, {@code recipients.csv}, {@code interests.csv} (its tags checked
     * against the catalogue), {@code whole-category-words.csv} and {@code problem-words.csv}.
     *
     * @throws IllegalStateException naming the file and line of a row that cannot be read, or of an interest whose tag
     *                               no product of {@code catalogue} has
     */
    public ProductQueryParser(Path attributesFile, double usdToCny, ProductCatalogue catalogue) {
        this.terms = read(attributesFile);
        this.recipients = new RecipientWords(attributesFile.resolveSibling("recipients.csv"));
        this.interests = new InterestWords(attributesFile.resolveSibling("interests.csv"), catalogue);
        this.wholeCategoryWords = readWords(attributesFile.resolveSibling("whole-category-words.csv"));
        this.problemWords = readProblemWords(attributesFile.resolveSibling("problem-words.csv"));
        this.usdToCny = BigDecimal.valueOf(usdToCny);
    }

    /** The first column of a CSV file with a header, lower case; empty when the file does not exist. */
    private static Set<String> readWords(Path file) {
        if (!Files.exists(file)) {
            return Set.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split(",", 2)[0].strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the word list " + file, e);
        }
    }

    /**
     * {@code problem-words.csv}: a word and its kind, {@code fit} or {@code fault}; empty when the file does not exist.
     *
     * @throws IllegalArgumentException for a line without a kind or with another one, naming the file and the word
     */
    private static Map<String, ProductProblem> readProblemWords(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            Map<String, ProductProblem> words = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
                String[] parts = line.split(",", 2);
                String kind = parts.length < 2 ? "" : parts[1].strip();
                ProductProblem problem = switch (kind) {
                    case "fit" -> ProductProblem.FIT;
                    case "fault" -> ProductProblem.FAULT;
                    default -> throw new IllegalArgumentException(file + ": the word '" + parts[0].strip()
                            + "' needs a kind, fit or fault, not '" + kind + "'");
                };
                words.put(parts[0].strip().toLowerCase(Locale.ROOT), problem);
            }
            return Map.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the word list " + file, e);
        }
    }

    private static List<Term> read(Path file) {
        try {
            List<Term> all = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).toList()) {
                String[] parts = line.split(",");
                if (parts.length == 3 && !line.startsWith("#")) {
                    all.add(new Term(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip(), parts[2].strip()));
                }
            }
            all.sort(Comparator.comparingInt((Term t) -> t.surface().length()).reversed());
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attribute words " + file, e);
        }
    }

    public ProductQuery parse(Analysis analysis) {
        String text = analysis.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String category = analysis.firstEntity(Entity.CATEGORY).map(Entity::value).orElse(null);
        String term = analysis.firstEntity(Entity.CATEGORY).map(Entity::text).orElse(null);
        String sku = analysis.firstEntity(Entity.PRODUCT).map(Entity::value).orElse(null);
        Map<String, String> attributes = attributesIn(lower);
        String size = AskedSize.in(lower);
        if (size != null) {
            attributes.put(ProductQuery.SIZE, size);
        }
        AskedPrice price = AskedPrice.in(lower, usdToCny);
        return new ProductQuery(category, term, attributes, price.max(), sku, recipients.recipient(lower),
                RecipientWords.gift(lower), price.min(), price.around(), interests.interests(lower));
    }

    /** The attributes a lower-case text names by the words of {@code attributes.csv} (黑色, "gray": color=grey). */
    public Map<String, String> attributesIn(String lower) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Term t : terms) {
            if (!attributes.containsKey(t.attribute()) && WordInMessage.find(lower, t.surface()) >= 0) {
                attributes.put(t.attribute(), t.value());
            }
        }
        return attributes;
    }

    /**
     * Whether a category word names a whole category, or a large part of one ("clothes", 衣服, 童装), rather than one
     * kind of product ({@code whole-category-words.csv}): such a word that no product's name has still selects the
     * category; any other is a kind of product the shop does not sell.
     */
    public boolean isWholeCategoryWord(String word) {
        return word != null && wholeCategoryWords.contains(word.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the message says something is wrong with a product the shopper has ("the jacket doesn't fit",
     * 衣服尺码不合适, 耳机坏了): a word of {@code problem-words.csv}, an English one as whole words (typographic
     * apostrophes read as plain ones), a Chinese one anywhere. Such a message is about a return or a repair, whatever
     * product it names.
     */
    public boolean statesProductProblem(String message) {
        return productProblem(message).stated();
    }

    /**
     * What the message says is wrong with a product the shopper has, by the words of {@code problem-words.csv} (as
     * {@link #statesProductProblem}): a fault when it has a fault word ("the mug arrived broken", 围巾有破洞), else a
     * fit when it has a fit word, else none.
     */
    public ProductProblem productProblem(String message) {
        String lower = message.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        ProductProblem found = ProductProblem.NONE;
        for (Map.Entry<String, ProductProblem> word : problemWords.entrySet()) {
            if (WordInMessage.find(lower, word.getKey()) >= 0) {
                if (word.getValue() == ProductProblem.FAULT) {
                    return ProductProblem.FAULT;
                }
                found = word.getValue();
            }
        }
        return found;
    }

    /** Whether the word is one of {@code attributes.csv}'s (黑色, "wireless"): a property asked for, not a product. */
    public boolean isAttributeWord(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT);
        return terms.stream().anyMatch(t -> t.surface().equals(lower));
    }

}
