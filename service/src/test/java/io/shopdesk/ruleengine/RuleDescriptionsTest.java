package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShippedRiskRules;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of the shipped risk set described for people: a decision table's rows read as their table, row and
 * condition (with the NAME column, without it, and with a DESCRIPTION column in a workbook), every rule's file and
 * the fact types its conditions need, as Drools compiled them.
 */
class RuleDescriptionsTest {
    static final String TABLE = "financing-scorecard.drl.csv";
    static final String RISK = "io.shopdesk.risk.";

    @TempDir
    Path rules;

    Path risk;
    List<String> lines;

    @BeforeEach
    void copyTheShippedRules() throws Exception {
        risk = ShippedRiskRules.copyInto(rules);
        lines = new ArrayList<>(Files.readAllLines(risk.resolve(TABLE)));
    }

    static Map<String, RuleDescription> described(Path folder) {
        return RuleEngine.compile(folder).descriptions().stream()
                .collect(Collectors.toMap(RuleDescription::name, Function.identity()));
    }

    @Test
    void theShippedScorecardRowsReadAsTableRowAndConditionAndDrlRulesAsTheirName() {
        Map<String, RuleDescription> rules = described(risk);

        assertThat(rules.get("ScorecardRenter")).isEqualTo(new RuleDescription("ScorecardRenter",
                "FinancingScorecard row 10 (Housing: rent)", TABLE, 10, Set.of(RISK + "FinancingRequest")));
        assertThat(rules.get("ScorecardVeryLongTerm").label()).isEqualTo("FinancingScorecard row 19 (Term at least (months): 36)");
        assertThat(rules.get("ScorecardLuxuryPurpose").label()).isEqualTo("FinancingScorecard row 21 (Purpose: luxury)");
        assertThat(rules.get("BlockedCard")).isEqualTo(new RuleDescription("BlockedCard", "BlockedCard", "payments.drl",
                null, Set.of(RISK + "PaymentContext")));
        assertThat(rules.get("WalletPayment").neededTypes()).containsExactly(RISK + "PaymentRequest");
        assertThat(rules.get("ModelHighDefaultProbability")).isEqualTo(new RuleDescription("ModelHighDefaultProbability",
                "ModelHighDefaultProbability", "financing.drl", null, Set.of(RISK + "FinancingContext")));
        assertThat(rules.get("CollectScorecardPoints").neededTypes()).containsExactly(RISK + "ScorecardPoints");
        assertThat(rules.get("DeclineAt70").neededTypes()).containsExactly(RISK + "DecisionPhase");
        assertThat(rules.get("DeclineAt70").file()).isEqualTo("thresholds.drl");
        assertThat(rules.keySet()).containsExactlyInAnyOrderElementsOf(RuleEngine.compile(risk).ruleNames());
    }

    @Test
    void withoutANameColumnDroolsNumbersTheRowsAndTheLabelStillSaysWhatEachAsks() throws Exception {
        // Lines 1-5 (RuleSet, Import, Notes, blank, RuleTable) stay; from the keywords on, column A (NAME) goes.
        List<String> unnamed = new ArrayList<>(lines.subList(0, 5));
        lines.subList(5, lines.size()).forEach(line -> unnamed.add(line.substring(line.indexOf(',') + 1)));
        assertThat(unnamed.get(5)).startsWith("CONDITION,");
        Files.write(risk.resolve(TABLE), unnamed);

        Map<String, RuleDescription> rules = described(risk);

        assertThat(rules).doesNotContainKey("ScorecardRenter");
        assertThat(rules.get("FinancingScorecard_10")).isEqualTo(new RuleDescription("FinancingScorecard_10",
                "FinancingScorecard row 10 (Housing: rent)", TABLE, 10, Set.of(RISK + "FinancingRequest")));
        assertThat(rules.get("FinancingScorecard_12").label()).isEqualTo("FinancingScorecard row 12 (Employment: unemployed)");
    }

    @Test
    void aWorkbookWithADescriptionColumnReadsAsItsDescriptions() throws Exception {
        lines.set(5, lines.get(5).replaceFirst("^NAME,", "DESCRIPTION,"));
        lines.set(9, lines.get(9).replaceFirst("^ScorecardRenter,", "Renters default more often,"));
        lines.set(10, lines.get(10).replaceFirst("^ScorecardHomeOwner,", ","));
        Files.delete(risk.resolve(TABLE));
        Path workbook = risk.resolve("scorecard.drl.xlsx");
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

        Map<String, RuleDescription> rules = described(risk);

        assertThat(rules.get("FinancingScorecard_10")).isEqualTo(new RuleDescription("FinancingScorecard_10",
                "FinancingScorecard row 10 (Renters default more often)", "scorecard.drl.xlsx", 10,
                Set.of(RISK + "FinancingRequest")));
        assertThat(rules.get("FinancingScorecard_11").label()).as("no description: its condition")
                .isEqualTo("FinancingScorecard row 11 (Housing: own)");
    }

    @Test
    void aNegatedFactIsNotNeededAndAnOrNeedsEitherBranch() throws Exception {
        Files.writeString(risk.resolve("extra.drl"), """
                package shopdesk.risk
                import io.shopdesk.risk.PaymentRequest
                import io.shopdesk.risk.FinancingRequest
                import io.shopdesk.risk.DecisionPhase

                // Test rules: a negated payment, and either kind.
                rule "NoPaymentHere"
                when
                    DecisionPhase()
                    not PaymentRequest()
                then
                end

                rule "EitherKind"
                when
                    PaymentRequest() or FinancingRequest()
                then
                end
                """);

        Map<String, RuleDescription> rules = described(risk);

        assertThat(rules.get("NoPaymentHere").neededTypes()).containsExactly(RISK + "DecisionPhase");
        assertThat(rules.get("EitherKind").neededTypes()).containsExactlyInAnyOrder(RISK + "PaymentRequest",
                RISK + "FinancingRequest");
        assertThat(rules.get("EitherKind").file()).isEqualTo("extra.drl");
    }
}
