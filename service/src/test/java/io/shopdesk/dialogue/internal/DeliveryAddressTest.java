package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Entity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Which messages give a whole new delivery address, and which part of the message it is: the address alone, without
 * the words asking for the change before it or the thanks after it, in either language.
 */
class DeliveryAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            改成上海市浦东新区世纪大道100号                                  | 上海市浦东新区世纪大道100号
            上海市浦东新区世纪大道100号                                      | 上海市浦东新区世纪大道100号
            订单SD10000004的地址改成杭州西湖区文三路90号，谢谢                 | 杭州西湖区文三路90号
            帮我寄到北京朝阳区建国路88号吧                                    | 北京朝阳区建国路88号
            我在北京，想把地址改成广州市天河区天河路385号太古汇公寓A座906室    | 广州市天河区天河路385号太古汇公寓A座906室
            新地址：成都市武侯区人民南路四段12号华宇大厦804室                  | 成都市武侯区人民南路四段12号华宇大厦804室
            河北省保定市清苑区东闾乡东闾村                                    | 河北省保定市清苑区东闾乡东闾村
            please change it to 上海市浦东新区张杨路500号1203室               | 上海市浦东新区张杨路500号1203室
            to 88 Nanjing Road, Shanghai                                     | 88 Nanjing Road, Shanghai
            can I change the delivery address of SD10000004 to 88 Nanjing Road, Shanghai? | 88 Nanjing Road, Shanghai
            Please send it to Room 1802, Tower B, 88 Century Avenue, Pudong New District, Shanghai. Thanks! | Room 1802, Tower B, 88 Century Avenue, Pudong New District, Shanghai
            the new address is 1 Market Street, Apt 1204, San Francisco, CA 94105 | 1 Market Street, Apt 1204, San Francisco, CA 94105
            88 nanjing road shanghai please                                  | 88 nanjing road shanghai
            Nanjing Road No. 88, Huangpu District, Shanghai                   | Nanjing Road No. 88, Huangpu District, Shanghai
            12 Harbour Way, Hong Kong                                        | 12 Harbour Way, Hong Kong
            """)
    void aWholeAddressIsTheAddressAlone(String message, String address) {
        DeliveryAddress found = DeliveryAddress.in(message, List.of());
        assertThat(found.complete()).as(message).isTrue();
        assertThat(found.text()).as(message).isEqualTo(address);
        assertThat(message.substring(found.start(), found.end())).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"上海", "改到浦东新区", "世纪大道100号", "to Shanghai", "Nanjing Road", "somewhere in Beijing",
            "the apartment on the corner"})
    void aPartOfAnAddressIsMentionedButNotWhole(String message) {
        DeliveryAddress found = DeliveryAddress.in(message, List.of());
        assertThat(found.complete()).as(message).isFalse();
        assertThat(found.mentioned()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"我想改一下收货地址", "订单SD10000006的地址要改一下", "SD10000005的收货地址写错了", "订单SD10000040能改地址吗",
            "我想改一下收货电话", "5012", "SD10000004", "是的", "不用了", "can I change the delivery address of SD10000004",
            "change the address on SD10000006", "I need to change the delivery address for SD10000017", "yes please",
            "how do I change my email address", "你们有路由器吗", "我在超市买的", "I bought 2 pairs of shoes", "no thanks"})
    void anythingElseIsNoAddress(String message) {
        DeliveryAddress found = DeliveryAddress.in(message, List.of());
        assertThat(found).as(message).isEqualTo(DeliveryAddress.NONE);
    }

    @Test
    void aPlaceHanLpNamedIsAnAreaAndWhereTheAddressStarts() {
        String message = "送货地址换一下 浦东张杨路500号";
        List<Entity> places = List.of(new Entity(Entity.PLACE, "浦东", 8, 10, "浦东", "hanlp"));
        DeliveryAddress found = DeliveryAddress.in(message, places);
        assertThat(found.text()).isEqualTo("浦东张杨路500号");
        assertThat(DeliveryAddress.in(message, List.of()).complete()).as("without the place: no area").isFalse();
    }

    @Test
    void aRoomNumberIsCoveredByTheAddress() {
        String message = "SD10000004 改到上海市浦东新区张杨路500号1203室";
        DeliveryAddress found = DeliveryAddress.in(message, List.of());
        int room = message.indexOf("1203");
        assertThat(found.covers(room, room + 4)).isTrue();
        assertThat(found.covers(2, 6)).as("the order id is not the address").isFalse();
    }

    @Test
    void aLongMessageIsNoAddressAnswer() {
        assertThat(DeliveryAddress.in("上海市浦东新区世纪大道100号" + "。".repeat(300), List.of())).isEqualTo(DeliveryAddress.NONE);
    }
}
