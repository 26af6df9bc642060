package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.knowledge.FaqEntry;
import io.shopdesk.knowledge.FaqFile;
import io.shopdesk.nlp.Language;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The hours a shopper is told in two places agree: the shipped FAQ's contact answer (knowledge-base, edited by the
 * support lead) and the service's business hours ({@code shopdesk.escalation.hours} in {@code application.yml}), which
 * decide what a shopper handed over off hours reads. Changing one without the other fails here.
 */
class BusinessHoursAgreeWithTheFaqTest {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    @Test
    void theShippedContactAnswerStatesTheShippedHoursInBothLanguages() throws Exception {
        Binder shipped = new Binder(ConfigurationPropertySources.from(
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))));
        BusinessHours hours = shipped.bind("shopdesk.escalation.hours", BusinessHours.class).get();
        for (Language language : Language.values()) {
            FaqEntry contact = FaqFile.read(Path.of("knowledge-base"), language).stream()
                    .filter(e -> e.id().equals("contact-customer-service")).findFirst().orElseThrow();
            assertThat(contact.answer()).as(language + " contact answer")
                    .contains(TIME.format(hours.opens()), TIME.format(hours.closes()), hours.zoneName(language.code()));
        }
    }
}
