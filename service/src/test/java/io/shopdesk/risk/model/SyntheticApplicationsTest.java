package io.shopdesk.risk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic applications the demo financing release is trained on: one seed, one file; marked synthetic; read
 * by {@code risk train} as they are; and carrying the documented structure (the risky kinds default more).
 */
class SyntheticApplicationsTest {
    @TempDir
    Path dir;

    Path write(String name, int rows, long seed) {
        Path file = dir.resolve(name);
        SyntheticApplications.write(file, rows, seed, done -> { });
        return file;
    }

    @Test
    void aSeedAndARowCountAlwaysGiveTheSameBytes() throws IOException {
        Path a = write("a.csv", 500, 7);
        Path b = write("b.csv", 500, 7);
        Path other = write("c.csv", 500, 8);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(FinancingModelStore.sha256(other)).isNotEqualTo(FinancingModelStore.sha256(a));
    }

    @Test
    void theFileSaysItIsSyntheticAndTrainingReadsItAsItIs() throws IOException {
        Path file = write("apps.csv", 300, 42);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("# SYNTHETIC financing applications, no real applicant: ShopDesk "
                + "`risk generate-applications --rows 300 --seed 42`");
        assertThat(lines.get(1)).isEqualTo("amount,term_months,purpose,monthly_income,employment,existing_credits,"
                + "housing,credit_history,age,defaulted");
        assertThat(lines).hasSize(302);

        FinancingData data = FinancingData.read(file, SyntheticApplications.LABEL, SyntheticApplications.POSITIVE);
        assertThat(data.columns()).containsExactlyElementsOf(SyntheticApplications.COLUMNS.subList(0, 9));
        assertThat(data.size()).isEqualTo(300);
        assertThat(data.positives()).isEqualTo((int) lines.stream().skip(2).filter(l -> l.endsWith(",yes")).count());
    }

    /**
     * The documented process, seen in 20,000 draws: about one in six defaults, a tenth of the incomes are blank, and
     * the kinds the log-odds call risky default several times as often as the safe ones.
     */
    @Test
    void theRiskyKindsDefaultMoreAsTheProcessSays() {
        List<SyntheticApplications.Application> all = new ArrayList<>();
        SyntheticApplications.generate(20_000, 1, all::add);
        assertThat(rate(all, a -> true)).isBetween(0.15, 0.19);
        assertThat(all.stream().filter(a -> a.monthlyIncome() == null).count() / 20_000.0).isBetween(0.09, 0.11);
        assertThat(all).allMatch(a -> a.probability() > 0 && a.probability() < 1 && a.amount() >= 200
                && a.trueIncome() >= 500 && a.age() >= 18 && a.age() <= 75);

        assertThat(rate(all, a -> a.creditHistory().equals("critical")))
                .isGreaterThan(2 * rate(all, a -> a.creditHistory().equals("all_paid")));
        assertThat(rate(all, a -> a.employment().equals("unemployed")))
                .isGreaterThan(2 * rate(all, a -> a.employment().equals("7_years_plus")));
        assertThat(rate(all, a -> a.housing().equals("rent"))).isGreaterThan(1.5 * rate(all, a -> a.housing().equals("own")));
        double burden = 0.1;
        assertThat(rate(all, a -> (double) a.amount() / a.termMonths() / a.trueIncome() > burden))
                .isGreaterThan(3 * rate(all, a -> (double) a.amount() / a.termMonths() / a.trueIncome() < burden / 4));
    }

    static double rate(List<SyntheticApplications.Application> applications, Predicate<SyntheticApplications.Application> kind) {
        List<SyntheticApplications.Application> of = applications.stream().filter(kind).toList();
        assertThat(of).as("applicants of the kind").hasSizeGreaterThan(200);
        return of.stream().filter(SyntheticApplications.Application::defaulted).count() / (double) of.size();
    }
}
