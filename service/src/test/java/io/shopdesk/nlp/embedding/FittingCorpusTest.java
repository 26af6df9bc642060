package io.shopdesk.nlp.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FittingCorpusTest {

    @Test
    void proseIsSplitIntoSentencesAndNoiseIsDropped() {
        assertThat(FittingCorpus.sentences("""
                The parcel arrived late.  Was it   damaged in transit? See http://example.com for more.
                Ok. Call 1234 5678 9012 now. And the refund came in three days!"""))
                .containsExactly("The parcel arrived late.", "Was it damaged in transit?",
                        "And the refund came in three days!");
    }

    @Test
    void aMailGivesItsSubjectAndBodyWithoutHeadersOrQuotes() {
        String mail = """
                From someone@example.com
                Subject: Re: [list] Printer keeps jamming again

                I tried cleaning the rollers twice.
                > you should clean the rollers first.
                It still jams on every page.
                """;
        assertThat(FittingCorpus.mail(mail)).containsExactly("Printer keeps jamming again",
                "I tried cleaning the rollers twice.", "It still jams on every page.");
    }

    @Test
    void theSameFolderAlwaysGivesTheSameTexts(@TempDir Path dir) throws Exception {
        Path sotu = Files.createDirectories(dir.resolve("sotu/package/data"));
        Files.writeString(sotu.resolve("1790_washington.txt"), "We meet again with much satisfaction this year. "
                + "The progress of public credit is witnessed by a considerable rise of American stock abroad. "
                + "Peace has been kept with all nations.");
        Path ham = Files.createDirectories(dir.resolve("spam-assassin/package/data/easy-ham-1"));
        Files.writeString(ham.resolve("00001.txt"), "Subject: Build broken on the test machine\n\nIt fails to link today.\n");

        var first = FittingCorpus.read(dir, 100, 7);
        assertThat(first).isEqualTo(FittingCorpus.read(dir, 100, 7))
                .contains("Peace has been kept with all nations.", "Build broken on the test machine")
                .doesNotHaveDuplicates();
        assertThat(FittingCorpus.read(dir, 2, 7)).hasSize(2);
    }

    @Test
    void aFolderWithoutTheCorporaIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> FittingCorpus.read(dir, 100, 7))
                .hasMessageContaining("no corpus text under").hasMessageContaining("distil-embeddings.sh");
    }
}
