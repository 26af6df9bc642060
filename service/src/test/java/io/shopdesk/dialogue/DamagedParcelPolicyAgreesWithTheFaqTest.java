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
 * The hours within which a parcel damaged on the way is reported agree in the two places a shopper reads them: the
 * shipped FAQ's damaged-parcel answer ({@code shipping-damaged-package}, "contact us within 48 hours of receipt", edited
 * by the support lead) and the service's {@code shopdesk.dialogue.damaged-parcel-report-hours}
 * ({@link DamagedParcelPolicy}), from which the chat decides whether a report is in time and names the hours when it is
 * not. Changing one without the other fails here.
 */
class DamagedParcelPolicyAgreesWithTheFaqTest {

    @Test
    void theShippedDamagedParcelAnswerStatesTheShippedHoursInBothLanguages() throws Exception {
        Binder shipped = new Binder(ConfigurationPropertySources.from(
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))));
        DamagedParcelPolicy damaged = shipped.bindOrCreate("shopdesk.dialogue", DialogueSettings.class)
                .damagedParcelPolicy();
        for (Language language : Language.values()) {
            FaqEntry entry = FaqFile.read(Path.of("knowledge-base"), language).stream()
                    .filter(e -> e.id().equals("shipping-damaged-package")).findFirst().orElseThrow();
            String hours = language == Language.ZH ? "收货后" + damaged.reportHours() + "小时内"
                    : "within " + damaged.reportHours() + " hours of receipt";
            assertThat(entry.answer().replaceAll("\\s+", " ")).as(language + " damaged-parcel answer").contains(hours);
        }
    }
}
