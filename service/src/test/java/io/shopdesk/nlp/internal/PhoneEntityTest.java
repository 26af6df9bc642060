package io.shopdesk.nlp.internal;

import static io.shopdesk.nlp.internal.StagesForTests.entities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.shopdesk.nlp.Entity;
import org.junit.jupiter.api.Test;

/** Full phone numbers (digits and leading + kept) and the last four digits of a phone. */
class PhoneEntityTest {

    @Test
    void chineseMobile() {
        assertThat(entities("我的手机号13812345678")).containsExactly(
                new Entity(Entity.PHONE, "13812345678", 5, 16, "13812345678", "pattern"));
    }

    @Test
    void chineseMobileWithCountryCode() {
        assertThat(entities("电话+86 13812345678")).containsExactly(
                new Entity(Entity.PHONE, "+86 13812345678", 2, 17, "+8613812345678", "pattern"));
    }

    @Test
    void usNumberWithCountryCode() {
        assertThat(entities("call me at +1 415-555-0123")).containsExactly(
                new Entity(Entity.PHONE, "+1 415-555-0123", 11, 26, "+14155550123", "pattern"));
    }

    @Test
    void lastFourDigitsCuedInChinese() {
        assertThat(entities("手机尾号5678")).containsExactly(
                new Entity(Entity.PHONE_LAST4, "5678", 4, 8, "5678", "pattern"));
    }

    @Test
    void lastFourDigitsCuedInEnglish() {
        assertThat(entities("the last 4 digits are 5678")).containsExactly(
                new Entity(Entity.PHONE_LAST4, "5678", 22, 26, "5678", "pattern"));
    }

    @Test
    void lastFourDigitsCuedTheWayShoppersWriteIt() {
        assertThat(entities("my phone number ends in 5678")).containsExactly(
                new Entity(Entity.PHONE_LAST4, "5678", 24, 28, "5678", "pattern"));
        assertThat(entities("ends with 4321")).extracting(Entity::value, Entity::source)
                .containsExactly(tuple("4321", "pattern"));
        assertThat(entities("the last digits are 5678")).extracting(Entity::value, Entity::source)
                .containsExactly(tuple("5678", "pattern"));
        assertThat(entities("last 4 digits of my phone are 0123")).extracting(Entity::value, Entity::source)
                .containsExactly(tuple("0123", "pattern"));
        assertThat(entities("5678 is the last 4")).extracting(Entity::value, Entity::source)
                .containsExactly(tuple("5678", "pattern"));
    }

    @Test
    void endsInsideAWordIsNoCue() {
        assertThat(entities("do you deliver on weekends 2026")).extracting(Entity::source)
                .containsExactly("pattern-bare");
    }

    @Test
    void chineseMobileGroupedWithSpacesIsOnePhone() {
        assertThat(entities("my phone is 138 0013 4321")).containsExactly(
                new Entity(Entity.PHONE, "138 0013 4321", 12, 25, "13800134321", "pattern"));
    }

    @Test
    void chineseMobileGroupedWithDashesIsOnePhone() {
        assertThat(entities("手机138-0013-4321")).containsExactly(
                new Entity(Entity.PHONE, "138-0013-4321", 2, 15, "13800134321", "pattern"));
    }

    @Test
    void groupedChineseMobileWithCountryCode() {
        assertThat(entities("+86 138 0013 4321")).containsExactly(
                new Entity(Entity.PHONE, "+86 138 0013 4321", 0, 17, "+8613800134321", "pattern"));
    }

    @Test
    void fourDigitsAloneAreAnAnswer() {
        assertThat(entities("5678")).containsExactly(
                new Entity(Entity.PHONE_LAST4, "5678", 0, 4, "5678", "pattern-alone"));
        assertThat(entities(" 5678。")).containsExactly(
                new Entity(Entity.PHONE_LAST4, "5678", 1, 5, "5678", "pattern-alone"));
        assertThat(entities("it's 5678")).containsExactly(
                new Entity(Entity.PHONE_LAST4, "5678", 5, 9, "5678", "pattern-alone"));
        assertThat(entities("是5678")).containsExactly(
                new Entity(Entity.PHONE_LAST4, "5678", 1, 5, "5678", "pattern-alone"));
    }

    @Test
    void fourDigitsInsideASentenceAreOnlyAGuess() {
        assertThat(entities("有没有2000左右的手机")).containsExactly(
                new Entity(Entity.PHONE_LAST4, "2000", 3, 7, "2000", "pattern-bare"));
        assertThat(entities("room 1203 please")).containsExactly(
                new Entity(Entity.PHONE_LAST4, "1203", 5, 9, "1203", "pattern-bare"));
    }

    @Test
    void yearsAndAmountsAreNotLastDigits() {
        assertThat(entities("2026年买的")).isEmpty();
        assertThat(entities("1200元")).extracting(Entity::type).containsExactly(Entity.MONEY);
    }
}
