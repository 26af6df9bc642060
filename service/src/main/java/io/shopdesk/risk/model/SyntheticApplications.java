package io.shopdesk.risk.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Generates SYNTHETIC, labelled financing (instalment) applications, so that ShopDesk can ship a working default
 * model without any real applicant's data: the demo release in {@code nlp-models/financing-model} is trained on
 * them, and a shop retrains on its own history with {@code risk train}. The columns are those
 * {@code ReleasedFinancingModel} offers a {@code FinancingRequest} under ({@link #COLUMNS}), the label
 * {@code defaulted} ({@code yes}/{@code no}).
 *
 * <p>The generative process, so that what a model learns from it is known (rules/risk/README.md has it as a table):
 * attributes are drawn as below, then an applicant defaults with probability σ(z) where
 * <pre>
 * z = −2.6 + 1.2·ln(burden / 0.05) + 0.025·(term − 12) + 0.35·max(0, existing credits − 1)
 *       + history (all_paid −0.8, existing_paid 0, no_credits +0.3, delayed +0.9, critical +1.5)
 *       + housing (own −0.5, free 0, rent +0.3)
 *       + employment (7_years_plus −0.6, 4_to_7_years −0.3, 1_to_4_years 0, less_than_1_year +0.5, unemployed +1.0)
 *       + 0.4 if under 25 + purpose (luxury +0.5, education −0.3, else 0)
 * </pre>
 * with {@code burden} the monthly instalment over the monthly income, {@code (amount / term) / income}. A tenth of
 * the incomes are then blanked (not given), independently of everything else, after the label is drawn from the
 * true income, as a shop's form with an optional income field would record it. Every draw comes from one
 * {@link Random} with the seed, in a fixed order, and the file holds no date, so a seed and a row count always give
 * the same bytes (and so the same training-data SHA-256 in a release's manifest). Thread-safe (stateless).
 */
public final class SyntheticApplications {
    public static final List<String> COLUMNS = List.of("amount", "term_months", "purpose", "monthly_income",
            "employment", "existing_credits", "housing", "credit_history", "age", "defaulted");
    public static final String LABEL = "defaulted";
    public static final String POSITIVE = "yes";
    /** The demo release's training data: {@code risk generate-applications} with these defaults. */
    public static final int RELEASE_ROWS = 2000;
    public static final long RELEASE_SEED = 42;

    private static final String[] EMPLOYMENT = {"unemployed", "less_than_1_year", "1_to_4_years", "4_to_7_years", "7_years_plus"};
    private static final double[] EMPLOYMENT_YOUNG = {0.10, 0.40, 0.45, 0.05, 0};
    private static final double[] EMPLOYMENT_OLDER = {0.05, 0.14, 0.31, 0.22, 0.28};
    private static final double[] EMPLOYMENT_LOG_ODDS = {1.0, 0.5, 0, -0.3, -0.6};
    private static final int[] MEDIAN_INCOME = {2500, 6000, 8000, 10000, 12000};
    private static final String[] HOUSING = {"own", "rent", "free"};
    private static final double[] HOUSING_YOUNG = {0.05, 0.70, 0.25};
    private static final double[] HOUSING_OLDER = {0.40, 0.50, 0.10};
    private static final double[] HOUSING_LOG_ODDS = {-0.5, 0.3, 0};
    private static final String[] HISTORY = {"no_credits", "all_paid", "existing_paid", "delayed", "critical"};
    private static final double[] HISTORY_SHARE = {0.12, 0.25, 0.45, 0.10, 0.08};
    private static final double[] HISTORY_LOG_ODDS = {0.3, -0.8, 0, 0.9, 1.5};
    /** Shares of 1, 2, 3 and 4 existing credits for an applicant with a credit history (no_credits: 0). */
    private static final double[] CREDITS_SHARE = {0.55, 0.30, 0.10, 0.05};
    private static final String[] PURPOSE = {"electronics", "appliances", "furniture", "clothing", "luxury", "education"};
    private static final double[] PURPOSE_SHARE = {0.40, 0.18, 0.14, 0.10, 0.08, 0.10};
    private static final double[] PURPOSE_LOG_ODDS = {0, 0, 0, 0, 0.5, -0.3};
    private static final int[] MEDIAN_AMOUNT = {4000, 3500, 6000, 1500, 12000, 9000};
    private static final int[] TERMS = {3, 6, 12, 18, 24, 36};
    private static final double[] TERMS_SMALL = {0.30, 0.40, 0.30, 0, 0, 0};
    private static final double[] TERMS_MEDIUM = {0.10, 0.25, 0.35, 0.15, 0.15, 0};
    private static final double[] TERMS_LARGE = {0, 0.05, 0.25, 0.20, 0.30, 0.20};
    private static final double INCOME_NOT_GIVEN = 0.10;

    /**
     * One generated applicant; {@code monthlyIncome} is {@code null} when not given (the label was drawn from
     * {@code trueIncome}), {@code probability} the σ(z) the label was drawn with.
     */
    public record Application(int amount, int termMonths, String purpose, Integer monthlyIncome, int trueIncome,
                              String employment, int existingCredits, String housing, String creditHistory, int age,
                              double probability, boolean defaulted) {
    }

    private SyntheticApplications() {
    }

    /** {@code rows} applicants, in order, each handed to {@code sink} as it is drawn. */
    public static void generate(int rows, long seed, Consumer<Application> sink) {
        Random random = new Random(seed);
        for (int i = 0; i < rows; i++) {
            sink.accept(next(random));
        }
    }

    private static Application next(Random random) {
        int age = (int) Math.max(18, Math.min(75, Math.round(35 + 11 * random.nextGaussian())));
        boolean young = age < 25;
        int employment = pick(random, young ? EMPLOYMENT_YOUNG : EMPLOYMENT_OLDER);
        int income = (int) Math.max(500, Math.round(MEDIAN_INCOME[employment] * Math.exp(0.45 * random.nextGaussian()) / 100) * 100);
        int housing = pick(random, young ? HOUSING_YOUNG : HOUSING_OLDER);
        int history = pick(random, HISTORY_SHARE);
        int credits = HISTORY[history].equals("no_credits") ? 0 : 1 + pick(random, CREDITS_SHARE);
        int purpose = pick(random, PURPOSE_SHARE);
        int amount = (int) Math.max(200, Math.min(60_000,
                Math.round(MEDIAN_AMOUNT[purpose] * Math.exp(0.6 * random.nextGaussian()) / 10) * 10));
        int term = TERMS[pick(random, amount < 2000 ? TERMS_SMALL : amount < 8000 ? TERMS_MEDIUM : TERMS_LARGE)];
        double burden = ((double) amount / term) / income;
        double z = -2.6 + 1.2 * Math.log(burden / 0.05) + 0.025 * (term - 12) + 0.35 * Math.max(0, credits - 1)
                + HISTORY_LOG_ODDS[history] + HOUSING_LOG_ODDS[housing] + EMPLOYMENT_LOG_ODDS[employment]
                + (young ? 0.4 : 0) + PURPOSE_LOG_ODDS[purpose];
        double p = 1 / (1 + Math.exp(-z));
        boolean defaulted = random.nextDouble() < p;
        Integer given = random.nextDouble() < INCOME_NOT_GIVEN ? null : income;
        return new Application(amount, term, PURPOSE[purpose], given, income, EMPLOYMENT[employment], credits,
                HOUSING[housing], HISTORY[history], age, p, defaulted);
    }

    /** An index drawn with the given shares (which sum to 1). */
    private static int pick(Random random, double[] shares) {
        double u = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /**
     * Writes {@code rows} applicants as CSV (UTF-8, {@code \n} line ends) after a {@code #} comment line saying they
     * are synthetic and how they were made ({@link FinancingData#read} skips such lines), the header
     * {@link #COLUMNS}, one applicant a line, a blank cell for an income not given.
     *
     * @param progress told how many rows are written, every 10,000 and at the end
     * @return how many applicants defaulted
     */
    public static int write(Path out, int rows, long seed, IntConsumer progress) {
        int[] counts = new int[2];
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("# SYNTHETIC financing applications, no real applicant: ShopDesk `risk generate-applications --rows "
                    + rows + " --seed " + seed + "`; generative process in rules/risk/README.md. Retrain on your shop's "
                    + "own applications before relying on a model.\n");
            writer.write(String.join(",", COLUMNS) + "\n");
            generate(rows, seed, a -> {
                try {
                    writer.write(a.amount() + "," + a.termMonths() + "," + a.purpose() + ","
                            + (a.monthlyIncome() == null ? "" : a.monthlyIncome()) + "," + a.employment() + ","
                            + a.existingCredits() + "," + a.housing() + "," + a.creditHistory() + "," + a.age() + ","
                            + (a.defaulted() ? POSITIVE : "no") + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                counts[1] += a.defaulted() ? 1 : 0;
                if (++counts[0] % 10_000 == 0) {
                    progress.accept(counts[0]);
                }
            });
            progress.accept(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts[1];
    }
}
