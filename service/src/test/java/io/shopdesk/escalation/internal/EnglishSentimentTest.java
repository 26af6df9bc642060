package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CoreNLP's sentiment model, loaded for real (a few seconds): upset English scores low, happy English high. */
@Tag("model")
class EnglishSentimentTest {

    @Test
    void coreNlpTellsUpsetFromHappyOffTheCallersThread() throws Exception {
        try (EnglishSentiment sentiment = new EnglishSentiment(10, 0.3)) {
            CompletableFuture<Double> upset = new CompletableFuture<>();
            sentiment.submit("Where is my parcel? This is the worst service I have ever had, absolutely terrible.", upset::complete);
            assertThat(upset.get(120, TimeUnit.SECONDS)).isEqualTo(-1.0);
            assertThat(sentiment.score("Thank you, the jacket is wonderful and I love it.")).isGreaterThan(0.3);
        }
    }

    /**
     * The reviewer's plain questions are CoreNLP's "negative" (-0.6), which alone escalates nothing; outbursts, which
     * the model also calls "negative" but with a high probability of "very negative", count as very negative (-1).
     */
    @Test
    void plainProblemsAreNegativeOutburstsVeryNegative() {
        try (EnglishSentiment sentiment = new EnglishSentiment(10, 0.3)) {
            for (String plain : List.of("My payment failed", "I can't log in to my account",
                    "The shoes are too small, can I exchange them?", "I lost my receipt", "too expensive",
                    "The shipping is too slow", "I haven't got a confirmation email")) {
                assertThat(sentiment.score(plain)).as(plain).isEqualTo(-0.6);
            }
            for (String outburst : List.of("This is ridiculous, you people are useless and I am furious!",
                    "I hate this shop, worst experience ever", "Terrible, terrible service. I'm disgusted.")) {
                assertThat(sentiment.score(outburst)).as(outburst).isEqualTo(-1.0);
            }
        }
    }
}
