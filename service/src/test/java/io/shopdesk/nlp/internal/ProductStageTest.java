package io.shopdesk.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.ProductNames;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catalogue names and category words found in messages, after the real language, HanLP and entity stages. */
class ProductStageTest {
    static final ProductStage PRODUCTS = new ProductStage(
            () -> List.of(new ProductNames.ProductName("ELE-3011", "PixelArc Laptop Air 14"),
                    new ProductNames.ProductName("ELE-3011", "PixelArc 14英寸轻薄笔记本电脑")),
            new NlpSettings(List.of(), Path.of("nlp-models"), 0.45, false, false));

    private static List<Entity> entities(String text) {
        return StagesForTests.run(text, StagesForTests.language(), StagesForTests.chinese(), StagesForTests.english(),
                new EntityStage(StagesForTests.WEDNESDAY_NOON_SHANGHAI), PRODUCTS).get(Keys.ENTITIES);
    }

    @Test
    void aCategoryWordReplacesTheOrganisationHanLpGuessedOverIt() {
        assertThat(StagesForTests.entities("有没有平板电脑")).extracting(Entity::type).contains(Entity.ORGANIZATION);

        assertThat(entities("有没有平板电脑")).extracting(Entity::type, Entity::text, Entity::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Entity.CATEGORY, "平板电脑", "electronics"));
    }

    @Test
    void productTypesOfTheCatalogueAreCategoryWords() {
        assertThat(entities("I want to buy a laptop")).extracting(Entity::type, Entity::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Entity.CATEGORY, "laptop"));
        assertThat(entities("any coffee machine under 2000?")).extracting(Entity::text).contains("coffee machine");
    }

    @Test
    void theLongestNameWinsAndWordsInsideLongerWordsDoNot() {
        assertThat(entities("Is the PixelArc Laptop Air 14 in stock?")).extracting(Entity::type, Entity::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Entity.PRODUCT, "ELE-3011"));
        assertThat(entities("I'm a big fan of your shop")).extracting(Entity::type).doesNotContain(Entity.CATEGORY);
        assertThat(entities("where is the panel")).extracting(Entity::type).doesNotContain(Entity.CATEGORY);
        assertThat(entities("I live in Beltsville")).as("a plural s, not the start of a longer word")
                .extracting(Entity::type).doesNotContain(Entity.CATEGORY);
        assertThat(entities("do you sell belts?")).extracting(Entity::text).containsExactly("belt");
    }
}
