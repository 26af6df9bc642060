package io.shopdesk.nlp;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Assembles the pipeline from the configured stage names. */
@Configuration
@EnableConfigurationProperties(NlpSettings.class)
class NlpConfiguration {

    @Bean
    NlpPipeline nlpPipeline(NlpSettings settings, List<Stage> stages, MeterRegistry meters) {
        return new NlpPipeline(settings.stages(), stages, meters, ChineseMisspellings.read(
                settings.modelsDir().resolve("dictionaries").resolve(ChineseMisspellings.FILE)));
    }
}
