package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every product of the shipped catalogue can be asked for by a word of {@code nlp-models/gazetteers/categories.csv}
 * that its name contains (the word narrows a recommendation to the names that have it). A product type added to the
 * catalogue without a word fails here: shoppers asking for it would be shown the rest of its category.
 */
class CategoryWordsCoverageTest {

    record CategoryWord(String term, String category) {
    }

    static List<CategoryWord> words() throws IOException {
        return Files.readAllLines(Path.of("nlp-models/gazetteers/categories.csv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split(",", 2))
                .map(parts -> new CategoryWord(parts[0].strip().toLowerCase(java.util.Locale.ROOT), parts[1].strip()))
                .toList();
    }

    @Test
    void everyCatalogueProductIsNamedByACategoryWordOfItsCategory() throws IOException {
        List<CategoryWord> words = words();
        ProductCatalogue catalogue = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));

        List<String> unreachable = catalogue.all().stream()
                .filter(p -> words.stream().noneMatch(w -> w.category().equals(p.category())
                        && new ProductQuery(w.category(), w.term(), Map.of(), null, null).matchesTerm(p)))
                .map(p -> p.sku() + " " + p.nameEn() + " / " + p.nameZh())
                .toList();
        assertThat(unreachable).isEmpty();
    }

    /**
     * A category word that no product's name or tags have tells the shopper the shop does not sell that kind of product
     * (AvailabilityQuestion.ofCategoryWord), unless it names a whole category (whole-category-words.csv): so every word
     * of the shipped gazetteer is one or the other, and a synonym the names lack ("rc car", 外套) is a product tag.
     */
    @Test
    void everyCategoryWordNamesAProductOfItsCategoryOrTheWholeCategory() throws IOException {
        ProductCatalogue catalogue = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));
        java.util.Set<String> wholeCategory = Files.readAllLines(Path.of("knowledge-base/products/whole-category-words.csv"),
                        StandardCharsets.UTF_8).stream().skip(1).filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split(",", 2)[0].strip().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());

        List<String> namingNothing = words().stream()
                .filter(w -> !wholeCategory.contains(w.term()))
                .filter(w -> catalogue.all().stream().noneMatch(p -> p.category().equals(w.category())
                        && new ProductQuery(w.category(), w.term(), Map.of(), null, null).matchesTerm(p)))
                .map(w -> w.term() + " (" + w.category() + ")")
                .toList();
        assertThat(namingNothing).isEmpty();
    }

    @Test
    void noWordBelongsToTwoCategories() throws IOException {
        assertThat(words().stream().collect(java.util.stream.Collectors.groupingBy(CategoryWord::term,
                java.util.stream.Collectors.mapping(CategoryWord::category, java.util.stream.Collectors.toSet())))
                .entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)).isEmpty();
    }
}
