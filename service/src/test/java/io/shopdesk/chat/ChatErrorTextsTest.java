package io.shopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A shopper refused a message is told why in their language, never shown a raw key such as error.invalid_json. */
class ChatErrorTextsTest {
    @Test
    void everyRefusalCodeHasATextInBothLanguages() throws Exception {
        for (String language : new String[] {"en", "zh"}) {
            Properties texts = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("rules/dialogue/replies/replies-" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            for (String code : ChatException.CODES) {
                assertThat(texts.getProperty("error." + code)).as(language + " error." + code).isNotBlank();
            }
        }
    }
}
