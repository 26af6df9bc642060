package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Key;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.ProductNames;
import io.shopdesk.nlp.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Product names from the catalogue and category words from {@code nlp-models/gazetteers/categories.csv}
 * (跑步鞋 → shoes, earbuds → electronics), matched case-insensitively on the original text. Longest names are
 * tried first so "AirFlow Running Shoes" wins over "Running Shoes". A match replaces a person, place or organisation
 * guessed by an earlier stage over the same words. Thread-safe; the name list is read once.
 */
@Component
public class ProductStage implements Stage {
    private record Term(String surface, String type, String value) {
    }

    /**
     * Entity types the earlier stages guess from dictionaries and statistics (HanLP reads 平板电脑 as an
     * organisation). The shop's own catalogue and category words are surer than such a guess where they overlap.
     */
    private static final Set<String> NAME_GUESSES = Set.of(Entity.PERSON, Entity.PLACE, Entity.ORGANIZATION);

    private final List<Term> terms;

    public ProductStage(ProductNames products, NlpSettings settings) {
        List<Term> all = new ArrayList<>();
        for (ProductNames.ProductName name : products.names()) {
            all.add(new Term(name.name().toLowerCase(Locale.ROOT), Entity.PRODUCT, name.sku()));
        }
        all.addAll(readCategories(settings.modelsDir().resolve("gazetteers/categories.csv")));
        all.sort(Comparator.comparingInt((Term t) -> t.surface().length()).reversed());
        this.terms = List.copyOf(all);
    }

    private static List<Term> readCategories(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split(",", 2))
                    .filter(parts -> parts.length == 2)
                    .map(parts -> new Term(parts[0].strip().toLowerCase(Locale.ROOT), Entity.CATEGORY, parts[1].strip()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the category gazetteer " + file, e);
        }
    }

    @Override
    public String name() {
        return "products";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.ENTITIES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.ENTITIES);
    }

    @Override
    public void process(Annotations annotations) {
        String text = annotations.text();
        String lower = text.toLowerCase(Locale.ROOT);
        List<Entity> found = new ArrayList<>(annotations.getOrDefault(Keys.ENTITIES, List.of()));
        for (Term term : terms) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(term.surface(), from)) >= 0) {
                int end = at + term.surface().length();
                from = end;
                if (!wordBoundary(lower, at, end)) {
                    continue;
                }
                Entity entity = new Entity(term.type(), text.substring(at, end), at, end, term.value(), "catalogue");
                found.removeIf(other -> NAME_GUESSES.contains(other.type()) && entity.overlaps(other));
                if (found.stream().noneMatch(entity::overlaps)) {
                    found.add(entity);
                }
            }
        }
        found.sort(Comparator.comparingInt(Entity::start));
        annotations.put(Keys.ENTITIES, found);
    }

    /**
     * Latin names must not match inside a longer word ("shoe" in "shoehorn", "bra" in "brass"), but may take a plural
     * s ("shoes"); Chinese has no spaces to check.
     */
    private static boolean wordBoundary(String text, int start, int end) {
        boolean leftOk = start == 0 || !isLatin(text.charAt(start - 1)) || !isLatin(text.charAt(start));
        boolean rightOk = end == text.length() || !isLatin(text.charAt(end)) || !isLatin(text.charAt(end - 1))
                || (text.charAt(end) == 's' && (end + 1 == text.length() || !isLatin(text.charAt(end + 1))));
        return leftOk && rightOk;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
