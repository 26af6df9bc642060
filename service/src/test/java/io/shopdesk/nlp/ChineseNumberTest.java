package io.shopdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chinese numerals as written in amounts, including the colloquial 两千五 and the 零 of 三百零五. */
class ChineseNumberTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "十, 10",
            "十五, 15",
            "二十, 20",
            "三百, 300",
            "三百五十, 350",
            "三百零五, 305",
            "一千零一, 1001",
            "三千零五十, 3050",
            "两千五, 2500",
            "两千五百, 2500",
            "一百一, 110",
            "一万, 10000",
            "一万二千, 12000",
            "一万零五百, 10500",
            "两万五, 25000",
            "二十万, 200000",
    })
    void numerals(String numeral, long value) {
        assertThat(ChineseNumber.parse(numeral)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"''", "块", "三块"})
    void notANumeral(String text) {
        assertThat(ChineseNumber.parse(text)).isEqualTo(-1);
    }
}
