package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every reason code the shipped escalation rules raise has its hand-off text in both languages: a missing one reaches
 * the shopper as its key ("handoff.stuck_after_advice"), since reply templates fall back to the key.
 */
class HandoffTextsTest {
    private static final Pattern ESCALATE = Pattern.compile("\\.escalate\\(\\s*\"([A-Z_]+)\"");

    @Test
    void everyReasonTheRulesRaiseHasAHandoffTextInBothLanguages() throws IOException {
        String rules = Files.readString(Path.of("rules/escalation/escalation.drl"), StandardCharsets.UTF_8);
        Set<String> codes = ESCALATE.matcher(rules).results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(codes).contains("EXPLICIT_REQUEST", "NEEDS_EXPLANATION", "STUCK_AFTER_ADVICE", "COURIER_COMPLAINT");
        for (String language : new String[] {"zh", "en"}) {
            Properties texts = new Properties();
            try (Reader reader = Files.newBufferedReader(
                    Path.of("rules/dialogue/replies/replies-" + language + ".properties"), StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            for (String code : codes) {
                assertThat(texts.getProperty("handoff." + code.toLowerCase(Locale.ROOT)))
                        .as("handoff.%s in replies-%s.properties", code.toLowerCase(Locale.ROOT), language)
                        .isNotBlank();
            }
        }
    }
}
