package io.shopdesk.nlp.internal;

import static io.shopdesk.nlp.internal.StagesForTests.entities;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One entity per stretch of text: patterns over names, then the longest, then the first found. */
class EntityOverlapTest {

    @Test
    void orderIdPhoneAndLastDigitsInOneMessage() {
        assertThat(entities("订单SD10000001，手机13812345678，尾号5678")).containsExactly(
                new Entity(Entity.ORDER_ID, "SD10000001", 2, 12, "SD10000001", "pattern"),
                new Entity(Entity.PHONE, "13812345678", 15, 26, "13812345678", "pattern"),
                new Entity(Entity.PHONE_LAST4, "5678", 29, 33, "5678", "pattern"));
    }

    @Test
    void anOrderIdIsNotAPhoneFragmentOrBareDigits() {
        List<Entity> candidates = List.of(
                new Entity(Entity.PHONE_LAST4, "1000", 2, 6, "1000", "pattern-bare"),
                new Entity(Entity.PHONE, "10000001", 2, 10, "10000001", "pattern"),
                new Entity(Entity.ORDER_ID, "SD10000001", 0, 10, "SD10000001", "pattern"));

        assertThat(EntityStage.resolveOverlaps(candidates))
                .containsExactly(new Entity(Entity.ORDER_ID, "SD10000001", 0, 10, "SD10000001", "pattern"));
    }

    @Test
    void sameSpanKeepsTheFirstFound() {
        Entity cued = new Entity(Entity.PHONE_LAST4, "5678", 2, 6, "5678", "pattern");
        Entity bare = new Entity(Entity.PHONE_LAST4, "5678", 2, 6, "5678", "pattern-bare");

        assertThat(EntityStage.resolveOverlaps(List.of(cued, bare))).containsExactly(cued);
    }

    @Test
    void aPatternBeatsALongerName() {
        Entity date = new Entity(Entity.DATE, "上周五", 0, 3, "2026-11-20", "pattern");
        Entity place = new Entity(Entity.PLACE, "五下的单", 2, 6, "五下的单", "hanlp");

        assertThat(EntityStage.resolveOverlaps(List.of(date, place))).containsExactly(date);
    }

    @Test
    void theResultIsInTextOrder() {
        Entity person = new Entity(Entity.PERSON, "张伟", 2, 4, "张伟", "hanlp");
        Entity money = new Entity(Entity.MONEY, "300元", 8, 12, "300 CNY", "pattern");

        assertThat(EntityStage.resolveOverlaps(List.of(money, person))).containsExactly(person, money);
    }
}
