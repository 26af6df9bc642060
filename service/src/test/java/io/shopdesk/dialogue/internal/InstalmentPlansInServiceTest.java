package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan table in service: a bad file stops the start, a bad edit keeps the plans in service, a good one replaces them. */
class InstalmentPlansInServiceTest {
    @TempDir
    Path folder;

    private void write(String rows) throws IOException {
        Files.writeString(folder.resolve("instalment-plans.csv"), InstalmentPlansTest.HEADER + rows);
    }

    @Test
    void aBadFileStopsTheStartNamingItsLine() throws IOException {
        write("huabei,3,2.5,100,600\nhuabei,three,2.5,100,600\n");
        assertThatIllegalStateException().isThrownBy(() -> new InstalmentPlansInService(folder))
                .withMessage(folder.resolve("instalment-plans.csv") + ":3: months 'three' is not a whole number from 2 to 60");
    }

    @Test
    void aBadEditKeepsThePlansInServiceAndAGoodOneReplacesThem() throws IOException {
        write("huabei,3,2.5,100,600\n");
        try (InstalmentPlansInService plans = new InstalmentPlansInService(folder)) {
            write("huabei,3,2.5,100,600\nhuabei,6,4.5,lots,600\n");
            assertThat(plans.reload()).isFalse();
            assertThat(plans.plans().terms(null)).containsExactly(3);
            write("huabei,3,2.5,100,600\nhuabei,6,4.5,100,600\n");
            assertThat(plans.reload()).isTrue();
            assertThat(plans.plans().terms(null)).containsExactly(3, 6);
        }
    }
}
