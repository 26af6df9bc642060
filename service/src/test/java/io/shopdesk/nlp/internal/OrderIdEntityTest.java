package io.shopdesk.nlp.internal;

import static io.shopdesk.nlp.internal.StagesForTests.entities;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Entity;
import org.junit.jupiter.api.Test;

/**
 * Order ids: SD and eight digits, in any case and with a separator as shoppers type them, or eight digits the
 * shopper says are an order number; the value is always SD and the digits.
 */
class OrderIdEntityTest {

    @Test
    void orderIdInEnglish() {
        assertThat(entities("Where is my order SD10000001?"))
                .containsExactly(new Entity(Entity.ORDER_ID, "SD10000001", 18, 28, "SD10000001", "pattern"));
    }

    @Test
    void lowerCaseOrderIdInChineseIsNormalisedToUpperCase() {
        assertThat(entities("我的订单sd10000001到哪了"))
                .containsExactly(new Entity(Entity.ORDER_ID, "sd10000001", 4, 14, "SD10000001", "pattern"));
    }

    @Test
    void fullWidthLettersAndDigitsAreReadAsTheirAsciiForms() {
        // What a Chinese keyboard in full-width mode types; the offsets still point at the shopper's characters.
        assertThat(entities("我的订单ＳＤ１００００００１到哪了"))
                .containsExactly(new Entity(Entity.ORDER_ID, "SD10000001", 4, 14, "SD10000001", "pattern"));
    }

    @Test
    void moreOrFewerDigitsAreNotAnOrderId() {
        assertThat(entities("SD1000000123")).isEmpty();
        assertThat(entities("SD1234567")).isEmpty();
    }

    @Test
    void aSpaceDashOrHashBetweenSdAndTheDigitsIsStillTheOrderId() {
        assertThat(entities("my order number is SD 10000001"))
                .containsExactly(new Entity(Entity.ORDER_ID, "SD 10000001", 19, 30, "SD10000001", "pattern"));
        assertThat(entities("where is sd-10000002")).extracting(Entity::value).containsExactly("SD10000002");
        assertThat(entities("SD#10000003")).extracting(Entity::value).containsExactly("SD10000003");
    }

    @Test
    void eightDigitsCalledAnOrderNumberAreTheOrderId() {
        assertThat(entities("order no. 10000001 status?"))
                .containsExactly(new Entity(Entity.ORDER_ID, "10000001", 10, 18, "SD10000001", "pattern"));
        assertThat(entities("my order number is 10000002")).extracting(Entity::value).containsExactly("SD10000002");
        assertThat(entities("order #10000003")).extracting(Entity::value).containsExactly("SD10000003");
    }

    @Test
    void eightDigitsCalledAnOrderNumberInChineseAreTheOrderId() {
        assertThat(entities("订单10000002到哪了"))
                .containsExactly(new Entity(Entity.ORDER_ID, "10000002", 2, 10, "SD10000002", "pattern"));
        assertThat(entities("订单号：10000003")).extracting(Entity::value).containsExactly("SD10000003");
        assertThat(entities("我的订单号是 10000004")).extracting(Entity::value).containsExactly("SD10000004");
        // HanLP also reads 单号 as a name here; only the order id matters.
        assertThat(entities("单号10000005怎么还没发货")).filteredOn(e -> e.type().equals(Entity.ORDER_ID))
                .extracting(Entity::value).containsExactly("SD10000005");
        assertThat(entities("订单编号10000006")).extracting(Entity::value).containsExactly("SD10000006");
    }

    @Test
    void aTrackingNumberOrEightDigitsWithoutTheCueAreNoOrderIdInChinese() {
        assertThat(entities("运单号12345678查不到")).extracting(Entity::type).doesNotContain(Entity.ORDER_ID);
        assertThat(entities("快递单号12345678")).extracting(Entity::type).doesNotContain(Entity.ORDER_ID);
        assertThat(entities("物流单号12345678")).extracting(Entity::type).doesNotContain(Entity.ORDER_ID);
        assertThat(entities("我有12345678个积分")).extracting(Entity::type).doesNotContain(Entity.ORDER_ID);
    }

    @Test
    void eightDigitsAloneAreTheOrderId() {
        assertThat(entities("10000001"))
                .containsExactly(new Entity(Entity.ORDER_ID, "10000001", 0, 8, "SD10000001", "pattern"));
        assertThat(entities("#10000002.")).extracting(Entity::value).containsExactly("SD10000002");
    }

    @Test
    void eightDigitsInsideAnotherSentenceAreNotAnOrderId() {
        assertThat(entities("I paid 10000001 times")).extracting(Entity::type).doesNotContain(Entity.ORDER_ID);
        assertThat(entities("I ordered 10000001 of them")).extracting(Entity::type).doesNotContain(Entity.ORDER_ID);
    }
}
