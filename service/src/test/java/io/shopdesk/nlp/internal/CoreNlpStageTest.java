package io.shopdesk.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.NlpSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CoreNLP's NER and SUTime on English messages. It takes seconds to load, so it is loaded once, synchronously. */
@Tag("slow")
class CoreNlpStageTest {
    static CoreNlpStage coreNlp;

    @BeforeAll
    static void load() {
        coreNlp = new CoreNlpStage(new NlpSettings(List.of(), Path.of("nlp-models"), 0.45, true, false),
                StagesForTests.WEDNESDAY_NOON_SHANGHAI);
    }

    /** CoreNLP on its own: the earlier entities are empty, so everything found is CoreNLP's. */
    private static List<Entity> coreNlpAlone(String text) {
        Annotations annotations = StagesForTests.run(text, StagesForTests.language());
        annotations.put(Keys.ENTITIES, List.of());
        coreNlp.process(annotations);
        return annotations.get(Keys.ENTITIES);
    }

    @Test
    void isReadyOnceLoadedSynchronously() {
        assertThat(coreNlp.ready()).isTrue();
    }

    @Test
    void normalisesADateAgainstTheClockAndFindsMoney() {
        assertThat(coreNlpAlone("I ordered it last Friday for 50 dollars")).containsExactly(
                new Entity(Entity.DATE, "last Friday", 13, 24, "2026-11-20", "corenlp"),
                new Entity(Entity.MONEY, "50 dollars", 29, 39, "$50.0", "corenlp"));
    }

    @Test
    void addsNamesWithoutDuplicatingWhatThePatternsFound() {
        String text = "John Smith from Boston ordered it last Friday for 50 dollars";
        Annotations annotations = StagesForTests.run(text, StagesForTests.language(), StagesForTests.english(),
                new EntityStage(StagesForTests.WEDNESDAY_NOON_SHANGHAI), coreNlp);

        assertThat(annotations.get(Keys.ENTITIES)).containsExactly(
                new Entity(Entity.PERSON, "John Smith", 0, 10, "John Smith", "corenlp"),
                new Entity(Entity.PLACE, "Boston", 16, 22, "Boston", "corenlp"),
                new Entity(Entity.DATE, "last Friday", 34, 45, "2026-11-20", "pattern"),
                new Entity(Entity.MONEY, "50 dollars", 50, 60, "50 USD", "pattern"));
    }

    @Test
    void englishWithoutDigitsOrNamesIsSkipped() {
        Annotations annotations = StagesForTests.run("how do i return these shoes", StagesForTests.language());
        List<Entity> before = List.of(new Entity(Entity.CATEGORY, "shoes", 22, 27, "shoes", "catalogue"));
        annotations.put(Keys.ENTITIES, before);

        coreNlp.process(annotations);

        assertThat(annotations.get(Keys.ENTITIES)).isSameAs(before);
    }

    @Test
    void chineseIsSkipped() {
        Annotations annotations = StagesForTests.run("我上周五花了50元", StagesForTests.language());
        List<Entity> before = List.of(new Entity(Entity.MONEY, "50元", 6, 9, "50 CNY", "pattern"));
        annotations.put(Keys.ENTITIES, before);

        coreNlp.process(annotations);

        assertThat(annotations.get(Keys.ENTITIES)).isSameAs(before);
    }
}
