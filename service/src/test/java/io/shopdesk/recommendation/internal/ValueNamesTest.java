package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How the shipped {@code value-names.csv} names attribute values for the shopper: a value's own name, else its
 * attribute's {@code {value}} wording with its unit (numbers of four digits and more grouped), else as written.
 */
class ValueNamesTest {
    static final ValueNames NAMES = ValueNames.read(Path.of("knowledge-base/products/value-names.csv"));

    @Test
    void aValueIsNamedByItsRowElseByItsAttributesWordingElseAsWritten() {
        assertThat(NAMES.value("fill", "duck_down_90", Language.EN)).isEqualTo("90% duck down");
        assertThat(NAMES.value("fill", "duck_down_90", Language.ZH)).isEqualTo("90%白鸭绒");
        assertThat(NAMES.value("waterproof_mm", "20000", Language.EN)).isEqualTo("20,000 mm");
        assertThat(NAMES.value("waterproof_mm", "20000", Language.ZH)).isEqualTo("防水指数20,000毫米");
        assertThat(NAMES.value("battery_hours", "30", Language.EN)).isEqualTo("30 hours");
        assertThat(NAMES.value("battery_months", "12", Language.ZH)).isEqualTo("12个月");
        assertThat(NAMES.value("capacity_l", "1.7", Language.EN)).isEqualTo("1.7 L");
        assertThat(NAMES.value("fits", "6.1-inch", Language.EN)).isEqualTo("phones with a 6.1-inch screen");
        assertThat(NAMES.value("size", "S-XXL", Language.EN)).isEqualTo("S-XXL");
        assertThat(NAMES.value("outsole", "some_new_sole", Language.EN)).isEqualTo("some new sole");
    }

    @Test
    void aWordingRowIsNoColourAShopperNames() {
        assertThat(NAMES.valueNamed("waterproof_mm", "20000 mm")).isNull();
        assertThat(NAMES.label("battery_hours", Language.ZH)).isEqualTo("续航");
    }
}
