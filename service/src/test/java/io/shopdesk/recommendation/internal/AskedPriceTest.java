package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Exact prices read from messages: "around" is a band of 20 % either side of the price, "under" a ceiling, "over" a
 * floor, "300到500" / "between 300 and 500" a range with both, in CNY at 7.2 to the dollar.
 */
class AskedPriceTest {

    /** The parse as one line: "800.00-1200.00 around 1000", "max 500", "min 500", "min 300 max 600" or "none". */
    private static String read(String message) {
        AskedPrice price = AskedPrice.in(message.toLowerCase(Locale.ROOT), new BigDecimal("7.2"));
        if (price.around() != null) {
            return price.min().toPlainString() + "-" + price.max().toPlainString() + " around "
                    + price.around().toPlainString();
        }
        String min = price.min() == null ? "" : "min " + price.min().toPlainString();
        String max = price.max() == null ? "" : "max " + price.max().toPlainString();
        String both = (min + " " + max).strip();
        return both.isEmpty() ? "none" : both;
    }

    @Test
    void aroundAPriceInChineseIsABand() {
        assertThat(read("500左右 good headphones")).as("a word starting with g is no gram").isEqualTo("400.00-600.00 around 500");
        assertThat(read("1000元左右的耳机")).isEqualTo("800.00-1200.00 around 1000");
        assertThat(read("推荐个500块上下的")).isEqualTo("400.00-600.00 around 500");
        assertThat(read("2000左右的手机")).isEqualTo("1600.00-2400.00 around 2000");
        assertThat(read("1.5万上下的电脑")).isEqualTo("12000.00-18000.00 around 15000");
        assertThat(read("大概300元的玩具")).isEqualTo("240.00-360.00 around 300");
        assertThat(read("差不多50美元的耳机")).isEqualTo("288.00-432.00 around 360.00");
    }

    @Test
    void aroundAPriceInEnglishIsABand() {
        assertThat(read("headphones around $50")).isEqualTo("288.00-432.00 around 360.00");
        assertThat(read("about 300 yuan")).isEqualTo("240.00-360.00 around 300");
        assertThat(read("a blender for roughly 400 rmb")).isEqualTo("320.00-480.00 around 400");
        assertThat(read("approximately 1,000 yuan")).isEqualTo("800.00-1200.00 around 1000");
        assertThat(read("a laptop around 4k yuan")).isEqualTo("3200.00-4800.00 around 4000");
    }

    @Test
    void ceilingsStayCeilings() {
        assertThat(read("headphones under 500")).isEqualTo("max 500");
        assertThat(read("under $50")).isEqualTo("max 360.00");
        assertThat(read("below 300 yuan")).isEqualTo("max 300");
        assertThat(read("less than 1,000 yuan")).isEqualTo("max 1000");
        assertThat(read("max 200")).isEqualTo("max 200");
        assertThat(read("no more than 800 yuan")).as("not a floor of 800").isEqualTo("max 800");
        assertThat(read("500元以内的耳机")).isEqualTo("max 500");
        assertThat(read("300以下的玩具")).isEqualTo("max 300");
        assertThat(read("不超过300的鞋")).as("超过 inside 不超过 is no floor").isEqualTo("max 300");
        assertThat(read("1000左右以内")).isEqualTo("max 1000");
        assertThat(read("3000元的笔记本")).as("a price named as the product's").isEqualTo("max 3000");
    }

    @Test
    void aBudgetIsACeilingHoweverItIsPut() {
        assertThat(read("my budget is around 300 yuan")).isEqualTo("max 300");
        assertThat(read("预算1000左右")).isEqualTo("max 1000");
    }

    @Test
    void floors() {
        assertThat(read("headphones over 1000 yuan")).isEqualTo("min 1000");
        assertThat(read("over $100")).isEqualTo("min 720.00");
        assertThat(read("at least 500")).isEqualTo("min 500");
        assertThat(read("above 300 for a jacket")).isEqualTo("min 300");
        assertThat(read("500以上的耳机")).isEqualTo("min 500");
        assertThat(read("1000元起的笔记本")).isEqualTo("min 1000");
        assertThat(read("不低于200")).as("低于 inside 不低于 is no ceiling").isEqualTo("min 200");
        assertThat(read("不少于300元")).isEqualTo("min 300");
        assertThat(read("至少300块")).isEqualTo("min 300");
        assertThat(read("over 300 and under 600 yuan")).isEqualTo("min 300 max 600");
        assertThat(read("500以上1000以下的耳机")).isEqualTo("min 500 max 1000");
    }

    @Test
    void numbersThatAreNoPrice() {
        assertThat(read("what about 2 pairs of socks")).isEqualTo("none");
        assertThat(read("headphones around 50")).as("no currency").isEqualTo("none");
        assertThat(read("over 50 reviews")).isEqualTo("none");
        assertThat(read("more than 2 pairs")).isEqualTo("none");
        assertThat(read("有没有适合身高170左右的羽绒服")).isEqualTo("none");
        assertThat(read("身高170以上穿什么码")).isEqualTo("none");
        assertThat(read("超过3天没发货")).isEqualTo("none");
        assertThat(read("3岁以上的玩具")).isEqualTo("none");
        assertThat(read("42码左右的跑鞋")).isEqualTo("none");
        assertThat(read("I paid $50 for shoes")).isEqualTo("none");
        assertThat(read("over-ear headphones")).isEqualTo("none");
        assertThat(read("500g以上的咖啡豆")).isEqualTo("none");
        assertThat(read("身高170左右，500元左右的羽绒服")).isEqualTo("400.00-600.00 around 500");
    }

    @Test
    void rangesInChineseSetBothEnds() {
        assertThat(read("有300到500元的耳机吗")).as("not a ceiling of 500元的").isEqualTo("min 300 max 500");
        assertThat(read("300至500的耳机")).isEqualTo("min 300 max 500");
        assertThat(read("300-500元的耳机")).isEqualTo("min 300 max 500");
        assertThat(read("300~500")).isEqualTo("min 300 max 500");
        assertThat(read("300～500的鞋")).isEqualTo("min 300 max 500");
        assertThat(read("300 - 500 块")).isEqualTo("min 300 max 500");
        assertThat(read("300到500块之间的运动鞋")).isEqualTo("min 300 max 500");
        assertThat(read("300元到500元的")).isEqualTo("min 300 max 500");
        assertThat(read("在300和500之间的耳机")).isEqualTo("min 300 max 500");
        assertThat(read("1千到2千的手表")).isEqualTo("min 1000 max 2000");
        assertThat(read("1到2千的")).as("the multiplier of the upper end holds for both").isEqualTo("min 1000 max 2000");
        assertThat(read("1-1.5万的电脑")).isEqualTo("min 10000 max 15000");
        assertThat(read("800到1.2千")).as("800 is more than 1.2: no multiplier").isEqualTo("min 800 max 1200");
        assertThat(read("预算300到500")).as("a budget with two ends is a range").isEqualTo("min 300 max 500");
        assertThat(read("300-500元以内的")).isEqualTo("min 300 max 500");
        assertThat(read("1,000-2,000元")).isEqualTo("min 1000 max 2000");
    }

    @Test
    void rangesInEnglishSetBothEnds() {
        assertThat(read("any headphones between 300 and 500 yuan?")).isEqualTo("min 300 max 500");
        assertThat(read("between 300 and 500")).isEqualTo("min 300 max 500");
        assertThat(read("between $50 and $80")).isEqualTo("min 360.00 max 576.00");
        assertThat(read("between 50 and 80 dollars")).isEqualTo("min 360.00 max 576.00");
        assertThat(read("headphones from 200 to 300")).isEqualTo("min 200 max 300");
        assertThat(read("what about 300 to 500?")).as("a follow-up after cards").isEqualTo("min 300 max 500");
        assertThat(read("$50-$80 earbuds")).isEqualTo("min 360.00 max 576.00");
        assertThat(read("$50-80")).as("the dollar sign holds for both").isEqualTo("min 360.00 max 576.00");
        assertThat(read("50 to 80 dollars")).isEqualTo("min 360.00 max 576.00");
        assertThat(read("200-300 yuan")).isEqualTo("min 200 max 300");
        assertThat(read("something in the 300-500 range")).isEqualTo("min 300 max 500");
        assertThat(read("a laptop 1k-2k")).isEqualTo("min 1000 max 2000");
        assertThat(read("a laptop 500-2k")).as("500 is more than 2: no multiplier").isEqualTo("min 500 max 2000");
        assertThat(read("any 200-300 headphones?")).isEqualTo("min 200 max 300");
        assertThat(read("budget of 300 to 500 yuan")).isEqualTo("min 300 max 500");
    }

    @Test
    void aReversedRangeIsTheSameRange() {
        assertThat(read("500到300的耳机")).isEqualTo("min 300 max 500");
        assertThat(read("from 500 to 300 yuan")).isEqualTo("min 300 max 500");
        assertThat(read("between $80 and $50")).isEqualTo("min 360.00 max 576.00");
    }

    @Test
    void aRangeWinsOverTheCeilingOrFloorOfItsOwnEnds() {
        assertThat(read("300到500以内")).isEqualTo("min 300 max 500");
        assertThat(read("300以上到500")).as("no range form: the floor stays").isEqualTo("min 300");
        assertThat(read("身高170到180，300到500元的羽绒服")).as("the height is skipped, the price read")
                .isEqualTo("min 300 max 500");
    }

    @Test
    void twoNumbersThatAreNoPriceRange() {
        assertThat(read("42-44码的跑鞋")).isEqualTo("none");
        assertThat(read("42到44码")).isEqualTo("none");
        assertThat(read("身高170到180穿什么码")).isEqualTo("none");
        assertThat(read("3到5岁的玩具")).isEqualTo("none");
        assertThat(read("1-3个工作日")).isEqualTo("none");
        assertThat(read("7到15天能到吗")).isEqualTo("none");
        assertThat(read("12-24期免息吗")).isEqualTo("none");
        assertThat(read("55到65寸的电视")).isEqualTo("none");
        assertThat(read("2 to 3 days")).isEqualTo("none");
        assertThat(read("it takes 5-7 business days")).isEqualTo("none");
        assertThat(read("toys for ages 3-5")).isEqualTo("none");
        assertThat(read("size 42-44 running shoes")).isEqualTo("none");
        assertThat(read("height 170 to 180 cm")).isEqualTo("none");
        assertThat(read("between 50 and 100 reviews")).isEqualTo("none");
        assertThat(read("what about 2 to 3?")).as("too small to be a price without a currency").isEqualTo("none");
        assertThat(read("where is sd10000001")).isEqualTo("none");
        assertThat(read("sd10000001-sd10000002")).isEqualTo("none");
        assertThat(read("my phone is 176-1234-9870")).isEqualTo("none");
        assertThat(read("138-0013-4321")).isEqualTo("none");
        assertThat(read("ordered on 11-28")).as("a month and a day").isEqualTo("none");
        assertThat(read("11-28下的单")).isEqualTo("none");
        assertThat(read("estimated delivery 2026-11-28")).isEqualTo("none");
        assertThat(read("open 10:00-18:00")).isEqualTo("none");
        assertThat(read("一般1-3天发货")).isEqualTo("none");
    }

    @Test
    void chineseNumeralsBesidePriceWordsAreAmounts() {
        assertThat(read("三百到五百的耳机")).isEqualTo("min 300 max 500");
        assertThat(read("一千以内的跑鞋")).isEqualTo("max 1000");
        assertThat(read("两千左右的手机")).isEqualTo("1600.00-2400.00 around 2000");
        assertThat(read("五百块的耳机")).isEqualTo("max 500");
        assertThat(read("预算三百")).isEqualTo("max 300");
        assertThat(read("预算三百的耳机")).isEqualTo("max 300");
        assertThat(read("一千五以内")).isEqualTo("max 1500");
        assertThat(read("两千五左右的手机")).isEqualTo("2000.00-3000.00 around 2500");
        assertThat(read("1千5以内")).as("a mixed numeral").isEqualTo("max 1500");
        assertThat(read("3百块以下")).isEqualTo("max 300");
        assertThat(read("五百以上的耳机")).isEqualTo("min 500");
        assertThat(read("不超过八百的鞋")).isEqualTo("max 800");
        assertThat(read("至少一千")).isEqualTo("min 1000");
        assertThat(read("三百和五百之间")).isEqualTo("min 300 max 500");
        assertThat(read("一万以内的电脑")).isEqualTo("max 10000");
        assertThat(read("三百元到五百元")).isEqualTo("min 300 max 500");
        assertThat(read("300到五百")).as("digits at one end, numerals at the other").isEqualTo("min 300 max 500");
    }

    @Test
    void aSpanOfTwoDigitsIsTheRangeBetweenThem() {
        assertThat(read("两三百的耳机")).isEqualTo("min 200 max 300");
        assertThat(read("两三百块的耳机")).isEqualTo("min 200 max 300");
        assertThat(read("三五百块的耳机")).isEqualTo("min 300 max 500");
        assertThat(read("一两千的手机")).isEqualTo("min 1000 max 2000");
        assertThat(read("两三百以内")).as("a ceiling takes the upper end").isEqualTo("max 300");
        assertThat(read("两三千以上")).as("a floor takes the lower end").isEqualTo("min 2000");
    }

    @Test
    void anAmountAndSomeRunsToTheNextStepOfItsLastUnit() {
        assertThat(read("八百多的耳机")).isEqualTo("min 800 max 900");
        assertThat(read("八百多块的耳机")).isEqualTo("min 800 max 900");
        assertThat(read("一千多的跑鞋")).isEqualTo("min 1000 max 2000");
        assertThat(read("一千五多的手机")).isEqualTo("min 1500 max 1600");
        assertThat(read("800多的耳机")).as("in digits too").isEqualTo("min 800 max 900");
        assertThat(read("八百多以内")).isEqualTo("max 900");
        assertThat(read("一千多以上")).isEqualTo("min 1000");
    }

    @Test
    void chineseNumeralsThatAreNoPriceStayNone() {
        assertThat(read("第三个")).isEqualTo("none");
        assertThat(read("要三件")).isEqualTo("none");
        assertThat(read("三天能到吗")).isEqualTo("none");
        assertThat(read("买一双跑鞋")).isEqualTo("none");
        assertThat(read("两个耳机")).isEqualTo("none");
        assertThat(read("看一下")).isEqualTo("none");
        assertThat(read("便宜一点")).isEqualTo("none");
        assertThat(read("最多十个")).as("a count").isEqualTo("none");
        assertThat(read("十到二十天")).isEqualTo("none");
        assertThat(read("三十多岁的人用")).isEqualTo("none");
        assertThat(read("一百多个评论")).isEqualTo("none");
        assertThat(read("身高一百七左右")).isEqualTo("none");
        assertThat(read("预算十分有限")).as("十分 is 'very'").isEqualTo("none");
        assertThat(read("十二期免息吗")).isEqualTo("none");
        assertThat(read("双十一到货吗")).isEqualTo("none");
        assertThat(read("三四十码的鞋")).isEqualTo("none");
        assertThat(read("一块买")).as("一块 is 'together'").isEqualTo("none");
    }
}
