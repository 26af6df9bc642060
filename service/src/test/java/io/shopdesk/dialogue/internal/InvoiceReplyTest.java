package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.DamagedParcelPolicy;
import io.shopdesk.dialogue.InvoiceWindow;
import io.shopdesk.dialogue.LateDeliveryPolicy;
import io.shopdesk.dialogue.NotReceivedPolicy;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.dialogue.ReturnWindow;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.nlp.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a shopper asking for their order's invoice reads, with the shipped reply texts, for the demo order SD10000002
 * (delivered on 2026-11-13): the day its e-invoice is issued by (within 24 hours: the next day) and the last day it can
 * be requested or changed (delivery + the window's days), in both languages; the days follow the window's setting.
 */
class InvoiceReplyTest {

    static Reply reply(String detail, OrderDetails order, InvoiceWindow invoices, Language language) {
        Decision decision = new Decision();
        decision.decide("order_request", detail, "Rule");
        OrderLookup lookup = new OrderLookup(order.id(), order, "4321", null, 0, 0, LocalDate.parse("2026-12-06"));
        List<Reply> replies = ReplyComposer.compose(decision, language, NotReceivedReplyTest.TEXTS,
                new KbSearchResult(List.of(), false), lookup,
                new ReplyPolicies(3, new ReturnWindow(7, 30), new LateDeliveryPolicy(3), new NotReceivedPolicy(7),
                        invoices, DamagedParcelPolicy.FAQ));
        assertThat(replies).hasSize(1);
        return replies.getFirst();
    }

    @Test
    void aDeliveredOrdersInvoiceIsIssuedTheNextDayAndCanBeRequestedForNinetyDays() {
        Reply en = reply("invoice.delivered", NotReceivedReplyTest.DELIVERED, new InvoiceWindow(90), Language.EN);
        assertThat(en.text()).isEqualTo("Order SD10000002 was delivered on 2026-11-13, so its electronic invoice is "
                + "issued within 24 hours of delivery, by 2026-11-14: in My Orders, open order SD10000002 and tap Invoice "
                + "to view or download it (we also email it to you). If you didn't choose an invoice title at checkout, "
                + "or need a different one, you can still request or change it there until 2027-02-11.");
        assertThat(en.data()).containsEntry("request", "invoice").containsEntry("case", "delivered")
                .containsEntry("invoiceIssuedBy", "2026-11-14").containsEntry("invoiceBy", "2027-02-11");
        assertThat(reply("invoice.delivered", NotReceivedReplyTest.DELIVERED, new InvoiceWindow(90), Language.ZH).text())
                .isEqualTo("订单 SD10000002 已于 2026-11-13 签收，电子发票会在签收后24小时内（2026-11-14 前）开具：在“我的订单”打开订单 "
                        + "SD10000002，点击“发票”即可查看或下载（也会发到您的邮箱）。如果结算时没选发票抬头，或者需要换一个抬头，"
                        + "2027-02-11 前都可以在那里补开或修改。");
    }

    @Test
    void theLastDayFollowsTheWindowsSetting() {
        Reply en = reply("invoice.window_closed", NotReceivedReplyTest.DELIVERED, new InvoiceWindow(15), Language.EN);
        assertThat(en.text()).isEqualTo("Order SD10000002 was delivered on 2026-11-13, more than 15 days ago, so its "
                + "invoice can no longer be requested or changed in My Orders (that was possible until 2026-11-28). "
                + "Type \"agent\" and a colleague will see what can still be done.");
        assertThat(en.data()).containsEntry("invoiceBy", "2026-11-28");
    }

    @Test
    void withoutADayOfDeliveryTheWindowIsSaidInDays() {
        OrderDetails undated = NotReceivedReplyTest.order("delivered", LocalDate.parse("2026-11-13"), null);
        Reply en = reply("invoice.delivered_undated", undated, new InvoiceWindow(90), Language.EN);
        assertThat(en.text()).isEqualTo("Order SD10000002 has been delivered, and its electronic invoice is issued within "
                + "24 hours of delivery: in My Orders, open order SD10000002 and tap Invoice to view or download it. You "
                + "can request one, or change its title, there within 90 days of delivery.");
        assertThat(en.data()).doesNotContainKey("invoiceBy");
        assertThat(reply("invoice.delivered_undated", undated, new InvoiceWindow(90), Language.ZH).text())
                .contains("签收后90天内都可以在那里补开发票或修改抬头");
    }
}
