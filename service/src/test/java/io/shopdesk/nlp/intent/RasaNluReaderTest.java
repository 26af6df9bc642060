package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rasa nlu.yml: examples without entity markup, synonyms, regexes and lookups kept; dispatch by extension. */
class RasaNluReaderTest {
    @TempDir
    Path dir;

    static final String NLU = """
            version: "3.1"
            nlu:
            - intent: order_status
              examples: |
                - where is order [SD12345678](order_id)
                - has my [parcel](item:package) shipped
                - track my [pink pig]{"entity": "product", "value": "piggy bank"}
            - intent: greeting
              examples: |
                - hello
                - 你好
            - synonym: refund
              examples: |
                - money back
            - regex: order_id
              examples: |
                - SD\\d{8}
            - lookup: city
              examples: |
                - chengdu
                - 北京
            """;

    @Test
    void readsExamplesWithoutMarkupAndKeepsTheRest() throws IOException {
        Path file = Files.writeString(dir.resolve("nlu.yml"), NLU, StandardCharsets.UTF_8);

        IntentData data = IntentDataReader.readData(file);

        assertThat(data.examples()).containsExactly(
                new IntentExample("where is order SD12345678", "order_status"),
                new IntentExample("has my parcel shipped", "order_status"),
                new IntentExample("track my pink pig", "order_status"),
                new IntentExample("hello", "greeting"),
                new IntentExample("你好", "greeting"));
        assertThat(data.synonyms()).isEqualTo(Map.of("money back", "refund", "parcel", "package", "pink pig", "piggy bank"));
        assertThat(data.regexes()).isEqualTo(Map.of("order_id", List.of("SD\\d{8}")));
        assertThat(data.lookups()).isEqualTo(Map.of("city", List.of("chengdu", "北京")));
        assertThat(data.normalise("I want my Money Back for the parcel, not the parcels"))
                .isEqualTo("I want my refund for the package, not the parcels");
    }

    @Test
    void patternFeaturesNameTheRegexAndLookup() throws IOException {
        IntentData data = IntentDataReader.readData(Files.writeString(dir.resolve("nlu.yaml"), NLU, StandardCharsets.UTF_8));
        PatternFeatures patterns = new PatternFeatures(data.regexes(), data.lookups());

        assertThat(patterns.features("ship SD12345678 to Chengdu")).containsExactly("rx:order_id", "lk:city");
        assertThat(patterns.features("发到北京")).containsExactly("lk:city");
        assertThat(patterns.features("chengdus")).isEmpty();
    }

    @Test
    void badFilesNameTheFile() throws IOException {
        Path text = Files.writeString(dir.resolve("intents.txt"), "text,intent\nhi,greeting\n");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path noNlu = Files.writeString(dir.resolve("stories.yml"), "stories:\n- story: x\n");

        assertThatThrownBy(() -> IntentDataReader.read(text)).hasMessage(text + ": unknown format, expected .csv or Rasa .yml");
        assertThatThrownBy(() -> IntentDataReader.read(empty)).hasMessage(empty + ": the file is empty");
        assertThatThrownBy(() -> IntentDataReader.read(noNlu))
                .hasMessage(noNlu + ": no 'nlu:' list; expected Rasa nlu.yml with intent examples");
        Path broken = Files.writeString(dir.resolve("broken.yml"), "nlu:\n- intent: greet\n  examples: |\n    - hi\n- intent: [bye\n");
        assertThatThrownBy(() -> IntentDataReader.read(broken)).hasMessage(broken
                + ":5: not valid YAML (while parsing a flow sequence; expected ',' or ']', but got <stream end>)");
    }

    @Test
    void aBadExampleLineIsNamedByItsOwnLineAndItsItem() throws IOException {
        // Line 7 lacks its "- ": the error named line 2 (the item's "- intent:"), five lines above the mistake.
        Path file = Files.writeString(dir.resolve("bad-line.yml"), """
                nlu:
                - intent: greet
                  examples: |
                    - hello
                    - hi
                    - hey there
                    good morning
                    - hiya
                """);

        assertThatThrownBy(() -> IntentDataReader.read(file)).hasMessage(file
                + ":7: nlu item 1 (line 2): example lines start with '- ', found: good morning");
    }

    @Test
    void eachRegexIsMatchedOnItsOwnSoInlineFlagsAndCommentsKeepTheirMeaning() {
        PatternFeatures patterns = new PatternFeatures(
                Map.of("note", List.of("(?x) abc  # a comment", "(?i)xyz")), Map.of());

        assertThat(patterns.features("say abc")).containsExactly("rx:note");
        assertThat(patterns.features("say XYZ")).containsExactly("rx:note");
        assertThat(patterns.features("say ABC")).as("(?i) of the second pattern does not leak").isEmpty();
    }

    /**
     * A team's 6 MB nlu.yml (valid YAML) got "FILE:50043: not valid YAML (The incoming YAML document exceeds the limit:
     * 3145728 code points.)", and the team looked for a mistake on line 50043. Now the file's size, the reader's limit
     * and what to do.
     */
    @Test
    void aFileOverTheYamlReadersLimitIsToldToBeSplit() throws IOException {
        StringBuilder big = new StringBuilder("version: \"3.1\"\nnlu:\n- intent: order_status\n  examples: |\n");
        String line = "    - where is the parcel I ordered last week, it has not come yet\n";
        while (big.length() < 3_300_000) {
            big.append(line.replace("week", "week " + big.length()));
        }
        Path file = Files.writeString(dir.resolve("huge.yml"), big, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> IntentDataReader.readData(file)).isInstanceOf(IntentDataException.class)
                .hasMessage(String.format(java.util.Locale.ROOT, "%s: too large to read as one YAML file (%,d bytes; "
                        + "the reader stops after 3,145,728 characters); split its intents over several .yml files "
                        + "(--data takes several, and nlp-models/intents/ reads them all)", file, Files.size(file)));
    }
}
