package io.shopdesk.nlp.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentExample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's reviewed CSV files as the intent data reader reads them back, on a temporary intents folder. */
class ReviewedExamplesTest {
    @TempDir
    Path models;

    ReviewedExamples examples;

    @BeforeEach
    void intents() throws Exception {
        Files.createDirectories(models.resolve("intents"));
        Files.writeString(models.resolve("intents/intents-en.csv"), "text,intent\nwhere is my order,order_status\n"
                + "\"hi, there\",greeting\n", StandardCharsets.UTF_8);
        examples = new ReviewedExamples(new NlpSettings(List.of(), models, 0.45, false, false));
    }

    @Test
    void anAddedExampleIsInItsLanguagesFileWithTheHeaderAndRfc4180Quoting() throws Exception {
        assertThat(examples.add("my \"parcel\", is it lost?", "en", "order_status")).isEqualTo("reviewed-en.csv");
        assertThat(examples.add("退款到哪了", "zh", "refund_status")).isEqualTo("reviewed-zh.csv");
        assertThat(examples.add("second line\nof a message", "en", "oos")).isEqualTo("reviewed-en.csv");
        assertThat(examples.add("#1 plain words here", "en", "oos")).isEqualTo("reviewed-en.csv");

        Path en = models.resolve("intents/reviewed-en.csv");
        assertThat(Files.readString(en)).isEqualTo("text,intent\n\"my \"\"parcel\"\", is it lost?\",order_status\n"
                + "\"second line\nof a message\",oos\n#1 plain words here,oos\n");
        assertThat(IntentDataReader.read(en)).containsExactly(
                new IntentExample("my \"parcel\", is it lost?", "order_status"),
                new IntentExample("second line\nof a message", "oos"), new IntentExample("#1 plain words here", "oos"));
        assertThat(IntentDataReader.read(models.resolve("intents/reviewed-zh.csv")))
                .containsExactly(new IntentExample("退款到哪了", "refund_status"));
        assertThat(IntentDataReader.dataFiles(models.resolve("intents"))).extracting(p -> p.getFileName().toString())
                .containsExactly("intents-en.csv", "reviewed-en.csv", "reviewed-zh.csv");
    }

    @Test
    void aCopyOfAnyTrainingExampleIsADuplicateNamingItsFileAndIntent() {
        assertThatThrownBy(() -> examples.add("Where is my order?", "en", "refund_status"))
                .isInstanceOfSatisfying(ReviewedExamples.Duplicate.class, d -> {
                    assertThat(d.file).isEqualTo("intents-en.csv");
                    assertThat(d.intent).isEqualTo("order_status");
                });
        examples.add("is my refund coming", "en", "refund_status");
        assertThatThrownBy(() -> examples.add("IS my refund   coming", "zh", "refund_status"))
                .isInstanceOfSatisfying(ReviewedExamples.Duplicate.class, d -> assertThat(d.file).isEqualTo("reviewed-en.csv"));
    }

    @Test
    void removingTheLastExampleDeletesTheFileSoTheReaderNeverMeetsAnEmptyCsv() throws Exception {
        examples.add("one", "en", "oos");
        examples.add("two, too", "en", "oos");
        assertThat(examples.remove("  ONE ", "en")).contains("oos");
        assertThat(Files.readString(models.resolve("intents/reviewed-en.csv"))).isEqualTo("text,intent\n\"two, too\",oos\n");
        assertThat(examples.remove("one", "en")).isEmpty();
        assertThat(examples.remove("two, too", "en")).contains("oos");
        assertThat(models.resolve("intents/reviewed-en.csv")).doesNotExist();
        assertThat(examples.remove("two, too", "en")).isEmpty();
    }

    @Test
    void identicalMessagesShareAKeyAcrossWidthCaseAndSpacing() {
        assertThat(MessageKey.of("  Ｗｈｅｒｅ  is\tMY ＳＤ１２３？ ")).isEqualTo(MessageKey.of("where is my sd123?"));
        assertThat(MessageKey.of("where is my sd123?")).isEqualTo("where is my sd123?");
        assertThat(MessageKey.of("refund?")).isNotEqualTo(MessageKey.of("refund!"));
    }
}
