package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.knowledge.FaqEntry;
import io.shopdesk.knowledge.FaqFile;
import io.shopdesk.nlp.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The days after which a late order is investigated agree in the two places a shopper reads them: the shipped FAQ's
 * late-delivery answer ({@code shipping-late-compensation}, "more than 3 days after its estimated delivery date",
 * edited by the support lead) and the service's {@code shopdesk.dialogue.slightly-late-days} ({@link LateDeliveryPolicy}),
 * from which the chat offers the investigation and names the day in its replies. Changing one without the other fails
 * here.
 */
class LateDeliveryPolicyAgreesWithTheFaqTest {

    @Test
    void theShippedLateDeliveryAnswerStatesTheShippedDaysInBothLanguages() throws Exception {
        Binder shipped = new Binder(ConfigurationPropertySources.from(
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))));
        LateDeliveryPolicy late = shipped.bindOrCreate("shopdesk.dialogue", DialogueSettings.class).lateDeliveryPolicy();
        for (Language language : Language.values()) {
            FaqEntry entry = FaqFile.read(Path.of("knowledge-base"), language).stream()
                    .filter(e -> e.id().equals("shipping-late-compensation")).findFirst().orElseThrow();
            String days = language == Language.ZH ? "超过预计送达日期" + late.slightDays() + "天"
                    : "more than " + late.slightDays() + " days after its estimated delivery";
            assertThat(entry.answer().replaceAll("\\s+", " ")).as(language + " late-delivery answer").contains(days);
        }
    }
}
