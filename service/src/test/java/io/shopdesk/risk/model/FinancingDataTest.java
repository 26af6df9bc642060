package io.shopdesk.risk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.cli.ShopDeskCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training CSVs that cannot be used: a clear message naming the file, and from the command a non-zero exit. */
class FinancingDataTest {
    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("applicants.csv"), content, StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsNotPartOfTheFirstColumnsName() throws IOException {
        Path file = write("\uFEFFincome,defaulted\n5000,no\n1200,yes\n");
        FinancingData data = FinancingData.read(file, "defaulted", "yes");
        assertThat(data.columns()).containsExactly("income");
        assertThat(data.size()).isEqualTo(2);
    }

    @Test
    void unknownFile() {
        Path file = dir.resolve("nope.csv");
        assertThatThrownBy(() -> FinancingData.read(file, "defaulted", "yes"))
                .isInstanceOf(FinancingDataException.class).hasMessage(file + ": no such file");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("");
        assertThatThrownBy(() -> FinancingData.read(file, "defaulted", "yes"))
                .isInstanceOf(FinancingDataException.class).hasMessage(file + ": empty file");
    }

    @Test
    void headerOnly() throws IOException {
        Path file = write("age,defaulted\n");
        assertThatThrownBy(() -> FinancingData.read(file, "defaulted", "yes"))
                .isInstanceOf(FinancingDataException.class).hasMessage(file + ": a header but no rows");
    }

    @Test
    void missingLabelColumn() throws IOException {
        Path file = write("age,status\n30,yes\n40,no\n");
        assertThatThrownBy(() -> FinancingData.read(file, "defaulted", "yes"))
                .isInstanceOf(FinancingDataException.class)
                .hasMessage(file + ": no label column 'defaulted' in the header [age, status]");
    }

    @Test
    void positiveValueAbsent() throws IOException {
        Path file = write("age,defaulted\n30,no\n40,no\n");
        assertThatThrownBy(() -> FinancingData.read(file, "defaulted", "yes"))
                .isInstanceOf(FinancingDataException.class).hasMessage(file + ": no row has defaulted = 'yes'");
    }

    @Test
    void oneClassOnly() throws IOException {
        Path file = write("age,defaulted\n30,yes\n40,yes\n");
        assertThatThrownBy(() -> FinancingData.read(file, "defaulted", "yes"))
                .isInstanceOf(FinancingDataException.class)
                .hasMessage(file + ": every row has defaulted = 'yes'; training needs both classes");
    }

    @Test
    void raggedRowIsNamedByItsLineInTheFile() throws IOException {
        Path file = write("age,defaulted\n\n30,yes\n40\n");
        assertThatThrownBy(() -> FinancingData.read(file, "defaulted", "yes"))
                .isInstanceOf(FinancingDataException.class).hasMessage(file + ":4: 1 value, but the header has 2 columns");
    }

    @Test
    void blankLinesAndCrlfLineEndsAreFine() throws IOException {
        Path file = write("income,defaulted\r\n5000,no\r\n\r\n1200,yes\r\n   \r\n\r\n");
        FinancingData data = FinancingData.read(file, "defaulted", "yes");
        assertThat(data.size()).isEqualTo(2);
        assertThat(data.positives()).isEqualTo(1);
    }

    @Test
    void aQuoteLeftOpenIsReportedOnTheLineItOpens() throws IOException {
        Path file = write("income,note,defaulted\n5000,ok,no\n1200,\"late,yes\n800,fine,no\n");
        assertThatThrownBy(() -> FinancingData.read(file, "defaulted", "yes"))
                .hasMessage(file + ":3: not valid CSV (Missing closing quote for value)");
    }

    @Test
    void bytesThatAreNotUtf8AndFoldersAreNamed() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "city,defaulted\nParis,no\nSão Paulo,yes\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> FinancingData.read(latin1, "defaulted", "yes"))
                .hasMessageStartingWith(latin1 + ":3: not UTF-8 (byte 0xE3 in column 2)");
        assertThatThrownBy(() -> FinancingData.read(dir, "defaulted", "yes")).hasMessage(dir + ": is a folder; give a file");
    }

    /**
     * One text in a column of numbers made the column categorical on all the data, numeric in a fold without that
     * row, and that fold's model then failed on it with "duration: '12a' is not a number", naming neither file nor line.
     */
    @Test
    void aValueThatIsNotANumberInAColumnOfNumbersIsNamedWithItsLine() throws IOException {
        Path file = write("duration,purpose,defaulted\n12,car,no\n24,tv,yes\n\"12a\",car,no\n6,tv,no\n1,car,yes\n");
        assertThatThrownBy(() -> FinancingData.read(file, "defaulted", "yes"))
                .isInstanceOf(FinancingDataException.class)
                .hasMessage(file + ":4: column duration: '12a' is not a number, but 4 of the column's 5 values are; "
                        + "write a missing value as a blank, NA or ?");
        Path codes = write("purpose,defaulted\nA40,no\nA41,yes\n12,no\nNA,no\n?,yes\n");
        assertThat(FinancingData.read(codes, "defaulted", "yes").size()).as("a column of text codes with a number in it")
                .isEqualTo(5);
    }

    /** A synthetic file says so in a first comment line; comments are no rows, and lines keep the file's numbers. */
    @Test
    void commentLinesAreSkippedAndLinesKeepTheirNumbersInTheFile() throws IOException {
        Path file = write("# SYNTHETIC, no real applicant\nduration,purpose,defaulted\n12,car,no\n# a note\n24,tv,yes\n"
                + "\"12a\",car,no\n6,tv,no\n1,car,yes\n");
        assertThatThrownBy(() -> FinancingData.read(file, "defaulted", "yes"))
                .hasMessage(file + ":6: column duration: '12a' is not a number, but 4 of the column's 5 values are; "
                        + "write a missing value as a blank, NA or ?");
        FinancingData data = FinancingData.read(write("# SYNTHETIC\nduration,defaulted\n12,no\n# a note\n24,yes\n"),
                "defaulted", "yes");
        assertThat(data.columns()).containsExactly("duration");
        assertThat(data.size()).isEqualTo(2);
    }

    @Test
    void anOutFolderThatCannotBeWrittenStopsTheCommandBeforeTraining() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = ShopDeskCommand.run("risk", "train", "--data", FinancingModelTest.FIXTURE.toString(), "--label",
                    "defaulted", "--positive", "yes", "--folds", "4", "--out", notAFolder.toString());
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("error: --out " + notAFolder
                + ": is a file; give a folder");
    }

    @Test
    void tooFewOfAClassForTheFolds() {
        FinancingData data = FinancingData.read(FinancingModelTest.FIXTURE, "defaulted", "yes");
        var validator = new FinancingCrossValidator(new FinancingModelTrainer(1), 20, new FinancingCrossValidator.Costs(1, 5));
        assertThatThrownBy(() -> validator.evaluate(data)).isInstanceOf(FinancingDataException.class)
                .hasMessage("20-fold cross-validation needs at least 20 applicants of each class; found 23 positive and 17 negative");
    }

    @Test
    void theCommandReportsBadInputWithoutAStackTrace() throws IOException {
        Path file = write("age,status\n30,yes\n40,no\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = ShopDeskCommand.run("risk", "train", "--data", file.toString(), "--label", "defaulted",
                    "--positive", "yes", "--out", dir.resolve("out").toString());
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("error: " + file + ": no label column 'defaulted' in the header [age, status]");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theCommandTrainsAndReleases() {
        Path out = dir.resolve("release");
        int exit = ShopDeskCommand.run("risk", "train", "--data", FinancingModelTest.FIXTURE.toString(), "--label",
                "defaulted", "--positive", "yes", "--folds", "4", "--out", out.toString());
        assertThat(exit).isZero();
        var manifest = FinancingModelStore.manifest(out);
        assertThat(manifest.name()).isEqualTo("financing");
        assertThat(manifest.trainingDataSha256()).isEqualTo(FinancingModelStore.sha256(FinancingModelTest.FIXTURE));
        assertThat(manifest.metrics()).containsKeys("auc", "accuracy", "expected_cost", "threshold", "n");
        assertThat(FinancingModelStore.load(out).columns()).hasSize(6);
    }
}
