package io.shopdesk.ruleengine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ruleengine.RuleProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What cannot be placed in the spreadsheet is said to be in the generated rules, never given a made-up line. */
class DecisionTableProblemsTest {
    static final String FILE = "rules/risk/financing-scorecard.drl.csv";

    DecisionTableProblems shipped() throws Exception {
        return DecisionTableProblems.of("financing-scorecard.drl.csv", Files.readAllBytes(Path.of(FILE)));
    }

    @Test
    void aLineOutsideEveryRuleNamingNoCellIsNotGivenALine() throws Exception {
        assertThat(shipped().locate(FILE, 1, "something the package header did")).isEqualTo(new RuleProblem(FILE, 0,
                "in the rules generated from this table: something the package header did"));
        assertThat(shipped().locate(FILE, 5000, "past the end")).isEqualTo(new RuleProblem(FILE, 0,
                "in the rules generated from this table: past the end"));
        assertThat(shipped().locate(FILE, -1, "Unable to Analyse Expression nowhere >= 1:")).isEqualTo(new RuleProblem(FILE, 0,
                "in the rules generated from this table: Unable to Analyse Expression nowhere >= 1:"));
    }

    @Test
    void aLineInARuleIsItsRowAndAnAmbiguousNameGivesNoColumn() throws Exception {
        // Line 8 of the generated DRL is the condition of its first rule, ScorecardRenter (row 10), whose "rent" is in B.
        assertThat(shipped().locate(FILE, 8, "mismatched input 'rent'")).isEqualTo(new RuleProblem(FILE, 10,
                "rule ScorecardRenter, column B (Housing): mismatched input 'rent'"));
        // A name in none of the row's cells gives the rule without a column.
        assertThat(shipped().locate(FILE, 10, "mismatched input 'nothing'")).isEqualTo(new RuleProblem(FILE, 10,
                "rule ScorecardRenter: mismatched input 'nothing'"));
    }

    @Test
    void aTableDroolsCannotReadPlacesNothing() {
        DecisionTableProblems unreadable = DecisionTableProblems.of("broken.drl.xlsx", new byte[] {1, 2, 3});
        assertThat(unreadable.locate("broken.drl.xlsx", 6, "whatever")).isEqualTo(new RuleProblem("broken.drl.xlsx", 0,
                "in the rules generated from this table: whatever"));
    }

    @Test
    void columnLetters() {
        assertThat(DecisionTableProblems.letter(0)).isEqualTo("A");
        assertThat(DecisionTableProblems.letter(7)).isEqualTo("H");
        assertThat(DecisionTableProblems.letter(25)).isEqualTo("Z");
        assertThat(DecisionTableProblems.letter(26)).isEqualTo("AA");
        assertThat(DecisionTableProblems.letter(27)).isEqualTo("AB");
    }
}
