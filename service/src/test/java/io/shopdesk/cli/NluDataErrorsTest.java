package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed CSV and Rasa files given to the {@code nlu} commands: one {@code error:} line naming the file and the
 * line or item, exit code 2, never a stack trace.
 */
class NluDataErrorsTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private CommandRun eval(Path train) throws IOException {
        Path test = write("test.csv", "text,intent\nhello,greet\nbye,goodbye\n");
        return CommandRun.of("nlu", "eval", "--train", train.toString(), "--test", test.toString());
    }

    private static void assertError(CommandRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + message).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void rasaItemsOfTheWrongShapeNameTheFileAndItem() throws IOException {
        Path examplesMapping = write("mapping.yml", """
                nlu:
                - intent: greet
                  examples: |
                    - hello
                    - hi
                - intent: goodbye
                  examples:
                    text: bye
                """);
        Path intentList = write("intent-list.yml", """
                nlu:
                - intent: [greet, x]
                  examples: |
                    - hello
                """);
        Path objectWithoutText = write("no-text.yml", """
                nlu:
                - intent: greet
                  examples:
                  - text: hello
                  - {intent: greet}
                """);

        assertError(eval(examplesMapping), examplesMapping + ":6: nlu item 2: 'examples' is a mapping; "
                + "expected a block of '- ' lines ('examples: |') or a list");
        assertError(eval(intentList), intentList + ":2: nlu item 1: 'intent' is a list; expected one name");
        // The example's own line, with the item's: before, the error named the item's line (2) only.
        assertError(eval(objectWithoutText), objectWithoutText + ":5: nlu item 1 (line 2), example 2 is a mapping; "
                + "expected a text or a mapping with 'text: ...'");
    }

    @Test
    void aRegexWithInlineFlagsAndACommentIsUsedAsWritten() throws IOException {
        Path train = write("nlu.yml", """
                nlu:
                - intent: order_status
                  examples: |
                    - where is order SD12345678
                    - track SD87654321
                    - status of SD11112222
                - intent: greet
                  examples: |
                    - hello
                    - hi there
                - regex: order_id
                  examples: |
                    - (?x) SD \\d{8}   # an order number
                    - (?i)order\\s+no
                """);
        Path test = write("test.csv", "text,intent\nSD55556666,order_status\nhello,greet\n");

        CommandRun run = CommandRun.of("nlu", "eval", "--train", train.toString(), "--test", test.toString(),
                "--oos-threshold", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void csvErrorsNameTheFilesOwnLineAndATrailingBlankLineIsFine() throws IOException {
        Path multiLine = write("train.csv", "text,intent\n\"hello\nthere\",greet\nhi,greet\nhi, there,greet\n"
                + "bye,goodbye\nsee you,goodbye\n");
        assertError(eval(multiLine), multiLine + ":5: not valid CSV (Too many entries: expected at most 2");

        Path trailingBlank = write("blank.csv", "text,intent\nhello,greet\nhi,greet\nbye,goodbye\nsee you,goodbye\n\n");
        CommandRun run = eval(trailingBlank);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("n_train").asInt()).isEqualTo(4);
    }

    @Test
    void aQuoteLeftOpenIsReportedOnTheLineItOpens() throws IOException {
        Path open = write("open.csv", "text,intent\nhello,greet\n\"hi there,greet\nbye,goodbye\nsee you,goodbye\n");

        assertError(eval(open), open + ":3: not valid CSV (Missing closing quote for value)");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithTheirLine() throws IOException {
        // "café" saved as Latin-1 on line 6 (or GBK, as a Chinese spreadsheet saves it): one byte 0xE9.
        Path csv = Files.write(dir.resolve("latin1.csv"), "text,intent\nhello,greet\nhi,greet\nbye,goodbye\nciao,goodbye\ncafé,greet\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path yaml = Files.write(dir.resolve("latin1.yml"), "nlu:\n- intent: greet\n  examples: |\n    - hello\n    - café\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertError(eval(csv), csv + ":6: not UTF-8 (byte 0xE9 in column 4); save the file as UTF-8 (in Excel: CSV UTF-8)");
        assertError(eval(yaml), yaml + ":5: not UTF-8 (byte 0xE9 in column 10); save the file as UTF-8");
    }

    @Test
    void aFolderIsNotTakenForAMissingFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("data.csv"));

        assertError(eval(folder), folder + ": is a folder; give a file");
        assertError(eval(dir.resolve("nope.csv")), dir.resolve("nope.csv") + ": no such file");
    }

    @Test
    void anIntentWhoseExamplesBlockIsEmptyIsAnErrorNotAnIntentLost() throws IOException {
        Path rasa = write("nlu.yml", """
                nlu:
                - intent: greet
                  examples: |
                    - hello
                    - hi
                - intent: goodbye
                  examples: |
                - intent: thanks
                  examples: |
                    - thanks
                    - thank you
                """);

        // The item's line, where the intent is named (the empty block is the line after it).
        assertError(eval(rasa), rasa + ":6: nlu item 2 (intent goodbye) has no examples");
    }
}
