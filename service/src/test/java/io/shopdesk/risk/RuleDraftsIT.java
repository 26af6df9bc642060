package io.shopdesk.risk;

import static io.shopdesk.risk.RiskHttp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.BrowserScript;
import io.shopdesk.BrowserTest;
import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.risk.RiskHttp.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Risk officers change the rules through the drafts API, over real HTTP on the real service (real H2, the shipped
 * rules copied to a temporary folder): a draft is checked as the reload gate checks an edit, with a replay of the
 * payments stored through {@code POST /api/risk/payments}, without going live; publishing puts it live through the
 * gate, or is refused and leaves the files and the live version as they were. A decision's device is blocked from
 * its page with the reason kept in the list file. Each test reads the live version and files itself: the tests share
 * one service and may run in any order.
 */
@OwnDatabaseTest(database = "shopdesk-rule-drafts")
class RuleDraftsIT extends RiskServiceOnCopiedRules {
    /** Proposes a draft changing one file on the live version; returns its id. */
    long propose(String path, String text, String reason) throws Exception {
        Reply reply = risk.officer("POST", "/api/risk/rules/drafts",
                Map.of("baseVersion", live(), "files", Map.of(path, text), "reason", reason));
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
        assertThat(reply.body().get("status").asString()).isEqualTo("open");
        assertThat(reply.body().get("proposedBy").asString()).matches("officer:[0-9a-f]{8}");
        return reply.body().get("id").asLong();
    }

    /**
     * A card payment of a customer the shop does not know (a new account: NEW_ACCOUNT 15) from a new IP (NEW_IP 5):
     * 20, plus 15 with mismatched addresses. Each test pays as a customer of its own: three payments of one customer
     * within 10 minutes add CustomerBurst10m's 25.
     */
    JsonNode pay(long customer, String id, String device, boolean mismatch) throws Exception {
        return risk.pay("""
                {"paymentId":"%s","customerId":%d,"amount":120,"currency":"CNY","method":"card","cardFingerprint":"fp-%s",
                 "deviceId":"%s","ip":"192.0.2.%d","shippingAddress":"北京市朝阳区 1 号","billingAddress":"%s"}"""
                .formatted(id, customer, id, device, 100 + Math.abs(id.hashCode() % 100),
                        mismatch ? "上海市浦东新区 2 号" : "北京市朝阳区 1 号"));
    }

    @Test
    void aDraftWithASyntaxErrorIsReportedByFileAndLineAndNeverGoesLive() throws Exception {
        String before = live();
        String thresholds = Files.readString(folder().resolve("thresholds.drl"));
        String broken = thresholds.replace("DecisionPhase( score >= 70 )", "DecisionPhase( score >= 70 ");
        long id = propose("thresholds.drl", broken, "a typo");

        Reply check = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/check", null);
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body().get("passed").asBoolean()).isFalse();
        assertThat(check.body().get("draftVersion").isNull()).isTrue();
        assertThat(check.body().get("replay").isNull()).as("nothing compiled to replay").isTrue();
        JsonNode problem = check.body().get("compileProblems").get(0);
        assertThat(problem.get("file").asString()).isEqualTo("risk/thresholds.drl");
        int line = lineOf(broken, "DecisionPhase( score >= 70 ");
        assertThat(problem.get("line").asInt()).as(problem.toString()).isBetween(line, line + 3);
        assertThat(live()).isEqualTo(before);
        assertThat(Files.readString(folder().resolve("thresholds.drl"))).isEqualTo(thresholds);

        Reply publish = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/publish", null);
        assertThat(publish.status()).isEqualTo(409);
        assertThat(publish.body().get("published").asBoolean()).isFalse();
        assertThat(publish.body().get("liveVersion").asString()).isEqualTo(before);
        assertThat(publish.body().at("/problems/0/file").asString()).isEqualTo("risk/thresholds.drl");
        assertThat(publish.body().at("/draft/status").asString()).isEqualTo("refused");
        assertThat(Files.readString(folder().resolve("thresholds.drl"))).as("restored").isEqualTo(thresholds);
        assertThat(live()).isEqualTo(before);
        assertThat(risk.officer("POST", "/api/risk/rules/drafts/" + id + "/publish", null).body().get("error").asString())
                .isEqualTo("draft_closed");
    }

    static int lineOf(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part);
    }

    @Test
    void aDraftThatBreaksAScenarioIsRefusedAndTheFilesStayAsTheyWere() throws Exception {
        String before = live();
        String thresholds = Files.readString(folder().resolve("thresholds.drl"));
        String lax = thresholds.replace("    assessment.decide(\"APPROVE\");", "    assessment.decide(\"REVIEW\");");
        assertThat(lax).isNotEqualTo(thresholds);
        long id = propose("thresholds.drl", lax, "review everything");

        Reply check = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/check?hours=1", null);
        assertThat(check.body().get("compileProblems")).isEmpty();
        assertThat(check.body().get("passed").asBoolean()).isFalse();
        JsonNode failed = check.body().get("scenarioProblems");
        assertThat(failed).isNotEmpty();
        assertThat(failed.get(0).get("file").asString()).startsWith("risk/scenarios/");
        assertThat(failed.get(0).get("message").asString()).contains("decision REVIEW, expected APPROVE");

        Reply publish = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/publish", null);
        assertThat(publish.status()).isEqualTo(409);
        assertThat(publish.body().get("published").asBoolean()).isFalse();
        assertThat(Files.readString(folder().resolve("thresholds.drl"))).isEqualTo(thresholds);
        assertThat(live()).isEqualTo(before);
    }

    @Test
    void aThresholdDraftShowsTheFlipsOfStoredDecisionsThenGoesLiveWithItsOriginRecorded() throws Exception {
        JsonNode at35 = pay(770001, "p-draft-35", "dev-draft-a", true);
        JsonNode at20 = pay(770001, "p-draft-20", "dev-draft-b", false);
        assertThat(at35.get("score").asInt()).isEqualTo(35);
        assertThat(at35.get("decision").asString()).isEqualTo("APPROVE");
        assertThat(at20.get("score").asInt()).isEqualTo(20);

        String thresholds = Files.readString(folder().resolve("thresholds.drl"));
        // Whatever the review threshold is now (the console's test moves it too): from 35.
        String lower = thresholds.replaceAll("DecisionPhase\\( score >= \\d+, score < 70 \\)", "DecisionPhase( score >= 35, score < 70 )")
                .replaceAll("DecisionPhase\\( score < \\d+ \\)", "DecisionPhase( score < 35 )");
        assertThat(lower).isNotEqualTo(thresholds);
        String base = live();
        long id = propose("thresholds.drl", lower, "review from 35");

        Reply check = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/check?hours=1", null);
        assertThat(check.body().get("passed").asBoolean()).as(check.body().toString()).isTrue();
        assertThat(check.body().get("stale").asBoolean()).isFalse();
        JsonNode replay = check.body().get("replay");
        assertThat(replay.get("liveVersion").asString()).isEqualTo(base);
        assertThat(replay.get("version").asString()).isEqualTo(check.body().get("draftVersion").asString());
        Map<String, JsonNode> flips = new HashMap<>();
        replay.get("sample").forEach(f -> flips.put(f.get("paymentId").asString(), f));
        assertThat(flips).containsKey("p-draft-35").doesNotContainKey("p-draft-20");
        JsonNode flip = flips.get("p-draft-35");
        assertThat(JSON.writeValueAsString(flip.get("live"))).isEqualTo(
                "{\"decision\":\"APPROVE\",\"score\":35,\"decidedBy\":\"ApproveBelow40\"}");
        assertThat(JSON.writeValueAsString(flip.get("version"))).as("each side names the rule that decided it").isEqualTo(
                "{\"decision\":\"REVIEW\",\"score\":35,\"decidedBy\":\"ReviewAt40\"}");
        // Before stop 32 0.0: the stored probability's null was read with wasNull() after another column.
        assertThat(flip.get("defaultProbability").isNull()).as("a payment has no model probability").isTrue();
        assertThat(JSON.convertValue(flip.get("versionReasons"), List.class))
                .containsExactlyInAnyOrder("NEW_ACCOUNT", "NEW_IP", "ADDRESS_MISMATCH");
        assertThat(replay.get("flipped").asInt()).isEqualTo(replay.get("sample").size());
        assertThat(replay.get("changes").toString()).contains("\"from\":\"APPROVE\",\"to\":\"REVIEW\"");
        assertThat(live()).as("a check goes live never").isEqualTo(base);
        assertThat(Files.readString(folder().resolve("thresholds.drl"))).isEqualTo(thresholds);

        Reply publish = risk.officer("POST", "/api/risk/rules/drafts/" + id + "/publish", null);
        assertThat(publish.status()).as(publish.body().toString()).isEqualTo(200);
        String version = publish.body().get("liveVersion").asString();
        assertThat(version).isEqualTo(check.body().get("draftVersion").asString()).isEqualTo(live());
        assertThat(publish.body().get("previousVersion").asString()).isEqualTo(base);
        assertThat(publish.body().at("/draft/status").asString()).isEqualTo("published");
        assertThat(publish.body().at("/draft/publishedVersion").asString()).isEqualTo(version);
        assertThat(Files.readString(folder().resolve("thresholds.drl"))).isEqualTo(lower);

        JsonNode again = pay(770001, "p-draft-35b", "dev-draft-a", true);
        assertThat(again.get("decision").asString()).isEqualTo("REVIEW");
        assertThat(again.get("ruleSetVersion").asString()).isEqualTo(version);
        JsonNode versions = risk.officerGet("/api/risk/rules").get("versions");
        JsonNode last = versions.get(0);
        assertThat(last.get("version").asString()).isEqualTo(version);
        assertThat(JSON.convertValue(last.get("changedFiles"), List.class)).containsExactly("thresholds.drl");
        assertThat(last.get("origin").asString()).matches("draft " + id
                + " proposed by officer:[0-9a-f]{8}, published by officer:[0-9a-f]{8}: review from 35");
    }

    /** The console's edit, check and publish, and its block button, in Chromium ({@code risk-drafts.e2e.mjs}). */
    @Test
    @BrowserTest
    void anOfficerEditsChecksAndPublishesFromTheConsole(BrowserScript browser) throws Exception {
        String output = browser.run("risk-drafts.e2e.mjs");
        assertThat(output).contains("PASS a syntax error is shown by file and line, and clicking it selects the line",
                "PASS Publish puts it live and the rules panel shows the new version",
                "PASS the rule activity is drawn again for the new live version at once",
                "PASS \"Block this device\" on a decision asks for a reason and publishes the block",
                "PASS the next payment from the device is declined, and its page shows the list entry with its note",
                "PASS reason codes and matched lists are one-line pills, not the rule editor's 320-px boxes",
                "PASS the list version the decision used opens with the entry that declined it and what changed",
                " 0 failed");
    }

    /**
     * The console adds a new CSV decision table (typed in) and a new Excel one (uploaded; built here) and then deletes
     * both, each after a confirmation, in Chromium ({@code risk-files.e2e.mjs}). Once, the console could do neither
     * although the drafts API could.
     */
    @Test
    @BrowserTest
    void anOfficerAddsAndDeletesDecisionTablesFromTheConsole(BrowserScript browser) throws Exception {
        Path workbook = copy.resolve("seasonal.drl.xlsx");
        Files.write(workbook, WorkbookDraftsIT.workbook(List.of(
                "RuleSet,shopdesk.risk.seasonal,",
                "Import,\"io.shopdesk.risk.FinancingRequest, io.shopdesk.risk.ScorecardPoints\",",
                ",,",
                "RuleTable SeasonalScorecard,,",
                "NAME,CONDITION,ACTION",
                ",FinancingRequest,",
                ",\"purpose == \"\"$param\"\"\",\"insert(new ScorecardPoints(\"\"$1\"\", $2, \"\"$3\"\", \"\"$4\"\", drools.getRule().getName()));\"",
                "Rule,Purpose,\"Code, points, English, Chinese\"",
                "SeasonalGiftCard,gift_card,\"SC_SEASONAL, 3, Gift cards in the gift season, 送礼季的礼品卡\""), false));
        String before = live();
        String output = browser.run("risk-files.e2e.mjs", workbook.toString());
        assertThat(output).contains("PASS \"Add a file\" refuses a name a change may not write, in the page",
                "PASS a new CSV decision table is added once its name is confirmed, and typed in",
                "PASS a new Excel decision table is added and uploaded",
                "PASS the new tables pass the check, go live, and score an application",
                "PASS \"Delete this file\" asks first, and a cancelled delete changes nothing",
                "PASS both new tables are deleted after confirming, checked and published", " 0 failed");
        assertThat(folder().resolve("gift-cards.drl.csv")).doesNotExist();
        assertThat(folder().resolve("seasonal.drl.xlsx")).doesNotExist();
        assertThat(live()).isEqualTo(before);
    }

    @Test
    void aDraftOnAVersionThatMovedIsRefusedWith409() throws Exception {
        String scenarios = Files.readString(folder().resolve("scenarios/payments.yml"));
        long mine = propose("scenarios/payments.yml", scenarios + "\n# mine\n", "my note");
        long theirs = propose("scenarios/payments.yml", scenarios + "\n# theirs\n", "their note");
        assertThat(risk.officer("POST", "/api/risk/rules/drafts/" + theirs + "/publish", null).status()).isEqualTo(200);

        Reply stale = risk.officer("POST", "/api/risk/rules/drafts/" + mine + "/publish", null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("error").asString()).isEqualTo("stale_draft");
        assertThat(JSON.convertValue(stale.body().get("movedFiles"), List.class)).containsExactly("scenarios/payments.yml");
        assertThat(Files.readString(folder().resolve("scenarios/payments.yml"))).endsWith("# theirs\n");

        Reply old = risk.officer("POST", "/api/risk/rules/drafts", Map.of("baseVersion", "000000000000",
                "files", Map.of("thresholds.drl", "x"), "reason", "late"));
        assertThat(old.status()).isEqualTo(409);
        assertThat(old.body().get("error").asString()).isEqualTo("stale_draft");
        assertThat(old.body().get("liveVersion").asString()).isEqualTo(live());
    }

    @Test
    void theCheckoutsKeyCannotTouchDrafts() throws Exception {
        long id = propose("lists/blocked-ips.csv", Files.readString(folder().resolve("lists/blocked-ips.csv")) + "192.0.2.1\n",
                "bot");
        Map<String, Object> body = Map.of("baseVersion", live(), "files", Map.of("thresholds.drl", "x"), "reason", "r");
        assertThat(risk.send("POST", "/api/risk/rules/drafts", RiskHttp.CHECKOUT, body).status()).isEqualTo(403);
        assertThat(risk.send("POST", "/api/risk/rules/drafts/" + id + "/check", RiskHttp.CHECKOUT, null).status()).isEqualTo(403);
        assertThat(risk.send("POST", "/api/risk/rules/drafts/" + id + "/publish", RiskHttp.CHECKOUT, null).status()).isEqualTo(403);
        assertThat(risk.send("GET", "/api/risk/rules/files", RiskHttp.CHECKOUT, null).status()).isEqualTo(403);
        assertThat(risk.send("POST", "/api/risk/decisions/x/lists", RiskHttp.CHECKOUT,
                Map.of("list", "blocked-devices", "action", "add", "reason", "r")).status()).isEqualTo(403);
        assertThat(risk.send("POST", "/api/risk/rules/drafts", "no-key", body).status()).isEqualTo(401);
        assertThat(Files.readString(folder().resolve("lists/blocked-ips.csv"))).doesNotContain("192.0.2.1\n");
    }

    @Test
    void aBadProposalGetsFieldErrors() throws Exception {
        Reply reply = risk.officer("POST", "/api/risk/rules/drafts", Map.of("baseVersion", live(),
                "files", Map.of("../secrets.drl", "x", "README.md", "y"), "reason", ""));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(JSON.convertValue(reply.body().get("fields"), Map.class))
                .containsOnlyKeys("reason", "files.../secrets.drl", "files.README.md");
    }

    @Test
    void blockingADecisionsDeviceDeclinesItsNextPaymentAndTheListSaysWhy() throws Exception {
        JsonNode first = pay(770002, "p-draft-block-1", "dev-draft-stolen", false);
        assertThat(first.get("decision").asString()).isEqualTo("APPROVE");
        String decision = first.get("decisionId").asString();
        Reply lists = risk.officer("GET", "/api/risk/decisions/" + decision + "/lists", null);
        assertThat(lists.body().get(0).toString())
                .isEqualTo("{\"list\":\"blocked-devices\",\"field\":\"deviceId\",\"value\":\"dev-draft-stolen\",\"listed\":false}");

        Reply missing = risk.officer("POST", "/api/risk/decisions/" + decision + "/lists",
                Map.of("list", "blocked-devices", "action", "add", "reason", " "));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().at("/fields/reason").asString()).startsWith("required");

        Reply block = risk.officer("POST", "/api/risk/decisions/" + decision + "/lists",
                Map.of("list", "blocked-devices", "action", "add", "reason", "chargeback CB-1001\nconfirmed"));
        assertThat(block.status()).as(block.body().toString()).isEqualTo(200);
        assertThat(block.body().get("published").asBoolean()).isTrue();
        assertThat(block.body().at("/draft/reason").asString())
                .isEqualTo("add dev-draft-stolen to blocked-devices (decision " + decision + "): chargeback CB-1001 confirmed");
        String file = Files.readString(folder().resolve("lists/blocked-devices.csv"));
        assertThat(file).containsPattern("(?m)^dev-draft-stolen,# \\d{4}-\\d\\d-\\d\\d officer:[0-9a-f]{8}: "
                + "chargeback CB-1001 confirmed \\(decision " + decision + "\\)$");
        assertThat(file).as("the shipped entries stay").contains("dev-fraud-0001\n");

        JsonNode next = pay(770002, "p-draft-block-2", "dev-draft-stolen", false);
        assertThat(next.get("decision").asString()).as("the very next payment").isEqualTo("DECLINE");
        assertThat(next.toString()).contains("BLOCKED_DEVICE");
        // The stored decision says which entry of which version of the list declined it, and the first payment's
        // which version it was checked against: once, only the rule-set version was stored, the same for both.
        String blockedVersion = listVersion("blocked-devices");
        String line = file.lines().filter(l -> l.startsWith("dev-draft-stolen,")).findFirst().orElseThrow();
        int lineNumber = file.lines().toList().indexOf(line) + 1;
        JsonNode nextLists = risk.officerGet("/api/risk/decisions/" + next.get("decisionId").asString()).get("lists");
        assertThat(nextLists.at("/versions/blocked-devices").asString()).isEqualTo(blockedVersion);
        assertThat(nextLists.get("matched")).isEqualTo(JSON.valueToTree(List.of(Map.of(
                "list", "blocked-devices", "value", "dev-draft-stolen", "version", blockedVersion,
                "line", lineNumber, "text", line))));
        JsonNode firstLists = risk.officerGet("/api/risk/decisions/" + decision).get("lists");
        assertThat(firstLists.get("matched").size()).isZero();
        assertThat(firstLists.at("/versions/blocked-devices").asString()).matches("[0-9a-f]{12}")
                .isNotEqualTo(blockedVersion);
        assertThat(JSON.convertValue(firstLists.get("versions"), Map.class)).containsOnlyKeys("allowed-customers",
                "blocked-devices", "blocked-ips", "blocked-cards");
        assertThat(risk.officer("GET", "/api/risk/decisions/" + decision + "/lists", null).body().at("/0/listed").asBoolean())
                .isTrue();
        JsonNode blocked = lastVersion();
        assertThat(blocked.get("version").asString()).as("a list decides, the rules are the same").isEqualTo(live());
        assertThat(JSON.convertValue(blocked.get("changedFiles"), List.class)).containsExactly("lists/blocked-devices.csv");
        assertThat(blocked.get("origin").asString()).matches("draft " + block.body().at("/draft/id").asLong()
                + " proposed by officer:[0-9a-f]{8}, published by officer:[0-9a-f]{8}: add dev-draft-stolen to "
                + "blocked-devices \\(decision " + decision + "\\): chargeback CB-1001 confirmed");

        Reply unblock = risk.officer("POST", "/api/risk/decisions/" + decision + "/lists",
                Map.of("list", "blocked-devices", "action", "remove", "reason", "card holder verified"));
        assertThat(unblock.status()).isEqualTo(200);
        assertThat(Files.readString(folder().resolve("lists/blocked-devices.csv"))).doesNotContain("dev-draft-stolen")
                .contains("dev-fraud-0001\n");
        assertThat(pay(770002, "p-draft-block-3", "dev-draft-stolen", false).get("decision").asString()).isEqualTo("APPROVE");
        assertThat(lastVersion().get("origin").asString()).endsWith(": remove dev-draft-stolen from blocked-devices "
                + "(decision " + decision + "): card holder verified");
    }

    /** A list's version as a decision records it: the first 12 hex digits of its file's SHA-256. */
    String listVersion(String list) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(folder().resolve("lists/" + list + ".csv")));
        return java.util.HexFormat.of().formatHex(digest).substring(0, 12);
    }

    JsonNode lastVersion() throws Exception {
        // Newest first.
        return risk.officerGet("/api/risk/rules").get("versions").get(0);
    }

    @Test
    void aListOnlyDraftIsAVersionEntryWithItsDiffAndRollbackKeepsTheLists() throws Exception {
        String before = live();
        String thresholds = Files.readString(folder().resolve("thresholds.drl"));
        long rules = propose("thresholds.drl", thresholds + "\n// reviewed by the list test\n", "note on thresholds");
        assertThat(risk.officer("POST", "/api/risk/rules/drafts/" + rules + "/publish", null).status()).isEqualTo(200);
        String noted = live();
        assertThat(noted).isNotEqualTo(before);

        String ips = Files.readString(folder().resolve("lists/blocked-ips.csv"));
        long list = propose("lists/blocked-ips.csv", ips + "192.0.2.77,# botnet\n", "botnet 192.0.2.77");
        Reply published = risk.officer("POST", "/api/risk/rules/drafts/" + list + "/publish", null);
        assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
        assertThat(published.body().get("liveVersion").asString()).isEqualTo(noted);
        JsonNode entry = lastVersion();
        assertThat(entry.get("version").asString()).isEqualTo(noted);
        assertThat(JSON.convertValue(entry.get("changedFiles"), List.class)).containsExactly("lists/blocked-ips.csv");
        assertThat(entry.get("origin").asString()).matches("draft " + list
                + " proposed by officer:[0-9a-f]{8}, published by officer:[0-9a-f]{8}: botnet 192.0.2.77");
        JsonNode diff = risk.officerGet("/api/risk/rules/versions/" + noted + "/diff");
        assertThat(diff.at("/files/0/file").asString()).isEqualTo("lists/blocked-ips.csv");
        assertThat(JSON.convertValue(diff.at("/files/0/lines"), List.class)).contains("+192.0.2.77,# botnet");

        Reply back = risk.officer("POST", "/api/risk/rules/rollback", Map.of("version", before,
                "reason", "undo the note"));
        assertThat(back.status()).as(back.body().toString()).isEqualTo(200);
        assertThat(live()).isEqualTo(before);
        assertThat(Files.readString(folder().resolve("thresholds.drl"))).isEqualTo(thresholds);
        assertThat(Files.readString(folder().resolve("lists/blocked-ips.csv")))
                .as("a rollback restores rule files; the lists stay as published").contains("192.0.2.77,# botnet\n");
        assertThat(lastVersion().get("origin").asString()).matches("rollback to " + before + " by officer:[0-9a-f]{8}: undo the note");

        Reply forward = risk.officer("POST", "/api/risk/rules/rollback", Map.of("version", noted,
                "reason", "the note was right"));
        assertThat(forward.status()).as("to the version whose latest entry is the list change").isEqualTo(200);
        assertThat(live()).isEqualTo(noted);
        assertThat(Files.readString(folder().resolve("lists/blocked-ips.csv"))).contains("192.0.2.77,# botnet\n");
    }
}
