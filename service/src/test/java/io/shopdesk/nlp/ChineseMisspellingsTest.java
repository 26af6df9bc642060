package io.shopdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseMisspellingsTest {

    @Test
    void theShippedMisspellingsArePutRightKeepingTheLength() {
        ChineseMisspellings shipped = ChineseMisspellings.read(
                Path.of("nlp-models/dictionaries").resolve(ChineseMisspellings.FILE));
        assertThat(shipped.size()).isGreaterThan(5);
        assertThat(shipped.fix("退狂")).isEqualTo("退款");
        assertThat(shipped.fix("我的优惠卷用不了")).isEqualTo("我的优惠券用不了");
        assertThat(shipped.fix("收获地址填错了")).isEqualTo("收货地址填错了");
        assertThat(shipped.fix("今年收获很大")).isEqualTo("今年收获很大");
        assertThat(shipped.fix("where is SD10000001")).isEqualTo("where is SD10000001");
    }

    @Test
    void aLineOfAnotherLengthOrTwiceFailsWithItsFileAndLine() {
        assertThatThrownBy(() -> ChineseMisspellings.of(List.of("# c", "退狂,退款了"), "m.csv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("m.csv line 2 (退狂,退款了)")
                .hasMessageContaining("same length");
        assertThatThrownBy(() -> ChineseMisspellings.of(List.of("退狂,退款", "退狂,退货"), "m.csv"))
                .hasMessageContaining("m.csv line 2").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> ChineseMisspellings.of(List.of("退狂"), "m.csv"))
                .hasMessageContaining("expected 'misspelling,word'");
    }

    @Test
    void noFileMeansNothingIsChanged() {
        assertThat(ChineseMisspellings.read(Path.of("no-such-file.csv")).fix("退狂")).isEqualTo("退狂");
    }
}
