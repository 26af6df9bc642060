package io.shopdesk.nlp.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.BrowserScript;
import io.shopdesk.BrowserTest;
import io.shopdesk.ShippedModelsCopy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The "Not understood" page in a real browser ({@code chat-ui/tests/review.e2e.mjs}) on a service running on a
 * temporary copy of {@code nlp-models/}: the shopper's unplaced message grouped in the inbox, no link for an agent,
 * labelling with the picker and undoing it, "out of scope — correct", train and release with its figures beside the
 * floors, and the page in Chinese. Skipped off CI without Chromium or the npm packages, as the other browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shopdesk-review-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shopdesk.nlp.core-nlp=false",
        "shopdesk.escalation.english-sentiment=off"
})
@BrowserTest
class ReviewBrowserIT {
    @TempDir
    static Path copy;

    @DynamicPropertySource
    static void copiedModels(DynamicPropertyRegistry registry) throws Exception {
        ShippedModelsCopy.into(copy.resolve("nlp-models"), registry);
    }

    @Test
    void aSupervisorLabelsTrainsAndReleasesFromThePage(BrowserScript browser) throws Exception {
        String output = browser.run("review.e2e.mjs", copy.resolve("nlp-models").toString(),
                Path.of("service/src/test/resources/nlu/gift-wrap-intent.csv").toAbsolutePath().toString());
        assertThat(output).contains(" 0 failed",
                "PASS the message is one row: count 2, out of scope then and now",
                "PASS labelling with the picker marks the row; undo brings the picker back",
                "PASS \"Out of scope — correct\" labels it oos: fixed (the live model says oos), so shown once fixed rows are",
                "PASS train and release shows progress, then the figures beside their floors — Released ",
                "PASS each check of the gate passed in words, and the job is listed under past jobs",
                "PASS a new intent a noise check refuses is not offered \"Release anyway\"",
                "PASS in Chinese, the page and its reasons are Chinese");
        assertThat(copy.resolve("nlp-models/intents/reviewed-en.csv")).content()
                .isEqualTo("text,intent\nflorbix quandle zibber,oos\n");
    }
}
