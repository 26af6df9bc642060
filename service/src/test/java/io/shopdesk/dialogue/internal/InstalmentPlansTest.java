package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instalment plan table as shop staff edit it: the shipped one reads, a bad row is named by file and line. */
class InstalmentPlansTest {
    static final String HEADER = "provider,months,total_fee_percent,min_amount,interest_free_over\n";

    @TempDir
    Path folder;

    private Path write(String text) throws IOException {
        return Files.writeString(folder.resolve("instalment-plans.csv"), text);
    }

    @Test
    void theShippedTableHasHuabeiAndCreditCardsOver3_6And12Months() {
        InstalmentPlans plans = InstalmentPlans.read(Path.of("knowledge-base/instalments/instalment-plans.csv"));
        assertThat(plans.all()).hasSize(6);
        assertThat(plans.providers()).containsExactly("huabei", "credit_card");
        assertThat(plans.terms(null)).containsExactly(3, 6, 12);
        assertThat(plans.terms("huabei")).containsExactly(3, 6, 12);
        InstalmentPlan twelve = plans.of("huabei").getLast();
        assertThat(twelve.months()).isEqualTo(12);
        assertThat(twelve.interestFreeOver()).isNull();
        assertThat(plans.of("credit_card").getFirst().interestFreeOver()).isEqualByComparingTo("600");
    }

    @Test
    void aRowMayLeaveOutTheEmptyThresholdAtItsEnd() throws IOException {
        InstalmentPlans plans = InstalmentPlans.read(write(HEADER + "huabei,12,7.5,100\n"));
        assertThat(plans.all().getFirst().interestFreeOver()).isNull();
    }

    @Test
    void blankLinesAreSkippedAProviderIsReadInAnyCaseAndABlankThresholdIsNeverFree() throws IOException {
        InstalmentPlans plans = InstalmentPlans.read(write(HEADER + "Huabei,3,2.5,100,600\n\nhuabei,12,7.5,0,\n"));
        assertThat(plans.all()).extracting(InstalmentPlan::provider, InstalmentPlan::months)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("huabei", 3), org.assertj.core.groups.Tuple.tuple("huabei", 12));
        InstalmentPlan twelve = plans.all().getLast();
        assertThat(twelve.interestFree(new BigDecimal("100000"))).isFalse();
        assertThat(twelve.offeredFor(BigDecimal.ZERO)).isTrue();
        InstalmentPlan three = plans.all().getFirst();
        assertThat(three.interestFree(new BigDecimal("600"))).as("over ¥600, as the FAQ says: 600 itself pays the fee").isFalse();
        assertThat(three.interestFree(new BigDecimal("600.01"))).isTrue();
        assertThat(three.offeredFor(new BigDecimal("99.99"))).isFalse();
        assertThat(three.offeredFor(new BigDecimal("100"))).isTrue();
    }

    @Test
    void aBadRowIsNamedByFileAndLine() throws IOException {
        Path provider = write(HEADER + "huabei,3,2.5,100,600\nalipay,3,2.5,100,600\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(provider))
                .withMessage(provider + ":3: provider 'alipay' is not one of [huabei, credit_card]");
        Path months = write(HEADER + "huabei,3 months,2.5,100,600\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(months))
                .withMessage(months + ":2: months '3 months' is not a whole number from 2 to 60");
        Path one = write(HEADER + "huabei,1,2.5,100,600\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(one))
                .withMessage(one + ":2: months '1' is not a whole number from 2 to 60");
        Path fee = write(HEADER + "huabei,3,2.5%,100,600\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(fee))
                .withMessage(fee + ":2: total_fee_percent '2.5%' is not a number of 0 or more");
        Path tooMuch = write(HEADER + "huabei,3,250,100,600\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(tooMuch))
                .withMessage(tooMuch + ":2: total_fee_percent '250' is over 100");
        Path minimum = write(HEADER + "huabei,3,2.5,-1,600\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(minimum))
                .withMessage(minimum + ":2: min_amount '-1' is not a number of 0 or more");
        Path threshold = write(HEADER + "huabei,3,2.5,100,six hundred\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(threshold))
                .withMessage(threshold + ":2: interest_free_over 'six hundred' is not a number of 0 or more");
        Path missing = write(HEADER + "huabei,3,,100,600\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(missing))
                .withMessage(missing + ":2: missing total_fee_percent");
    }

    @Test
    void aProviderAndTermTwiceNamesTheEarlierLine() throws IOException {
        Path twice = write(HEADER + "huabei,3,2.5,100,600\ncredit_card,3,2.5,100,600\nhuabei,3,3.0,100,600\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(twice))
                .withMessage(twice + ":4: huabei over 3 months already on line 2");
    }

    @Test
    void aMissingColumnAnEmptyTableAndARowThatIsNotCsvAreNamed() throws IOException {
        Path column = write("provider,months,fee,min_amount,interest_free_over\nhuabei,3,2.5,100,600\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(column))
                .withMessage(column + ":1: missing column total_fee_percent; the header must be "
                        + "provider,months,total_fee_percent,min_amount,interest_free_over");
        Path onlyHeader = write("provider,months\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(onlyHeader))
                .withMessageStartingWith(onlyHeader + ":1: missing column total_fee_percent, min_amount, interest_free_over;");
        Path empty = write(HEADER);
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(empty))
                .withMessage(empty + ": no instalment plan");
        Path notCsv = write(HEADER + "huabei,3,2.5,100,600\nhuabei,6,4.5,100,600,extra\n");
        assertThatIllegalStateException().isThrownBy(() -> InstalmentPlans.read(notCsv))
                .withMessageStartingWith(notCsv + ":3: not valid CSV");
    }
}
