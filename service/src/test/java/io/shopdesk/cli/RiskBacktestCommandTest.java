package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code risk backtest} on the synthetic demo history: figures only where there are labels (never NaN), and a history
 * it cannot read stops the run with one line naming the file, line and column, exit code 2 and no stack trace.
 */
class RiskBacktestCommandTest {
    @TempDir
    Path dir;

    Path demo() {
        Path history = dir.resolve("synthetic.csv");
        CommandRun generated = CommandRun.of("risk", "generate-history", "--out", history.toString(), "--payments", "300",
                "--seed", "7");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        return history;
    }

    @Test
    void withoutLabelsThereAreNoPrecisionRecallOrFprFigures() {
        CommandRun run = CommandRun.of("risk", "backtest", "--rules", "rules/risk", "--history", demo().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("NaN").doesNotContain("precision ")
                .contains("No labels (--label COLUMN): precision, recall and FPR are not measured; the history has a "
                        + "column is_fraud (--label is_fraud)")
                .doesNotContain("Not in the history");
        JsonNode json = run.json();
        assertThat(json.get("unlabelled").asInt()).isEqualTo(300);
        assertThat(json.get("live").propertyNames()).containsExactly("flagged", "declined");
        assertThat(json.get("candidate").propertyNames()).containsExactly("flagged", "declined");
    }

    @Test
    void withLabelsTheFiguresAreThere() {
        CommandRun run = CommandRun.of("risk", "backtest", "--rules", "rules/risk", "--history", demo().toString(),
                "--label", "is_fraud");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("NaN").contains("live:      flagged ").contains(", precision ");
        JsonNode json = run.json();
        assertThat(json.get("live").propertyNames()).containsExactly("flagged", "declined", "precision", "recall",
                "falsePositiveRate");
        assertThat(json.get("defaulted").size()).isZero();
        assertThat(json.get("flips").asInt()).isZero();
        assertThat(json.get("firstFlips").size()).isZero();
    }

    /**
     * Each flip names the rule that decided it on each side (stop 32): before, "syn-12: APPROVE -> REVIEW" did not say
     * whether the candidate's REVIEW came from the lowered score threshold or from a floor rule.
     */
    @Test
    void eachFlipNamesTheRuleThatDecidedItOnEachSide() throws Exception {
        Path candidate = io.shopdesk.ShippedRiskRules.copyInto(dir);
        Path thresholds = candidate.resolve("thresholds.drl");
        Files.writeString(thresholds, Files.readString(thresholds)
                .replace("score >= 40, score < 70", "score >= 25, score < 70").replace("score < 40", "score < 25"));
        CommandRun run = CommandRun.of("risk", "backtest", "--rules", candidate.toString(), "--history", demo().toString(),
                "--label", "is_fraud");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> flips = run.out().lines().filter(l -> l.startsWith("  syn-")).toList();
        assertThat(flips).as(run.out()).isNotEmpty()
                .allMatch(l -> l.matches("  syn-\\d+: APPROVE \\(ApproveBelow40\\) -> REVIEW \\(ReviewAt40\\)( \\((fraud|legitimate)\\))?"));
    }

    /** A candidate with a new rule: each flip names the reason it added, so the officer sees what made it flip. */
    @Test
    void eachFlipNamesTheReasonsTheCandidateAddedOrDropped() throws Exception {
        Path candidate = io.shopdesk.ShippedRiskRules.copyInto(dir);
        Path payments = candidate.resolve("payments.drl");
        Files.writeString(payments, Files.readString(payments) + """

                rule "SecondCardNewAccount"
                when
                    PaymentContext( cardsInConversation.count1h >= 2, accountAgeDays < 30 )
                then
                    assessment.add("SECOND_CARD_NEW_ACCOUNT", 25, "A second card in one chat, new account.", "新账户第二张卡。", drools.getRule().getName());
                end
                """);
        Path history = dir.resolve("synthetic-1500.csv");
        assertThat(CommandRun.of("risk", "generate-history", "--out", history.toString(), "--payments", "1500", "--seed", "7")
                .exitCode()).isZero();
        CommandRun run = CommandRun.of("risk", "backtest", "--rules", candidate.toString(), "--history", history.toString(),
                "--label", "is_fraud");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> flips = run.out().lines().filter(l -> l.startsWith("  syn-")).toList();
        assertThat(flips).as(run.out()).isNotEmpty().allMatch(l -> l.contains(") +SECOND_CARD_NEW_ACCOUNT"));
        JsonNode firstFlips = run.json().get("firstFlips");
        assertThat(firstFlips.size()).isEqualTo(Math.min(50, run.json().get("flips").asInt()));
        assertThat(firstFlips.valueStream().map(f -> f.get("reasonsAdded").toString()))
                .allMatch(added -> added.equals("[\"SECOND_CARD_NEW_ACCOUNT\"]"));
        assertThat(firstFlips.valueStream().map(f -> f.get("reasonsDropped").size())).containsOnly(0);
    }

    /**
     * The JSON line lists the flips themselves, not only their count (stop 33): a script reading the last line had
     * "flips": 31 and had to scrape the text above for which payments flipped. Bounded by --json-flips so the line stays
     * one a script can read; flips stays the total, and the text says how many it did not print.
     */
    @Test
    void theJsonLineListsTheFirstFlipsWithTheirRulesAndTheTotal() throws Exception {
        Path candidate = io.shopdesk.ShippedRiskRules.copyInto(dir);
        Path thresholds = candidate.resolve("thresholds.drl");
        Files.writeString(thresholds, Files.readString(thresholds)
                .replace("score >= 40, score < 70", "score >= 25, score < 70").replace("score < 40", "score < 25"));
        Path history = dir.resolve("synthetic-1500.csv");
        assertThat(CommandRun.of("risk", "generate-history", "--out", history.toString(), "--payments", "1500", "--seed", "7")
                .exitCode()).isZero();

        CommandRun run = CommandRun.of("risk", "backtest", "--rules", candidate.toString(), "--history", history.toString(),
                "--label", "is_fraud", "--json-flips", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        int total = json.get("flips").asInt();
        assertThat(total).as(run.out()).isGreaterThan(20);
        List<String> printed = run.out().lines().filter(l -> l.startsWith("  syn-")).toList();
        assertThat(printed).hasSize(20);
        assertThat(run.out()).contains("  ... and " + (total - 20) + " more (the JSON line lists the first 3, firstFlips)\n");
        JsonNode first = json.get("firstFlips");
        assertThat(first.size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            JsonNode flip = first.get(i);
            assertThat(flip.propertyNames()).containsExactly("paymentId", "live", "liveDecidedBy", "candidate",
                    "candidateDecidedBy", "reasonsAdded", "reasonsDropped", "fraud");
            // The same flip, in the same order, as the text's line.
            assertThat(printed.get(i)).startsWith("  " + flip.get("paymentId").asString() + ": APPROVE (ApproveBelow40) -> "
                    + "REVIEW (ReviewAt40)");
            assertThat(flip.get("live").asString()).isEqualTo("APPROVE");
            assertThat(flip.get("liveDecidedBy").asString()).isEqualTo("ApproveBelow40");
            assertThat(flip.get("candidate").asString()).isEqualTo("REVIEW");
            assertThat(flip.get("candidateDecidedBy").asString()).isEqualTo("ReviewAt40");
            assertThat(flip.get("reasonsAdded").size()).isZero();
            assertThat(flip.get("fraud").isBoolean()).isTrue();
            assertThat(printed.get(i)).endsWith(flip.get("fraud").asBoolean() ? " (fraud)" : " (legitimate)");
        }

        CommandRun none = CommandRun.of("risk", "backtest", "--rules", candidate.toString(), "--history", history.toString(),
                "--json-flips", "0");
        assertThat(none.json().get("flips").asInt()).isEqualTo(total);
        assertThat(none.json().get("firstFlips").size()).isZero();

        CommandRun negative = CommandRun.of("risk", "backtest", "--rules", candidate.toString(), "--history",
                history.toString(), "--json-flips", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).isEqualTo("error: --json-flips -1: give 0 or more (how many flips the JSON line lists)\n");
    }

    @Test
    void aHistoryItCannotReadIsOneLineAndExitCode2() throws Exception {
        Path demo = demo();
        List<String> lines = new ArrayList<>(Files.readAllLines(demo));
        Path misspelt = dir.resolve("misspelt.csv");
        Files.write(misspelt, List.of(lines.getFirst().replace("device_id", "devce_id"), lines.get(1)));
        Path badNumber = dir.resolve("bad-number.csv");
        List<String> bad = new ArrayList<>(lines.subList(0, 8));
        String[] cells = bad.get(7).split(",", -1);
        cells[3] = "abc";
        bad.set(7, String.join(",", cells));
        Files.write(badNumber, bad);

        CommandRun header = CommandRun.of("risk", "backtest", "--rules", "rules/risk", "--history", misspelt.toString());
        assertThat(header.exitCode()).isEqualTo(2);
        assertThat(header.out()).isEmpty();
        assertThat(header.err()).startsWith("error: " + misspelt + ":1: unknown column devce_id (did you mean device_id?)")
                .doesNotContain("\tat ").hasLineCount(1);

        CommandRun number = CommandRun.of("risk", "backtest", "--rules", "rules/risk", "--history", badNumber.toString(),
                "--label", "is_fraud");
        assertThat(number.exitCode()).isEqualTo(2);
        assertThat(number.err()).isEqualTo("error: " + badNumber + ":8: column amount: \"abc\" is not a number\n");
    }

    @Test
    void aRuleSetFolderThatIsNotThereIsNamedByItsOption() {
        CommandRun run = CommandRun.of("risk", "backtest", "--rules", dir.resolve("candidate").toString(), "--history",
                dir.resolve("history.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        // It was "error: Cannot list …", after compiling the live rule set.
        assertThat(run.err()).isEqualTo("error: --rules " + dir.resolve("candidate") + ": no such folder; give a rule set "
                + "folder such as rules/risk\n");
    }

    /** Once, the help listed --out, --payments and --seed with nothing beside them. */
    @Test
    void generateHistorysHelpSaysWhatEachOptionIs() {
        CommandRun help = CommandRun.of("risk", "generate-history", "--help");
        assertThat(help.exitCode()).isZero();
        // Picocli wraps the descriptions at 80 columns.
        assertThat(help.out().replaceAll("\\s+", " ")).contains("--out=FILE", "the CSV file to write (replaced if it exists)",
                "--payments=N", "how many payments to write (default: 5000)",
                "--seed=S", "the same seed and count write the same file (default: 42)");
    }
}
