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
                .hasMessage(file + ":3: empty text or intent");
    }

    @Test
    void emptyIntentNamesTheLine() throws IOException {
        Path file = write("blank.csv", "text,intent\nhello,greeting\nwhere is my order,\n");

        assertThatThrownBy(() -> IntentDataReader.read(file)).isInstanceOf(IntentDataException.class)
                .hasMessage(file + ":3: empty text or intent");
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
                .hasMessage(file + ":5: empty text or intent");
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
