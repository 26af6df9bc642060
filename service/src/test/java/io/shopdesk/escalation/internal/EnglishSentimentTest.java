package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CoreNLP's sentiment model, loaded for real (a few seconds): upset English scores low, happy English high. */
@Tag("model")
class EnglishSentimentTest {

    @Test
    void coreNlpTellsUpsetFromHappyOffTheCallersThread() throws Exception {
        try (EnglishSentiment sentiment = new EnglishSentiment(10)) {
            CompletableFuture<Double> upset = new CompletableFuture<>();
            sentiment.submit("Where is my parcel? This is the worst service I have ever had, absolutely terrible.", upset::complete);
            assertThat(upset.get(120, TimeUnit.SECONDS)).isLessThanOrEqualTo(-0.5);
            assertThat(sentiment.score("Thank you, the jacket is wonderful and I love it.")).isGreaterThan(0.3);
        }
    }
}
