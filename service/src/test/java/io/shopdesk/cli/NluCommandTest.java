package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code nlu eval} and {@code nlu cross-validate} run in-process on small files: summary, JSON line, report, errors. */
class NluCommandTest {
    @TempDir
    Path dir;

    static final String TRAIN = """
            text,intent
            where is my parcel,order_status
            has my parcel shipped yet,order_status
            track my parcel please,order_status
            when will my parcel arrive,order_status
            parcel status please,order_status
            "i want a refund, please",refund
            refund my money,refund
            how do i get a refund,refund
            refund for a broken cup,refund
            can i have a refund,refund
            what's the weather tomorrow,none
            tell me a joke,none
            who won the football match,none
            recipe for fried rice,none
            """;

    static final String TEST = """
            text,intent
            where is the parcel,order_status
            parcel tracking,order_status
            refund please,refund
            i need a refund,refund
            weather in beijing,none
            """;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void evalPrintsSummaryThenJsonAndWritesTheReport() throws IOException {
        Path train = write("train.csv", TRAIN);
        Path test = write("test.csv", TEST);
        Path report = dir.resolve("report");

        CommandRun run = CommandRun.of("nlu", "eval", "--train", train.toString(), "--test", test.toString(),
                "--oos-label", "none", "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().getFirst()).startsWith("Trained on 14 examples from " + train + " (3 intents, ");
        assertThat(run.out()).contains("Tested on 5 examples from " + test + "; out-of-scope threshold 0.45 (--oos-threshold)");
        JsonNode json = run.json();
        assertThat(json.propertyNames()).contains("accuracy", "in_scope_accuracy", "oos_recall", "macro_f1", "n_train",
                "n_test", "train_seconds");
        assertThat(json.get("n_train").asInt()).isEqualTo(14);
        assertThat(json.get("n_test").asInt()).isEqualTo(5);
        assertThat(json.get("in_scope_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("oos_background").asInt()).as("the data has oos examples of its own").isZero();
        assertThat(run.out()).doesNotContain("background sentences");
        String html = Files.readString(report.resolve("index.html"));
        assertThat(html).contains("<table id=\"per-intent\">", "<tr><td>order_status</td><td>2</td>",
                "<tr><td>refund</td><td>2</td>", "<svg id=\"heat-map\"", "<svg id=\"threshold-curve\"",
                "<svg id=\"histogram-right\"", "<svg id=\"histogram-wrong\"");
        // Self-contained: nothing is fetched or run when the file is opened.
        assertThat(html).doesNotContain("<script", "http:", "https:", " src=");
    }

    @Test
    void evalOfDataWithoutOosExamplesAddsTheBackgroundAndSaysSo() throws IOException {
        StringBuilder train = new StringBuilder("text,intent\n");
        for (String item : new String[] {"parcel", "package", "order", "box", "delivery", "shipment", "purchase",
                "gift", "jacket", "phone"}) {
            train.append("where is my ").append(item).append(",order_status\n");
            train.append("i want a refund for the ").append(item).append(",refund\n");
        }
        Path trainFile = write("train.csv", train.toString());
        Path test = write("test.csv", TEST.replace(",none", ",oos"));

        CommandRun run = CommandRun.of("nlu", "eval", "--train", trainFile.toString(), "--test", test.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("The training data has no oos examples: 2 general-English background sentences "
                + "were added as oos");
        assertThat(run.json().get("oos_background").asInt()).isEqualTo(2);
        assertThat(run.json().get("n_train").asInt()).as("the data's own examples").isEqualTo(20);
    }

    @Test
    void tuneFilePicksTheThreshold() throws IOException {
        Path train = write("train.csv", TRAIN);
        Path test = write("test.csv", TEST);

        CommandRun run = CommandRun.of("nlu", "eval", "--train", train.toString(), "--test", test.toString(),
                "--tune", test.toString(), "--oos-label", "none");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(tuned on " + test + " for out-of-scope recall >= 0.6)");
        assertThat(run.json().get("oos_threshold").asDouble()).isBetween(0.0, 0.95);
    }

    @Test
    void rasaDataWithEntitiesAndSynonymsTrainsAndEvaluates() throws IOException {
        Path train = write("nlu.yml", """
                version: "3.1"
                nlu:
                - intent: order_status
                  examples: |
                    - where is my [parcel](item)
                    - has my [parcel](item) shipped yet
                    - track order [SD12345678](order_id)
                    - when will my [package]{"entity": "item", "value": "parcel"} arrive
                - intent: refund
                  examples: |
                    - i want a refund
                    - refund my money
                    - how do i get a refund
                - synonym: refund
                  examples: |
                    - money back
                - regex: order_id
                  examples: |
                    - SD\\d{8}
                """);
        Path test = write("test.csv", "text,intent\nwhere is SD87654321,order_status\ni want my money back,refund\n");

        CommandRun run = CommandRun.of("nlu", "eval", "--train", train.toString(), "--test", test.toString(),
                "--oos-threshold", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("n_train").asInt()).isEqualTo(7);
        assertThat(run.json().get("accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void crossValidatePrintsJson() throws IOException {
        Path data = write("data.csv", TRAIN);

        CommandRun run = CommandRun.of("nlu", "cross-validate", "--data", data.toString(), "--folds", "2", "--oos-label", "none");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().getFirst()).startsWith("2-fold cross-validation on 14 examples (seed 42, out-of-scope threshold 0.45)");
        JsonNode json = run.json();
        assertThat(json.propertyNames()).contains("accuracy", "in_scope_accuracy", "oos_recall", "macro_f1", "n_train",
                "n_test", "train_seconds");
        assertThat(json.get("n_test").asInt()).isEqualTo(14);
        assertThat(json.get("folds").asInt()).isEqualTo(2);
    }

    /**
     * Standard error that is not a terminal (a CI log, {@code 2> log.txt}; here captured) gets plain progress lines, each
     * once: the redrawn bar printed each redraw with carriage returns there, and its last state twice ("Featurising 100%
     * … 14/14" two times, "Folds 50% … 1/2" then the full bar twice).
     */
    @Test
    void progressIsPlainLinesEachOnceWhenStandardErrorIsNotATerminal() throws IOException {
        Path data = write("data.csv", TRAIN);

        CommandRun run = CommandRun.of("nlu", "cross-validate", "--data", data.toString(), "--folds", "2", "--oos-label", "none");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("\r").doesNotContain("%");
        java.util.List<String> featurising = run.err().lines().filter(l -> l.startsWith("Featurising")).toList();
        // How far featurising got at each look depends on the cores; it only goes forward, and ends once.
        assertThat(featurising).isNotEmpty().doesNotHaveDuplicates().last().isEqualTo("Featurising 14/14");
        assertThat(run.err().lines().filter(l -> l.startsWith("Folds")).toList()).containsExactly("Folds 1/2", "Folds 2/2");
    }

    @Test
    void badInputsGiveAMessageNamingTheFileAndNoStackTrace() throws IOException {
        Path test = write("test.csv", TEST);
        Path missingColumn = write("missing.csv", "text,label\nhello,greeting\n");
        Path empty = write("empty.csv", "");
        Path text = write("data.txt", TRAIN);
        Path single = write("single.csv", "text,intent\nhello,greeting\nhi,greeting\nbye,goodbye\n");

        assertError(CommandRun.of("nlu", "eval", "--train", missingColumn.toString(), "--test", test.toString()),
                "error: " + missingColumn + ": the header must have the columns text and intent, found [text, label]");
        assertError(CommandRun.of("nlu", "eval", "--train", empty.toString(), "--test", test.toString()),
                "error: " + empty + ": the file is empty");
        assertError(CommandRun.of("nlu", "eval", "--train", text.toString(), "--test", test.toString()),
                "error: " + text + ": unknown format, expected .csv or Rasa .yml");
        assertError(CommandRun.of("nlu", "eval", "--train", single.toString(), "--test", test.toString()),
                "error: " + single + ": intent 'goodbye' has only one example; every intent needs at least two");
        // Said before any work: cross-validation's own message about folds hid it, after featurising.
        CommandRun crossValidated = CommandRun.of("nlu", "cross-validate", "--data", single.toString(), "--folds", "2");
        assertError(crossValidated,
                "error: " + single + ": intent 'goodbye' has only one example; every intent needs at least two");
        assertThat(crossValidated.err()).doesNotContain("Featurising");
        Path noTable = Files.createDirectories(dir.resolve("models-without-embeddings/dictionaries"));
        try (var files = Files.list(Path.of("nlp-models/dictionaries"))) {
            for (Path file : files.toList()) {
                Files.copy(file, noTable.resolve(file.getFileName()));
            }
        }
        noTable = noTable.getParent();
        assertError(CommandRun.of("nlu", "train", "--data", write("train.csv", TRAIN).toString(), "--models-dir",
                        noTable.toString(), "--out", dir.resolve("release").toString()),
                "error: no embedding table in " + noTable.resolve("embeddings/minilm-l6-static") + " (missing manifest.json)");
        Path notAFolder = write("a-file", "x");
        assertError(CommandRun.of("nlu", "train", "--data", write("train.csv", TRAIN).toString(), "--out",
                notAFolder.resolve("release").toString()), "error: --out " + notAFolder.resolve("release") + ": "
                + notAFolder.toAbsolutePath() + " is a file; give a folder");
    }

    @Test
    void moreFoldsThanTextsIsAnErrorNotEmptyFolds() throws IOException {
        // 3 intents of 3 texts: enough of each for 10 folds of 2 training examples, but 9 texts cannot fill 10 folds.
        Path nine = write("nine.csv", "text,intent\nhello,greet\nhi,greet\nhey,greet\nbye,bye\nsee you,bye\nciao,bye\n"
                + "where is my parcel,order\ntrack my order,order\norder status,order\n");
        Path out = dir.resolve("release");

        assertError(CommandRun.of("nlu", "cross-validate", "--data", nine.toString(), "--folds", "10"),
                "error: " + nine + ": 10-fold cross-validation needs at least 10 different texts (one to test in each "
                        + "fold); the data has 9");
        assertError(CommandRun.of("nlu", "train", "--data", nine.toString(), "--folds", "10", "--out", out.toString()),
                "error: " + nine + ": 10-fold cross-validation needs at least 10 different texts");
        assertThat(out).doesNotExist();
    }

    @Test
    void aReportFolderThatCannotBeWrittenStopsTheRunBeforeTraining() throws IOException {
        Path notAFolder = write("a-file", "x");
        Path train = write("train.csv", TRAIN);
        Path test = write("test.csv", TEST);
        Path indexIsAFolder = Files.createDirectories(dir.resolve("report/index.html")).getParent();

        CommandRun run = CommandRun.of("nlu", "eval", "--train", train.toString(), "--test", test.toString(),
                "--report", notAFolder.toString());
        assertError(run, "error: --report " + notAFolder + ": is a file; give a folder");
        assertThat(run.err()).doesNotContain("Featurising");
        assertError(CommandRun.of("nlu", "eval", "--train", train.toString(), "--test", test.toString(),
                "--report", indexIsAFolder.toString()), "error: --report " + indexIsAFolder + ": "
                + indexIsAFolder.resolve("index.html") + " is a folder, so the index.html cannot be written");
    }

    @Test
    void aTuneFileThatIsMissingStopsTheRunBeforeTraining() throws IOException {
        CommandRun run = CommandRun.of("nlu", "eval", "--train", write("train.csv", TRAIN).toString(), "--test",
                write("test.csv", TEST).toString(), "--tune", dir.resolve("val.csv").toString());

        assertError(run, "error: " + dir.resolve("val.csv") + ": no such file");
        assertThat(run.err()).doesNotContain("Featurising");
    }

    @Test
    void runOutsideTheShopDeskFolderTheModelsFolderIsNamed() throws IOException {
        Path train = write("train.csv", TRAIN);
        Path test = write("test.csv", TEST);
        Path elsewhere = dir.resolve("nlp-models");

        assertError(CommandRun.of("nlu", "eval", "--train", train.toString(), "--test", test.toString(), "--models-dir",
                elsewhere.toString()), "error: --models-dir " + elsewhere + ": no such folder (" + elsewhere.toAbsolutePath()
                + "); run the command in the ShopDesk folder or give --models-dir");
    }

    private static void assertError(CommandRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void trainCrossValidatesFirstAndRecordsTheFiguresAndFloorsInTheManifest() throws IOException {
        Path train = write("train.csv", TRAIN);
        Path out = dir.resolve("release");

        CommandRun run = CommandRun.of("nlu", "train", "--data", train.toString(), "--out", out.toString(), "--folds", "2");

        assertThat(run.exitCode()).isEqualTo(0);
        var manifest = io.shopdesk.nlp.intent.IntentModelStore.manifest(out).orElseThrow();
        var cv = manifest.crossValidation();
        assertThat(cv.folds()).isEqualTo(2);
        assertThat(cv.seed()).isEqualTo(42);
        assertThat(cv.tolerance()).isEqualTo(0.01);
        assertThat(cv.floor().accuracy()).isEqualTo(Math.round((cv.measured().accuracy() - 0.01) * 10_000) / 10_000.0);
        assertThat(cv.floor().oosRecall()).isNull();
        assertThat(run.outLines().getFirst()).startsWith("2-fold cross-validation (seed 42) in ")
                .contains("accuracy " + String.format(java.util.Locale.ROOT, "%.4f", cv.measured().accuracy()));
        assertThat(run.json().get("cv_accuracy_floor").asDouble()).isEqualTo(cv.floor().accuracy());
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"crossValidation\" : {", "\"floor\" : {");
    }

    @Test
    void trainWithFoldsZeroRecordsNoCrossValidation() throws IOException {
        Path out = dir.resolve("release");

        CommandRun run = CommandRun.of("nlu", "train", "--data", write("train.csv", TRAIN).toString(),
                "--out", out.toString(), "--folds", "0");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(io.shopdesk.nlp.intent.IntentModelStore.manifest(out).orElseThrow().crossValidation()).isNull();
        assertThat(run.json().has("cv_accuracy")).isFalse();
    }
}
