package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.ShippedRiskRules;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * An error in a decision table is reported at the spreadsheet's row, with the rule and the column, not at a line of
 * the DRL Drools generates from it (once: {@code financing-scorecard.drl.csv:94} in a 21-line file). Broken copies of
 * the shipped scorecard, as CSV and as an Excel workbook.
 */
class DecisionTableErrorsTest {
    static final String TABLE = "financing-scorecard.drl.csv";
    static final String POINTS = "column H (Code, points, English, Chinese)";

    @TempDir
    Path rules;

    Path risk;
    List<String> lines;

    @BeforeEach
    void copyTheShippedRules() throws Exception {
        risk = ShippedRiskRules.copyInto(rules);
        lines = new ArrayList<>(Files.readAllLines(risk.resolve(TABLE)));
        assertThat(lines).hasSize(21);
    }

    /** Replaces {@code from} with {@code to} on line {@code line} (1-based) of the table. */
    void edit(int line, String from, String to) {
        String before = lines.get(line - 1);
        lines.set(line - 1, before.replace(from, to));
        assertThat(lines.get(line - 1)).as("line %d changed", line).isNotEqualTo(before);
    }

    List<RuleProblem> problems() throws Exception {
        Files.write(risk.resolve(TABLE), lines);
        try {
            RuleEngine.check(risk);
        } catch (RuleSetException e) {
            return e.problems();
        }
        throw new AssertionError("the broken table compiled");
    }

    static String firstLine(RuleProblem problem) {
        return problem.message().lines().findFirst().orElse("");
    }

    @Test
    void wordsForNumbersAreReportedAtTheirRowWithTheRuleAndColumn() throws Exception {
        edit(21, "SC_LUXURY_PURPOSE, 5,", "SC_LUXURY_PURPOSE, lots,");
        edit(10, "SC_RENTER, 5,", "SC_RENTER, five,");
        edit(18, "ScorecardLongTerm,,,,24,", "ScorecardLongTerm,,,,abc,");

        assertThat(problems()).extracting(RuleProblem::file, RuleProblem::line, DecisionTableErrorsTest::firstLine)
                .containsExactlyInAnyOrder(
                        tuple(risk.resolve(TABLE).toString(), 21, "rule ScorecardLuxuryPurpose, " + POINTS
                                + ": Rule Compilation error lots cannot be resolved to a variable"),
                        tuple(risk.resolve(TABLE).toString(), 10, "rule ScorecardRenter, " + POINTS
                                + ": Rule Compilation error five cannot be resolved to a variable"),
                        tuple(risk.resolve(TABLE).toString(), 18, "rule ScorecardLongTerm, column E (Term at least (months)): "
                                + "Unable to Analyse Expression termMonths >= abc:"));
    }

    @Test
    void aDuplicateRuleNameAndAnErrorInAnActionAreReportedAtTheirRows() throws Exception {
        edit(11, "ScorecardHomeOwner,", "ScorecardRenter,");
        edit(21, "SC_LUXURY_PURPOSE, 5,", "SC_LUXURY_PURPOSE, 5),");

        assertThat(problems()).extracting(RuleProblem::line, DecisionTableErrorsTest::firstLine).containsExactlyInAnyOrder(
                tuple(11, "rule ScorecardRenter, column A (Rule): Duplicate rule name: ScorecardRenter"),
                tuple(21, "rule ScorecardLuxuryPurpose: Rule Compilation error The constructor ScorecardPoints(String, int) is undefined"));
    }

    /** An import the table cannot make: the Import row's cell, and every rule of the table at its own row. */
    @Test
    void aWrongImportIsReportedAtTheImportRow() throws Exception {
        edit(2, "io.shopdesk.risk.FinancingRequest,", "io.shopdesk.risk.FinancingRequestX,");

        List<RuleProblem> problems = problems();
        assertThat(problems).contains(new RuleProblem(risk.resolve(TABLE).toString(), 2,
                "column B: Error importing : 'io.shopdesk.risk.FinancingRequestX'"));
        assertThat(problems).extracting(RuleProblem::line).allMatch(line -> line >= 2 && line <= 21);
        assertThat(problems).filteredOn(p -> p.message().contains("Unable to resolve ObjectType"))
                .extracting(RuleProblem::line).containsExactlyInAnyOrder(10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21);
    }

    @Test
    void anExcelTableIsPlacedTheSameWay() throws Exception {
        edit(21, "SC_LUXURY_PURPOSE, 5,", "SC_LUXURY_PURPOSE, lots,");
        edit(10, "SC_RENTER, 5,", "SC_RENTER, five,");
        Files.delete(risk.resolve(TABLE));
        Path workbook = risk.resolve("financing-scorecard.drl.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            var sheet = book.createSheet("Scorecard");
            for (int r = 0; r < lines.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                List<String> cells = new CsvLineParser().parse(lines.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            book.write(out);
        }

        assertThatThrownBy(() -> RuleEngine.check(risk)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                        workbook + ":21: rule ScorecardLuxuryPurpose, " + POINTS + ": Rule Compilation error lots cannot be resolved to a variable",
                        workbook + ":10: rule ScorecardRenter, " + POINTS + ": Rule Compilation error five cannot be resolved to a variable"));
    }

    /** The status the API and the console show, after an edit on disk: the row, and the live version keeps serving. */
    @Test
    void aRejectedTableEditShowsTheRowInTheStatus() throws Exception {
        try (RuleEngine engine = new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                new StaticListableBeanFactory().getBeanProvider(RuleSetGate.class))) {
            String live = engine.status("risk").liveVersion();
            edit(21, "SC_LUXURY_PURPOSE, 5,", "SC_LUXURY_PURPOSE, lots,");
            Files.write(risk.resolve(TABLE), lines);

            RuleSetStatus status = engine.reload("risk");
            assertThat(status.liveVersion()).isEqualTo(live);
            assertThat(status.lastProblems()).containsExactly(new RuleProblem("risk/" + TABLE, 21,
                    "rule ScorecardLuxuryPurpose, " + POINTS + ": Rule Compilation error lots cannot be resolved to a variable"));
        }
    }
}
