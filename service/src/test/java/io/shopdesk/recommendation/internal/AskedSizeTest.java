package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The size a message asks for, in either language: a number or a letter size, never two numbers nor a measure. */
class AskedSizeTest {

    private static String read(String message) {
        return AskedSize.in(message.toLowerCase(Locale.ROOT));
    }

    @Test
    void aNumberedSizeInEnglish() {
        assertThat(read("do you have running shoes in size 44")).isEqualTo("44");
        assertThat(read("running shoes size 44?")).isEqualTo("44");
        assertThat(read("do you have them in a 44?")).isEqualTo("44");
        assertThat(read("any in 42 please")).isEqualTo("42");
        assertThat(read("trail shoes EU 42")).isEqualTo("42");
        assertThat(read("eu size 43")).isEqualTo("43");
        assertThat(read("size 42.5 running shoes")).isEqualTo("42.5");
        assertThat(read("kids jacket size 120")).isEqualTo("120");
        assertThat(read("an official size 7 basketball")).isEqualTo("7");
    }

    @Test
    void aNumberedSizeInChinese() {
        assertThat(read("有没有44码的跑步鞋")).isEqualTo("44");
        assertThat(read("42码的有吗")).isEqualTo("42");
        assertThat(read("我穿44的")).isEqualTo("44");
        assertThat(read("穿43码的跑鞋")).isEqualTo("43");
        assertThat(read("鞋码44")).isEqualTo("44");
        assertThat(read("尺码是42")).isEqualTo("42");
        assertThat(read("120码的童装")).isEqualTo("120");
    }

    @Test
    void aLetterSize() {
        assertThat(read("running shorts size M")).isEqualTo("M");
        assertThat(read("a t-shirt in size large")).isEqualTo("L");
        assertThat(read("do you have it in XL?")).isEqualTo("XL");
        assertThat(read("size 2xl")).isEqualTo("XXL");
        assertThat(read("有M码的吗")).isEqualTo("M");
        assertThat(read("XL号的T恤")).isEqualTo("XL");
        assertThat(read("我穿L的")).isEqualTo("L");
        assertThat(read("XXXL的有吗")).isEqualTo("XXXL");
        assertThat(read("有L的吗")).isEqualTo("L");
        assertThat(read("冲锋衣XL有货吗")).isEqualTo("XL");
        assertThat(read("xxl还有吗")).isEqualTo("XXL");
    }

    @Test
    void noSize() {
        assertThat(read("42-44码的鞋")).as("two sizes").isNull();
        assertThat(read("size 42-44")).as("two sizes").isNull();
        assertThat(read("what size is the screen?")).isNull();
        assertThat(read("a tv size 55 inch")).as("a screen").isNull();
        assertThat(read("size 60x40cm")).isNull();
        assertThat(read("can I return it in 30 days?")).isNull();
        assertThat(read("delivery in 2 days")).isNull();
        assertThat(read("验证码收不到")).isNull();
        assertThat(read("6位验证码")).isNull();
        assertThat(read("24号能到吗")).as("a day of the month").isNull();
        assertThat(read("running shoes under 500")).isNull();
        assertThat(read("what sizes do they come in")).isNull();
        assertThat(read("a small gift")).isNull();
        assertThat(read("in a medium price range")).isNull();
        assertThat(read("iphone xs的手机壳")).as("a phone model").isNull();
        assertThat(read("3m的胶带")).isNull();
    }
}
