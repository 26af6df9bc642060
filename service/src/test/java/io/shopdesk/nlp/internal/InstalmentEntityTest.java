package io.shopdesk.nlp.internal;

import static io.shopdesk.nlp.internal.StagesForTests.entities;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The number of monthly instalments a shopper asks for, in Chinese and English; numbers that are not a term stay out.
 */
class InstalmentEntityTest {

    private static List<String> terms(String text) {
        return entities(text).stream().filter(e -> e.type().equals(Entity.INSTALMENTS))
                .map(e -> e.text() + "=" + e.value()).toList();
    }

    @Test
    void chineseTermsInDigitsAndNumerals() {
        assertThat(terms("我想分6期买这个3000元的手机")).containsExactly("6期=6");
        assertThat(terms("花呗分十二期可以吗")).containsExactly("十二期=12");
        assertThat(terms("能分12个月付吗")).containsExactly("分12个月=12");
        assertThat(terms("三期免息吗")).containsExactly("三期=3");
        assertThat(terms("可以分期6个月吗")).containsExactly("分期6个月=6");
        assertThat(terms("有12个月免息分期吗")).containsExactly("12个月免息分期=12");
        assertThat(terms("花呗下一期什么时候扣款，我分了12期")).containsExactly("12期=12");
        assertThat(terms("可以分１２期吗")).containsExactly("12期=12");
    }

    @Test
    void theAmountStaysAnAmountBesideTheTerm() {
        List<Entity> found = entities("我想分6期买这个3000元的手机");
        assertThat(found).extracting(Entity::type).containsExactly(Entity.INSTALMENTS, Entity.MONEY);
    }

    @Test
    void englishTerms() {
        assertThat(terms("Can I split it into 6 instalments?")).containsExactly("6 instalments=6");
        assertThat(terms("is there a 12-month installment plan")).containsExactly("12-month installment=12");
        assertThat(terms("I'd like to pay over 12 months")).containsExactly("pay over 12 months=12");
        assertThat(terms("can I spread the cost over 6 months")).containsExactly("spread the cost over 6 months=6");
        assertThat(terms("3 monthly payments please")).containsExactly("3 monthly payments=3");
        assertThat(terms("6 INSTALMENTS OK?")).containsExactly("6 INSTALMENTS=6");
    }

    @Test
    void numbersThatAreNotATermAreLeftAlone() {
        assertThat(terms("第3期的账单什么时候出")).isEmpty();
        assertThat(terms("3个月前买的耳机坏了")).isEmpty();
        assertThat(terms("活动期间有优惠吗")).isEmpty();
        assertThat(terms("分期有利息吗")).isEmpty();
        assertThat(terms("the jacket has a 12 months warranty")).isEmpty();
        assertThat(terms("I made 2 payments by mistake")).isEmpty();
        assertThat(terms("我的积分3个月后过期吗")).isEmpty();
        assertThat(terms("部分3个月前的订单查不到")).isEmpty();
        assertThat(terms("上一期已经还了")).isEmpty();
        assertThat(terms("It's been over 2 months and my order hasn't arrived")).isEmpty();
        assertThat(terms("I ordered it over 3 months ago")).isEmpty();
        assertThat(terms("can I pay in 99 instalments")).as("no shop offers that").isEmpty();
    }
}
