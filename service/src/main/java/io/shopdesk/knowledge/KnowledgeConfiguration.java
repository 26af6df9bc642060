package io.shopdesk.knowledge;

import io.shopdesk.nlp.ChineseDictionary;
import io.shopdesk.nlp.intent.MessageTokenizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(KnowledgeSettings.class)
class KnowledgeConfiguration {

    /** Builds its indexes on its own threads; start-up waits for them once every bean exists. */
    @Bean
    KnowledgeBase knowledgeBase(KnowledgeSettings settings, ChineseDictionary dictionary, MessageTokenizer tokenizer) {
        return new KnowledgeBase(settings, dictionary, tokenizer);
    }
}
