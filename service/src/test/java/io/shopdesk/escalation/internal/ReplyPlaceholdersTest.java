package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filling a canned reply: known values go in, unknown ones stay visibly as placeholders and are found again. */
class ReplyPlaceholdersTest {

    @Test
    void fillsWhatIsKnownAndLeavesTheRestVisible() {
        Map<String, String> values = new HashMap<>();
        values.put("customerName", "张伟");
        values.put("agentName", "李娜 Li Na");
        values.put("orderId", null);
        values.put("carrier", " ");
        String filled = ReplyPlaceholders.fill("{customerName}您好，我是{agentName}。订单 {orderId} 由{carrier}承运，"
                + "运单号 {trackingNumber}。{customerName}", values);
        assertThat(filled).isEqualTo("张伟您好，我是李娜 Li Na。订单 {orderId} 由{carrier}承运，运单号 {trackingNumber}。张伟");
        assertThat(ReplyPlaceholders.in(filled)).containsExactly("orderId", "carrier", "trackingNumber");
    }

    @Test
    void aValueIsInsertedLiterallyEvenWithDollarsAndBackslashes() {
        assertThat(ReplyPlaceholders.fill("Hi {customerName}!", Map.of("customerName", "A$1 \\B")))
                .isEqualTo("Hi A$1 \\B!");
    }

    @Test
    void findsAnyPlaceholderLeftButNotOtherBraces() {
        assertThat(ReplyPlaceholders.in("Order {orderId} and {unknownThing}, {orderId} again")).containsExactly("orderId",
                "unknownThing");
        assertThat(ReplyPlaceholders.in("a smiley {:-)} or { spaced } or {} or {1st}")).isEmpty();
        assertThat(ReplyPlaceholders.in(null)).isEmpty();
    }
}
