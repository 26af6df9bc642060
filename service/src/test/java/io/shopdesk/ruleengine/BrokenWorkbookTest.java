package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.ShippedRiskRules;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A {@code .drl.xlsx} that Drools cannot read at all is a problem of that file saying what to do, like any broken rule
 * file: before, Drools threw out of the build ("Failed to open Excel stream, please check that the content is xls97
 * format" for a CSV saved as .xlsx, "No RuleTable cells in spreadsheet" for a notes sheet in front), a reload said only
 * that the rule set "could not be checked", and a draft's check answered 500. Copies of the shipped risk rules.
 */
class BrokenWorkbookTest {
    static final String XLSX = "financing-scorecard.drl.xlsx";

    @TempDir
    Path rules;

    Path risk;

    @BeforeEach
    void copyTheShippedRules() throws Exception {
        risk = ShippedRiskRules.copyInto(rules);
    }

    List<RuleProblem> problems(byte[] workbook) throws Exception {
        Files.write(risk.resolve(XLSX), workbook);
        try {
            RuleEngine.check(risk);
        } catch (RuleSetException e) {
            return e.problems();
        }
        throw new AssertionError("the broken workbook compiled");
    }

    static byte[] zipOf(String entry, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes());
        }
        return bytes.toByteArray();
    }

    static byte[] notesOnly() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("nothing but notes");
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aFileThatIsNoWorkbookSaysSo() throws Exception {
        String file = risk.resolve(XLSX).toString();
        assertThat(problems("RuleSet,shopdesk.risk.scorecard\n".getBytes())).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isZero();
            assertThat(p.message()).startsWith("not an Excel workbook: an .xlsx file is a zip archive and this one is not");
        });
        assertThat(problems(zipOf("notes.txt", "a zip, not a workbook"))).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("not an Excel workbook that can be read (a zip archive, but not of a workbook?)"));
        assertThat(problems(notesOnly())).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "the first sheet, \"Notes\", has no RuleTable cell (the row naming the table, such as 'RuleTable "
                        + "FinancingScorecard'): Drools reads a decision table from the workbook's first sheet only, and "
                        + "no sheet of this workbook has one"));
    }

    /** Saved on disk beside the live rules: the reload names the file, and the live version keeps serving. */
    @Test
    void aReloadRefusesItAndTheLiveVersionKeepsServing() throws Exception {
        try (RuleEngine engine = new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                new StaticListableBeanFactory().getBeanProvider(RuleSetGate.class))) {
            String live = engine.status("risk").liveVersion();
            Files.writeString(risk.resolve(XLSX), "not a workbook");

            RuleSetStatus status = engine.reload("risk");
            assertThat(status.liveVersion()).isEqualTo(live);
            assertThat(status.lastProblems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("risk/" + XLSX);
                assertThat(p.message()).startsWith("not an Excel workbook:");
            });
        }
        assertThatThrownBy(() -> RuleEngine.check(risk)).isInstanceOf(RuleSetException.class);
    }
}
