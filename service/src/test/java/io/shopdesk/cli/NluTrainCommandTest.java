package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nlu train} reads data as the evaluation commands do and says what is wrong with it. */
class NluTrainCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private CommandRun train(Path data, String... options) {
        String[] args = {"nlu", "train", "--data", data.toString(), "--out", dir.resolve("release").toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + options.length);
        System.arraycopy(options, 0, all, args.length, options.length);
        return CommandRun.of(all);
    }

    @Test
    void theOosLabelOptionTrainsTheDatasOwnLabelAsOos() throws IOException {
        Path data = write("train.csv", NluCommandTest.TRAIN);

        CommandRun run = train(data, "--folds", "0", "--oos-label", "none");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // "none" is the oos class: no background is added and there is no fourth label.
        assertThat(run.json().get("oos_background").asInt()).isZero();
        assertThat(run.json().get("intents").asInt()).isEqualTo(3);
        assertThat(run.err()).doesNotContain("warning");
    }

    @Test
    void aLabelThatOnlyLooksLikeOosIsWarnedAbout() throws IOException {
        Path data = write("train.csv", NluCommandTest.TRAIN.replace(",none", ",OOS"));

        CommandRun run = train(data, "--folds", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: " + data + ": label 'OOS' (4 examples) is not the out-of-scope label "
                + "'oos' and is trained as an intent of its own; labels are case-sensitive (--oos-label OOS if it means "
                + "out of scope)");
    }

    @Test
    void labelsDifferingOnlyInCaseAreWarnedAbout() throws IOException {
        Path data = write("train.csv", NluCommandTest.TRAIN + """
                hello,Greeting
                hey,Greeting
                hi there,greeting
                good morning,greeting
                """);

        CommandRun run = train(data, "--folds", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: " + data + ": labels 'Greeting' (2 examples) and 'greeting' (2 examples) "
                        + "differ only in case or surrounding spaces and are trained as different intents");
    }

    /**
     * A text under two intents (the stop-32 team pasted a greeting under goodbye) stops every command that trains, with
     * exit code 2 and nothing written: before, it was a warning above the figures and the release went on. Each copy
     * is named with its intent, file and line (the labels only before stop 33), as the service's release job names them.
     */
    @Test
    void aTextUnderTwoIntentsStopsTraining() throws IOException {
        Path data = write("train.csv", NluCommandTest.TRAIN + """
                Where is my parcel,refund
                """);
        String error = "error: " + data + ": 1 text is labelled with more than one intent (ignoring case and spaces): "
                + "'where is my parcel' (order_status at train.csv:2, refund at train.csv:16); no model can get both "
                + "right: keep each under the one intent it means";

        CommandRun train = train(data, "--folds", "0");
        CommandRun crossValidate = CommandRun.of("nlu", "cross-validate", "--data", data.toString());

        assertThat(train.exitCode()).as(train.err()).isEqualTo(2);
        assertThat(train.err()).contains(error).doesNotContain("Exception");
        assertThat(dir.resolve("release")).doesNotExist();
        assertThat(crossValidate.exitCode()).as(crossValidate.err()).isEqualTo(2);
        assertThat(crossValidate.err()).contains(error);
    }

    /**
     * A small Chinese intent set with no oos example placed 你好 as gift_wrap in the walkthrough, and no command said why:
     * English data without oos gets the general-English background, Chinese none. English with oos of its own is fine.
     */
    @Test
    void aLanguageWithoutOutOfScopeExamplesIsWarnedAbout() throws IOException {
        Path data = write("gift.csv", """
                text,intent
                可以帮我包装成礼物吗,gift_wrap
                能做礼品包装吗,gift_wrap
                有没有礼盒包装,gift_wrap
                能帮我写张贺卡吗,greeting_card
                可以附一张祝福卡片吗,greeting_card
                贺卡要收费吗,greeting_card
                can you gift wrap it,gift_wrap
                do you offer gift wrapping,gift_wrap
                what's the weather like,oos
                tell me a joke,oos
                """);

        CommandRun run = train(data, "--folds", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: " + data + ": no Chinese example is labelled oos (out of scope) among "
                + "the 6 Chinese ones: every Chinese message the bot gets (a greeting, a question no intent covers) is "
                + "placed in one of the intents unless the model is unsure; add Chinese messages it should not place, "
                + "labelled oos").doesNotContain("no English example");
    }

    @Test
    void errorsAboutTheExamplesNameTheDataFiles() throws IOException {
        Path single = write("single.csv", "text,intent\nhello,greeting\nhi,greeting\nbye,goodbye\n");

        CommandRun crossValidated = train(single, "--folds", "2");
        CommandRun trained = train(single, "--folds", "0");

        assertThat(crossValidated.exitCode()).isEqualTo(2);
        // The intent of one example is named before any work (it used to be a message about folds, and with --folds 0
        // came after featurising).
        assertThat(crossValidated.err()).contains("error: " + single + ": intent 'goodbye' has only one example; every "
                + "intent needs at least two").doesNotContain("Exception", "Featurising", "--folds 0");
        assertThat(trained.exitCode()).isEqualTo(2);
        assertThat(trained.err()).contains("error: " + single + ": intent 'goodbye' has only one example; every intent "
                + "needs at least two").doesNotContain("Exception", "Featurising");
    }

    @Test
    void theJsonLineCarriesTheCrossValidationFiguresUnderTheEvaluationKeys() throws IOException {
        Path data = write("train.csv", NluCommandTest.TRAIN);

        CommandRun run = train(data, "--folds", "2", "--oos-label", "none");

        assertThat(run.exitCode()).as(run.err()).isZero();
        var cv = io.shopdesk.nlp.intent.IntentModelStore.manifest(dir.resolve("release")).orElseThrow()
                .crossValidation().measured();
        var json = run.json();
        assertThat(json.get("accuracy").asDouble()).isEqualTo(cv.accuracy());
        assertThat(json.get("in_scope_accuracy").asDouble()).isEqualTo(cv.inScopeAccuracy());
        assertThat(json.get("oos_recall").asDouble()).isEqualTo(cv.oosRecall());
        assertThat(json.get("macro_f1").asDouble()).isEqualTo(cv.macroF1());
        assertThat(json.get("n_test").asInt()).isEqualTo(14);
    }
}
