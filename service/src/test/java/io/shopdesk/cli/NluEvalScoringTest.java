package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code nlu eval} scores the model exactly as the service serves it, and says what it scored. */
class NluEvalScoringTest {
    @TempDir
    Path dir;

    /** Two Chinese intents: no English background is added, so the model has exactly these two labels. */
    static final String CHINESE_TRAIN = """
            text,intent
            你好,greet
            您好啊,greet
            早上好,greet
            再见,goodbye
            拜拜,goodbye
            明天见,goodbye
            """;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void messagesWithoutAnyKnownFeatureAreOosAsWhenServed() throws IOException {
        Path train = write("train.csv", CHINESE_TRAIN);
        // Nothing of "xyzzy" or the emoji was seen in training: the probabilities are even odds (0.5 each, above the
        // default threshold 0.45), and the first label would be "goodbye"; the served model answers oos.
        Path test = write("test.csv", "text,intent\n你好,greet\n再见,goodbye\nxyzzy,oos\n🙂🙂,oos\n");
        Path report = dir.resolve("report");

        CommandRun run = CommandRun.of("nlu", "eval", "--train", train.toString(), "--test", test.toString(),
                "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("oos_recall").asDouble()).isEqualTo(1.0);
        assertThat(json.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(run.out()).doesNotContain("oos -> goodbye");
        // With no confusion the report says so instead of showing an empty table.
        assertThat(Files.readString(report.resolve("index.html"))).doesNotContain("<td>oos</td><td>goodbye</td>")
                .contains("<h2>Largest confusions</h2>\n<p id=\"confusions\">None: every test message got its own "
                        + "label.</p>");
    }

    @Test
    void macroF1AveragesTheLabelsTheTestDataHas() throws IOException {
        Path train = write("train.csv", NluCommandTest.TRAIN);
        // No oos message in the test file, but "xyzzy" (no known feature) is answered oos: F1 1 for order_status,
        // 2/3 for refund; oos, with no support, is listed but not averaged (it would make it 0.5556).
        Path test = write("test.csv", "text,intent\nwhere is the parcel,order_status\nrefund please,refund\nxyzzy,refund\n");

        CommandRun run = CommandRun.of("nlu", "eval", "--train", train.toString(), "--test", test.toString(),
                "--oos-label", "none");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("macro_f1").asDouble()).isEqualTo(0.8333);
        assertThat(run.out()).contains("Accuracy 0.6667, in-scope accuracy 0.6667, out-of-scope recall n/a, macro-F1 0.8333");
    }

    @Test
    void testAndTuneIntentsTheModelNeverSawAreNamedWithTheirCounts() throws IOException {
        Path train = write("train.csv", NluCommandTest.TRAIN);
        Path test = write("test.csv", """
                text,intent
                where is the parcel,order_status
                refund please,refund_request
                i need a refund,refund_request
                hello there,greeting
                weather in beijing,none
                """);
        Path tune = write("tune.csv", "text,intent\nparcel status,order_status\nrefund now,refund_request\nnews,none\n");

        CommandRun run = CommandRun.of("nlu", "eval", "--train", train.toString(), "--test", test.toString(),
                "--tune", tune.toString(), "--oos-label", "none");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: " + test + ": 2 intents are not in the training data, so their "
                        + "examples can only be scored wrong: refund_request (2), greeting (1)")
                .contains("warning: " + tune + ": 1 intent is not in the training data, so their examples can only "
                        + "be scored wrong: refund_request (1)");
        assertThat(run.json().get("unknown_test_intents").asInt()).isEqualTo(2);
        assertThat(run.json().get("n_test").asInt()).isEqualTo(5);
    }

    @Test
    void crossValidationKeepsCopiesOfATextInOneFold() throws IOException {
        // Twelve two-character texts with no character in common, each twice: a held-out text has no known
        // feature (so it is oos, and wrong) unless its copy trained the model.
        String han = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木";
        StringBuilder csv = new StringBuilder("text,intent\n");
        for (int i = 0; i < 12; i++) {
            String row = han.substring(2 * i, 2 * i + 2) + "," + (i % 2 == 0 ? "p" : "q") + "\n";
            csv.append(row).append(row);
        }
        Path data = write("copies.csv", csv.toString());

        CommandRun run = CommandRun.of("nlu", "cross-validate", "--data", data.toString(), "--folds", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("accuracy").asDouble()).isZero();
    }
}
