package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.BrowserScript;
import io.shopdesk.BrowserTest;
import io.shopdesk.risk.RiskHttp.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * A risk officer changes the financing scorecard as an Excel workbook ({@code .drl.xlsx}) through the drafts API, over
 * real HTTP on the real service (real H2, the shipped rules copied to a temporary folder, workbooks built here with
 * Apache POI). Before, a draft could carry only text files: a workbook was edited on disk, unchecked, unreplayed. Now
 * its bytes travel Base64-encoded: the check compiles it (a bad cell at its row and column), replays the stored
 * decisions through it, and a publish puts it live through the gate. A broken workbook (not a zip, the table not on
 * the first sheet, a bad cell, not Base64) gets a clear error and never replaces the live table. Ordered: the first
 * test turns the shipped CSV table into a workbook, which the later ones change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shopdesk-workbook-drafts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shopdesk.nlp.core-nlp=false",
        "shopdesk.escalation.english-sentiment=off"
})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbookDraftsIT extends RiskServiceOnCopiedRules {
    static final String CSV = "financing-scorecard.drl.csv";
    static final String XLSX = "financing-scorecard.drl.xlsx";

    /** The shipped scorecard's rows, as its CSV has them. */
    static List<String> shippedTable() throws IOException {
        return Files.readAllLines(Path.of("rules/risk").resolve(CSV));
    }

    /** A workbook of {@code rows} (CSV lines) on a sheet "Scorecard", after a sheet "Notes" when {@code notesFirst}. */
    static byte[] workbook(List<String> rows, boolean notesFirst) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (notesFirst) {
                book.createSheet("Notes").createRow(0).createCell(0).setCellValue("Points per attribute; see the next sheet.");
            }
            var sheet = book.createSheet("Scorecard");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                List<String> cells = new CsvLineParser().parse(rows.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The shipped table with {@code from} replaced by {@code to} on its one line holding it. */
    static List<String> edited(String from, String to) throws IOException {
        List<String> rows = shippedTable();
        assertThat(rows).filteredOn(r -> r.contains(from)).hasSize(1);
        return rows.stream().map(r -> r.replace(from, to)).toList();
    }

    /** Proposes the workbook as the scorecard (deleting the CSV table while there is one); returns the reply. */
    Reply proposeWorkbook(String base64, String reason) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("baseVersion", live());
        body.put("files", Map.of(XLSX, base64));
        body.put("deletions", Files.exists(folder().resolve(CSV)) ? List.of(CSV) : List.of());
        body.put("reason", reason);
        return risk.officer("POST", "/api/risk/rules/drafts", body);
    }

    long propose(byte[] workbook, String reason) throws Exception {
        Reply reply = proposeWorkbook(Base64.getEncoder().encodeToString(workbook), reason);
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
        return reply.body().get("id").asLong();
    }

    /**
     * A renter with a long job and a clean history, affordable, new to the shop, with a low model probability: approved
     * with the shipped scorecard (SC_RENTER +5, SC_LONG_EMPLOYMENT -10 among its reasons; score 0).
     */
    JsonNode apply(String id) throws Exception {
        return risk.post("/api/risk/financing", """
                {"applicationId":"%s","customerId":870001,"amount":1200,"termMonths":6,"purpose":"electronics",
                 "monthlyIncome":15000,"employment":"7_years_plus","existingCredits":1,"housing":"rent",
                 "creditHistory":"all_paid","age":40}""".formatted(id));
    }

    static JsonNode reason(JsonNode decision, String code) {
        return decision.get("reasons").valueStream().filter(r -> code.equals(r.get("code").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + decision));
    }

    @Test
    @Order(1)
    void theScorecardAsAWorkbookGoesLiveThroughADraftAndTheConsoleReadsItBack() throws Exception {
        byte[] shipped = workbook(shippedTable(), false);
        long id = propose(shipped, "the scorecard is kept in Excel from now on");

        Reply check = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/check", null);
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body().get("passed").asBoolean()).as(check.body().toString()).isTrue();
        assertThat(check.body().get("compileProblems").isEmpty()).isTrue();

        Reply publish = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/publish", null);
        assertThat(publish.status()).as(String.valueOf(publish.body())).isEqualTo(200);
        assertThat(live()).isEqualTo(publish.body().get("liveVersion").asString());
        assertThat(Files.readAllBytes(folder().resolve(XLSX))).isEqualTo(shipped);
        assertThat(folder().resolve(CSV)).doesNotExist();

        JsonNode files = risk.officerGet("/api/risk/rules/files");
        assertThat(files.at("/files/" + XLSX).asString()).isEqualTo(Base64.getEncoder().encodeToString(shipped));
        JsonNode decision = apply("f-wb-1");
        assertThat(decision.get("decision").asString()).as(decision.toString()).isEqualTo("APPROVE");
        assertThat(reason(decision, "SC_RENTER").get("weight").asInt()).isEqualTo(5);
    }

    @Test
    @Order(2)
    void aChangedWorkbookIsCheckedReplayedAndPublished() throws Exception {
        JsonNode before = apply("f-wb-2");
        assertThat(before.get("decision").asString()).isEqualTo("APPROVE");
        String version = live();
        // Enough to send f-wb-2 (score 0) to review, not enough to fail a scenario (the reload gate would refuse it).
        byte[] stricter = workbook(edited("SC_LONG_EMPLOYMENT, -10,", "SC_LONG_EMPLOYMENT, 45,"), false);
        long id = propose(stricter, "long employment weighs 45");

        Reply check = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/check", null);
        assertThat(check.body().get("passed").asBoolean()).as(check.body().toString()).isTrue();
        assertThat(check.body().get("draftVersion").asString()).isNotEqualTo(version);
        JsonNode flip = check.body().at("/replay/sample").valueStream()
                .filter(f -> "f-wb-2".equals(f.get("applicationId").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("f-wb-2 did not flip: " + check.body().get("replay")));
        assertThat(flip.at("/live/decision").asString()).isEqualTo("APPROVE");
        assertThat(flip.at("/version/decision").asString()).isIn("REVIEW", "DECLINE");
        assertThat(live()).as("a check puts nothing live").isEqualTo(version);

        Reply publish = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/publish", null);
        assertThat(publish.status()).as(String.valueOf(publish.body())).isEqualTo(200);
        assertThat(Files.readAllBytes(folder().resolve(XLSX))).isEqualTo(stricter);
        JsonNode after = apply("f-wb-3");
        assertThat(reason(after, "SC_LONG_EMPLOYMENT").get("weight").asInt()).isEqualTo(45);
        assertThat(after.get("decision").asString()).isIn("REVIEW", "DECLINE");
    }

    @Test
    @Order(3)
    void aBrokenWorkbookGetsAClearErrorAndNeverReplacesTheLiveTable() throws Exception {
        String version = live();
        Path table = folder().resolve(Files.exists(folder().resolve(XLSX)) ? XLSX : CSV);
        byte[] liveTable = Files.readAllBytes(table);
        String file = "risk/" + XLSX;

        long notZip = propose("RuleSet,shopdesk.risk.scorecard\n".getBytes(), "a CSV saved as .xlsx");
        JsonNode problem = onlyProblem(notZip);
        assertThat(problem.get("file").asString()).isEqualTo(file);
        assertThat(problem.get("message").asString()).startsWith("not an Excel workbook: an .xlsx file is a zip archive");

        long notesFirst = propose(workbook(shippedTable(), true), "a notes sheet in front");
        problem = onlyProblem(notesFirst);
        assertThat(problem.get("file").asString()).isEqualTo(file);
        assertThat(problem.get("message").asString()).isEqualTo("the first sheet, \"Notes\", has no RuleTable cell (the "
                + "row naming the table, such as 'RuleTable FinancingScorecard'): Drools reads a decision table from the "
                + "workbook's first sheet only; the table is on sheet \"Scorecard\": move it to the front");

        long badCell = propose(workbook(edited("SC_RENTER, 5,", "SC_RENTER, five,"), false), "points in words");
        problem = onlyProblem(badCell);
        assertThat(problem.get("file").asString()).isEqualTo(file);
        assertThat(problem.get("line").asInt()).as("the row of ScorecardRenter").isEqualTo(10);
        assertThat(problem.get("message").asString()).startsWith("rule ScorecardRenter, column H (Code, points, English, "
                + "Chinese): Rule Compilation error five cannot be resolved to a variable");

        for (long id : new long[] {notZip, notesFirst, badCell}) {
            Reply publish = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/publish", null);
            assertThat(publish.status()).as(String.valueOf(publish.body())).isEqualTo(409);
            assertThat(publish.body().get("published").asBoolean()).isFalse();
            assertThat(publish.body().at("/problems/0/file").asString()).isEqualTo(file);
            assertThat(live()).isEqualTo(version);
            assertThat(Files.readAllBytes(table)).as("the live table is back").isEqualTo(liveTable);
        }

        Reply notBase64 = proposeWorkbook("this is not base64!", "pasted the wrong thing");
        assertThat(notBase64.status()).isEqualTo(400);
        assertThat(notBase64.body().at("/fields/files." + XLSX).asString())
                .startsWith("an Excel workbook (.drl.xlsx) is sent as its bytes Base64-encoded");
        assertThat(live()).isEqualTo(version);
    }

    /**
     * The console's workbook download, a broken upload failing its check at its row, and a changed upload published, in
     * Chromium ({@code risk-workbook.e2e.mjs}); the workbooks are built here and handed over as files.
     */
    @Test
    @Order(4)
    @BrowserTest
    void anOfficerDownloadsAndUploadsTheWorkbookFromTheConsole(BrowserScript browser) throws Exception {
        assertThat(folder().resolve(XLSX)).as("the live scorecard is a workbook (the first test)").exists();
        Path broken = copy.resolve("broken.xlsx");
        Files.write(broken, workbook(edited("SC_RENTER, 5,", "SC_RENTER, five,"), false));
        Path changed = copy.resolve("changed.xlsx");
        Files.write(changed, workbook(shippedTable(), false));
        String output = browser.run("risk-workbook.e2e.mjs", broken.toString(), changed.toString());
        assertThat(output).contains("PASS the workbook is offered for download and upload, not as text",
                "PASS \"Download\" saves the live workbook byte for byte",
                "PASS a broken workbook uploaded fails its check at its row",
                "PASS a changed workbook uploaded passes and is published", " 0 failed");
        assertThat(Files.readAllBytes(folder().resolve(XLSX))).isEqualTo(Files.readAllBytes(changed));
    }

    /** The one compile problem a draft's check reports; the check must fail and replay nothing. */
    JsonNode onlyProblem(long id) throws Exception {
        Reply check = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/check", null);
        assertThat(check.status()).as(String.valueOf(check.body())).isEqualTo(200);
        assertThat(check.body().get("passed").asBoolean()).isFalse();
        assertThat(check.body().get("replay").isNull()).isTrue();
        assertThat(check.body().get("compileProblems").size()).as(check.body().toString()).isEqualTo(1);
        return check.body().get("compileProblems").get(0);
    }
}
