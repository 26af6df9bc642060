package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped acknowledgement lists as the rules read them, and the reader's answer to a broken file. */
class AcknowledgementsTest {
    static final Path SHIPPED = Path.of("rules/dialogue/words");
    static final Acknowledgements WORDS = Acknowledgements.read(SHIPPED);

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sure                  | en | yes
            Yes                   | en | yes
            yeah!                 | en | yes
            ok                    | en | ok
            OK.                   | en | ok
            alright then          | en | ok
            got it                | en | understood
            I see                 | en | understood
            makes sense           | en | understood
            ok, got it            | en | ok
            got it, thanks        | en | thanks
            ok thanks!            | en | thanks
            yes ok                | en | yes
            Got   it !            | en | understood
            👍                    | en | ok
            好的                   | zh | ok
            好                     | zh | ok
            好的呢                 | zh | ok
            好的哈~                | zh | ok
            是的                   | zh | yes
            对啊                   | zh | yes
            嗯嗯                   | zh | yes
            明白了                 | zh | understood
            知道了。               | zh | understood
            收到                   | zh | understood
            好的，明白了            | zh | ok
            嗯嗯好的               | zh | yes
            好的谢谢               | zh | thanks
            谢谢                   | zh | thanks
            ok                    | zh | ok
            没问题                 | zh | ok
            """)
    void readsTheKindOfAWholeAcknowledgement(String text, String language, String kind) {
        assertThat(WORDS.kindOf(text, language)).as(text).contains(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ok?                                   | en
            yes I want to return it               | en
            ok bye                                | en
            sure, when will it arrive             | en
            okinawa                               | en
            kettle                                | en
            no                                    | en
            ...                                   | en
            '   '                                 | en
            好的？                                 | zh
            好的再见                               | zh
            是吗                                   | zh
            对不起                                 | zh
            不行                                   | zh
            可以退货吗                             | zh
            收到了吗                               | zh
            好的，什么时候到                        | zh
            """)
    void anythingElseIsNone(String text, String language) {
        assertThat(WORDS.kindOf(text, language)).as(text).isEmpty();
    }

    @Test
    void eachLanguageReadsOnlyItsOwnList() {
        assertThat(WORDS.kindOf("好的", "en")).isEmpty();
        assertThat(WORDS.kindOf("got it", "zh")).isEmpty();
        assertThat(WORDS.kindOf(null, "en")).isEmpty();
    }

    @Test
    void aLongMessageIsNoAcknowledgementEvenIfMadeOfTerms() {
        String english = String.join(" ", Collections.nCopies(21, "ok"));
        assertThat(english.length()).isGreaterThan(Acknowledgements.MAX_LENGTH_EN);
        assertThat(WORDS.kindOf(english, "en")).isEmpty();
        assertThat(WORDS.kindOf("好的".repeat(11), "zh")).isEmpty();
        assertThat(WORDS.kindOf("好的".repeat(10), "zh")).contains("ok");
    }

    /** A term that can never be read back as itself (a stray separator at its end, say) would be dead data. */
    @Test
    void everyShippedTermReadsBackAsItsOwnKind() throws IOException {
        for (Language language : Language.values()) {
            List<String> lines = Files.readAllLines(SHIPPED.resolve("acknowledgements-" + language.code() + ".csv"));
            List<String[]> rows = lines.stream().skip(1).map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split(",")).toList();
            assertThat(rows).hasSize(WORDS.size(language));
            for (String[] row : rows) {
                assertThat(WORDS.kindOf(row[0], language.code())).as(language + " " + row[0]).contains(row[1]);
            }
        }
    }

    @Test
    void anEditedListIsReadFromItsFolder() throws IOException {
        write("en", "term,kind", "# a comment", "", "yup yup,yes", "Roger That,understood");
        write("zh", "term,kind", "中,ok");

        Acknowledgements words = Acknowledgements.read(folder);

        assertThat(words.kindOf("roger that", "en")).contains("understood");
        assertThat(words.kindOf("yup yup!", "en")).contains("yes");
        assertThat(words.kindOf("ok", "en")).isEmpty();
        assertThat(words.kindOf("中", "zh")).contains("ok");
    }

    @Test
    void anUnknownKindNamesTheFileLineAndTheKinds() throws IOException {
        write("en", "term,kind", "ok,ok", "yes,agree");
        write("zh", "term,kind", "好的,ok");

        assertThatIllegalArgumentException().isThrownBy(() -> Acknowledgements.read(folder))
                .withMessage(folder.resolve("acknowledgements-en.csv") + ":3: 'yes' needs a kind of thanks, yes, "
                        + "ok or understood, not 'agree'");
    }

    @Test
    void aLineWithoutTwoColumnsIsRefused() throws IOException {
        write("en", "term,kind", "ok,ok");
        write("zh", "term,kind", "好的,ok", "", "是的");

        assertThatIllegalArgumentException().isThrownBy(() -> Acknowledgements.read(folder))
                .withMessage(folder.resolve("acknowledgements-zh.csv") + ":4: expected term,kind, got '是的'");
        write("zh", "term,kind", "好的,ok,yes");
        assertThatIllegalArgumentException().isThrownBy(() -> Acknowledgements.read(folder))
                .withMessage(folder.resolve("acknowledgements-zh.csv") + ":2: expected term,kind, got '好的,ok,yes'");
    }

    @Test
    void anEmptyTermATermListedTwicePunctuationAndAQuestionAreRefused() throws IOException {
        write("zh", "term,kind", "好的,ok");
        write("en", "term,kind", " ,ok");
        assertThatIllegalArgumentException().isThrownBy(() -> Acknowledgements.read(folder))
                .withMessage(folder.resolve("acknowledgements-en.csv") + ":2: the term is empty in ',ok'");

        write("en", "term,kind", "ok,ok", "sure,yes", "OK,understood");
        assertThatIllegalArgumentException().isThrownBy(() -> Acknowledgements.read(folder))
                .withMessage(folder.resolve("acknowledgements-en.csv") + ":4: 'ok' is already listed on line 2");

        write("en", "term,kind", "ok!,ok");
        assertThatIllegalArgumentException().isThrownBy(() -> Acknowledgements.read(folder))
                .withMessage(folder.resolve("acknowledgements-en.csv") + ":2: 'ok!' starts or ends with a space or "
                        + "punctuation, which a message is read without");

        write("en", "term,kind", "really?,yes");
        assertThatIllegalArgumentException().isThrownBy(() -> Acknowledgements.read(folder))
                .withMessage(folder.resolve("acknowledgements-en.csv") + ":2: 'really?' has a question mark, and a "
                        + "message with one is never an acknowledgement");
    }

    @Test
    void aFileWithoutItsHeaderIsRefused() throws IOException {
        write("zh", "term,kind", "好的,ok");
        write("en", "ok,ok", "sure,yes");

        assertThatIllegalArgumentException().isThrownBy(() -> Acknowledgements.read(folder))
                .withMessage(folder.resolve("acknowledgements-en.csv") + ":1: the first line must be the header term,kind");
    }

    @Test
    void aMissingListSaysWhichFile() throws IOException {
        write("en", "term,kind", "ok,ok");

        assertThatThrownBy(() -> Acknowledgements.read(folder)).isInstanceOf(UncheckedIOException.class)
                .hasMessage("The acknowledgement list " + folder.resolve("acknowledgements-zh.csv") + " is missing");
    }

    private void write(String language, String... lines) throws IOException {
        Files.write(folder.resolve("acknowledgements-" + language + ".csv"), List.of(lines), StandardCharsets.UTF_8);
    }
}
