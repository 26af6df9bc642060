package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.RuleProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Checks an Excel decision table ({@code .drl.xlsx}) before Drools reads it, for the faults Drools reports by throwing
 * rather than as a build error with a line: bytes that are no workbook at all ("Failed to open Excel stream, please
 * check that the content is xls97 format", of a file that is not even an .xls), or a workbook whose first sheet has
 * no {@code RuleTable} cell ("No RuleTable cells in spreadsheet": Drools reads the first sheet only, and a notes sheet
 * put in front hides the table). Each becomes a problem of the file that says what is wrong and what to do, so that
 * a reload, a rollback and a draft's check refuse the workbook like any broken rule file and the live version keeps
 * serving. A bad cell inside the table is left to the build, which places it at its row ({@link DecisionTableProblems}).
 * Stateless and thread-safe.
 */
final class WorkbookProblems {
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private WorkbookProblems() {
    }

    static boolean isWorkbook(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** What keeps Drools from reading the workbook {@code file} (named so in the problem), if anything. */
    static Optional<RuleProblem> of(String file, byte[] bytes) {
        if (bytes.length < ZIP.length || bytes[0] != ZIP[0] || bytes[1] != ZIP[1] || bytes[2] != ZIP[2]
                || bytes[3] != ZIP[3]) {
            return Optional.of(new RuleProblem(file, 0, "not an Excel workbook: an .xlsx file is a zip archive and "
                    + "this one is not (an old .xls workbook, or a CSV or another file renamed?); save the table in the "
                    + "spreadsheet as an Excel workbook (.xlsx)"));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                return Optional.of(new RuleProblem(file, 0, "the workbook has no sheet; the decision table goes on "
                        + "its first sheet"));
            }
            if (hasRuleTable(book.getSheetAt(0))) {
                return Optional.empty();
            }
            List<String> holding = new ArrayList<>();
            for (int i = 1; i < book.getNumberOfSheets(); i++) {
                if (hasRuleTable(book.getSheetAt(i))) {
                    holding.add("\"" + book.getSheetName(i) + "\"");
                }
            }
            String first = "the first sheet, \"" + book.getSheetName(0) + "\", has no RuleTable cell (the row naming the "
                    + "table, such as 'RuleTable FinancingScorecard'): Drools reads a decision table from the "
                    + "workbook's first sheet only";
            return Optional.of(new RuleProblem(file, 0, holding.isEmpty() ? first + ", and no sheet of this workbook "
                    + "has one" : first + "; the table is on sheet " + String.join(", ", holding)
                    + ": move it to the front"));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new RuleProblem(file, 0, "not an Excel workbook that can be read (a zip archive, but "
                    + "not of a workbook?): " + e.getMessage()));
        }
    }

    private static boolean hasRuleTable(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().strip().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                    return true;
                }
            }
        }
        return false;
    }
}
