package io.shopdesk.nlp.internal;

import static io.shopdesk.nlp.internal.StagesForTests.entities;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Entity;
import org.junit.jupiter.api.Test;

/** Amounts with a symbol, a code or a unit, in digits or Chinese numerals, normalised to "amount CURRENCY". */
class MoneyEntityTest {

    private static Entity money(String text, int start, int end, String value) {
        return new Entity(Entity.MONEY, text, start, end, value, "pattern");
    }

    @Test
    void yuanSign() {
        assertThat(entities("价格是¥299")).containsExactly(money("¥299", 3, 7, "299 CNY"));
    }

    @Test
    void digitsWithYuan() {
        assertThat(entities("退我300元")).containsExactly(money("300元", 2, 6, "300 CNY"));
    }

    @Test
    void chineseNumeralsWithYuan() {
        assertThat(entities("三百元")).containsExactly(money("三百元", 0, 3, "300 CNY"));
    }

    @Test
    void chineseNumeralsWithKuai() {
        assertThat(entities("花了两千五百块")).containsExactly(money("两千五百块", 2, 7, "2500 CNY"));
    }

    @Test
    void chineseNumeralWithZero() {
        assertThat(entities("一共三百零五元")).containsExactly(money("三百零五元", 2, 7, "305 CNY"));
    }

    @Test
    void dollarSignWithCents() {
        assertThat(entities("It costs $49.99")).containsExactly(money("$49.99", 9, 15, "49.99 USD"));
    }

    @Test
    void dollarsAfterTheAmount() {
        assertThat(entities("I paid 50 dollars")).containsExactly(money("50 dollars", 7, 17, "50 USD"));
    }

    @Test
    void currencyCodeBeforeTheAmount() {
        assertThat(entities("I was charged RMB 100 twice")).containsExactly(money("RMB 100", 14, 21, "100 CNY"));
    }

    @Test
    void thousandsSeparatorsAndTrailingZerosAreDropped() {
        assertThat(entities("It was $1,299.00")).containsExactly(money("$1,299.00", 7, 16, "1299 USD"));
    }
}
