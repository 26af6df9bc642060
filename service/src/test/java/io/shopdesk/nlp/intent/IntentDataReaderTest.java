package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading text,intent CSV files, and errors that name the file that is wrong. */
class IntentDataReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsQuotedFieldsAndChinese() throws IOException {
        Path file = write("intents-en.csv", """
                text,intent
                where is my order,order_status
                "hi, I have a question",greeting
                "i keep getting ""payment could not be processed""\",payment_failed
                亲，地址写错一个字，能改吗,change_address
                """);

        assertThat(IntentDataReader.read(file)).containsExactly(
                new IntentExample("where is my order", "order_status"),
                new IntentExample("hi, I have a question", "greeting"),
                new IntentExample("i keep getting \"payment could not be processed\"", "payment_failed"),
                new IntentExample("亲，地址写错一个字，能改吗", "change_address"));
    }

    @Test
    void readsTheByteOrderMarkThatSpreadsheetsWriteBeforeUtf8Csv() throws IOException {
        Path file = write("excel.csv", "\uFEFFtext,intent\nwhere is my order,order_status\n");
        assertThat(IntentDataReader.read(file)).containsExactly(new IntentExample("where is my order", "order_status"));
    }

    @Test
    void readsEveryCsvOfAFolderInNameOrder() throws IOException {
        write("b.csv", "text,intent\n你好,greeting\n");
        write("a.csv", "text,intent\nhello,greeting\n");
        write("notes.txt", "not data");

        assertThat(IntentDataReader.readFolder(dir)).containsExactly(
                new IntentExample("hello", "greeting"), new IntentExample("你好", "greeting"));
    }

    @Test
    void theShippedDataReads() {
        // As many examples as the shipped release was trained on (nlu train records the count in its manifest).
        assertThat(IntentDataReader.readFolder(Path.of("nlp-models/intents")))
                .hasSize(IntentModelStore.manifest(Path.of("nlp-models/intent-model")).orElseThrow().examples());
    }

    @Test
    void missingColumn() throws IOException {
        Path file = write("labels.csv", "text,label\nwhere is my order,order_status\n");

        assertThatThrownBy(() -> IntentDataReader.read(file)).isInstanceOf(IntentDataException.class)
                .hasMessage(file + ": the header must have the columns text and intent, found [text, label]");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty.csv", "");

        assertThatThrownBy(() -> IntentDataReader.read(file)).isInstanceOf(IntentDataException.class)
                .hasMessage(file + ": the file is empty");
    }

    @Test
    void headerOnly() throws IOException {
        Path file = write("header.csv", "text,intent\n");

        assertThatThrownBy(() -> IntentDataReader.read(file)).isInstanceOf(IntentDataException.class)
                .hasMessage(file + ": no examples");
    }

    @Test
    void malformedQuoting() throws IOException {
        Path file = write("quotes.csv", "text,intent\n\"i keep getting \"declined\"\",payment_failed\n");

        assertThatThrownBy(() -> IntentDataReader.read(file)).isInstanceOf(IntentDataException.class)
                .hasMessage(file + ":2: not valid CSV (Unexpected character ('d' (code 100)): Expected column separator "
                        + "character (',' (code 44)) or end-of-line)");
    }

    @Test
    void rowWithoutItsIntent() throws IOException {
        Path file = write("short.csv", "text,intent\nhello,greeting\nwhere is my order\n");

        assertThatThrownBy(() -> IntentDataReader.read(file)).isInstanceOf(IntentDataException.class)
                .hasMessage(file + ":3: empty text or intent (no intent for 'where is my order')");
    }

    @Test
    void emptyIntentNamesTheLine() throws IOException {
        Path file = write("blank.csv", "text,intent\nhello,greeting\nwhere is my order,\n");

        assertThatThrownBy(() -> IntentDataReader.read(file)).isInstanceOf(IntentDataException.class)
                .hasMessage(file + ":3: empty text or intent (no intent for 'where is my order')");
    }

    /**
     * What a Chinese team typed with its input method (stop 33): a full-width comma between text and intent was "empty
     * text or intent" at the line, which sent the team looking for a blank cell; the header with one was "found
     * [text，intent]"; the header pasted again below the data trained an intent named "intent" ("intent 'intent' has only
     * one example"); an empty intent cell did not say which cell. Each now says what to change.
     */
    @Test
    void aChineseTeamsTypingMistakesSayWhatToChange() throws IOException {
        Path rows = write("rows.csv", "text,intent\n这个茶叶是今年的新茶吗，tea_freshness\n");
        Path header = write("header.csv", "text，intent\n这个茶叶是今年的新茶吗，tea_freshness\n");
        Path twice = write("twice.csv", "text,intent\n茶叶怎么保存,tea_storage\n\ntext,intent\n普洱茶怎么存放,tea_storage\n");
        Path emptyCell = write("empty.csv", "text,intent\n茶叶怎么保存,tea_storage\n发票可以开吗,\n");
        Path noText = write("no-text.csv", "text,intent\n茶叶怎么保存,tea_storage\n,invoice_request\n");

        assertThatThrownBy(() -> IntentDataReader.read(rows)).hasMessage(rows + ":2: empty text or intent (no intent: "
                + "'这个茶叶是今年的新茶吗，tea_freshness' has a full-width comma '，' before 'tea_freshness'; separate the text "
                + "and its intent with ',')");
        assertThatThrownBy(() -> IntentDataReader.read(header)).hasMessage(header + ": the header must have the columns "
                + "text and intent, found [text，intent]; the comma in the header is the full-width '，': type it as ','");
        assertThatThrownBy(() -> IntentDataReader.read(twice)).hasMessage(twice + ":4: the header text,intent again; "
                + "keep it on the first line only (was a second file pasted below the first?)");
        assertThatThrownBy(() -> IntentDataReader.read(emptyCell)).hasMessage(emptyCell + ":3: empty text or intent "
                + "(no intent for '发票可以开吗')");
        assertThatThrownBy(() -> IntentDataReader.read(noText)).hasMessage(noText + ":3: empty text or intent (no text "
                + "for intent 'invoice_request')");
    }

    @Test
    void blankRecordsAreSkipped() throws IOException {
        Path file = write("blank-lines.csv", "text,intent\nhello,greeting\n\n   \nbye,goodbye\n\n");

        assertThat(IntentDataReader.read(file)).containsExactly(
                new IntentExample("hello", "greeting"), new IntentExample("bye", "goodbye"));
    }

    @Test
    void linesAreTheFilesOwnWhenATextSpansSeveral() throws IOException {
        Path file = write("multi-line.csv", "text,intent\n\"hello\nthere\",greeting\n\nwhere is my order,\n");

        assertThatThrownBy(() -> IntentDataReader.read(file)).isInstanceOf(IntentDataException.class)
                .hasMessage(file + ":5: empty text or intent (no intent for 'where is my order')");
    }

    @Test
    void anUnquotedCommaNamesItsLine() throws IOException {
        Path file = write("comma.csv", "text,intent\n\"hello\nthere\",greeting\nhi, there,greeting\n");

        assertThatThrownBy(() -> IntentDataReader.read(file)).isInstanceOf(IntentDataException.class)
                .hasMessage(file + ":4: not valid CSV (Too many entries: expected at most 2 (value #2 (8 chars) \"greeting\"))"
                        + "; a value with a comma must be in double quotes: \"hello, there\"");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("absent.csv");

        assertThatThrownBy(() -> IntentDataReader.read(file)).isInstanceOf(IntentDataException.class)
                .hasMessage(file + ": no such file");
    }
}
