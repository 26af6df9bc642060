package io.shopdesk.nlp.internal;

import static io.shopdesk.nlp.internal.StagesForTests.entities;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Entity;
import org.junit.jupiter.api.Test;

/** Order ids: SD and eight digits, in any case, normalised to upper case. */
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
}
