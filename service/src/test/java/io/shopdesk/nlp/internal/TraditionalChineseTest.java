package io.shopdesk.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraditionalChineseTest {

    @Test
    void traditionalCharactersAreReadAsSimplifiedKeepingTheLength() {
        assertThat(TraditionalChinese.simplify("我的帳號登錄不了")).isEqualTo("我的帐号登录不了");
        assertThat(TraditionalChinese.simplify("訂單SD10000001到哪裡了？")).isEqualTo("订单SD10000001到哪里了？");
        assertThat(TraditionalChinese.simplify("退貨運費誰出")).isEqualTo("退货运费谁出");
    }

    @Test
    void simplifiedAndEnglishTextComeBackAsTheyAre() {
        assertThat(TraditionalChinese.simplify("我的订单到哪了")).isEqualTo("我的订单到哪了");
        assertThat(TraditionalChinese.simplify("where is my order?")).isEqualTo("where is my order?");
    }
}
