package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ChatService;
import io.shopdesk.commerce.OrderRepository;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invoice of an order delivered more than the FAQ's 90 days ago can no longer be requested or changed in My Orders:
 * the chat says so, with the days, and offers a colleague ("agent"), as a closed return window does. No demo order is
 * that old, so this test adds one of 周敏's (phone ending 2468, db/demo V26), delivered 100 days before today, through
 * the real chat, rules and database; and removes it afterwards, since the tests share one database.
 */
@ShopDeskTest
class InvoiceOfAnOldOrderIT {
    static final String ORDER = "SD19000100";

    @Autowired
    ChatService chat;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void addAnOrderDelivered100DaysAgo() {
        jdbc.sql("""
                INSERT INTO orders (id, customer_id, status, total, currency, shipping_address, created_at, updated_at)
                SELECT ?, c.id, 'delivered', 199.00, 'CNY', '南京市鼓楼区中山北路200号5栋1单元302室',
                       CURRENT_TIMESTAMP - 103 * INTERVAL '1' DAY, CURRENT_TIMESTAMP - 100 * INTERVAL '1' DAY
                FROM customers c WHERE c.phone = '13700002468'""").param(ORDER).update();
        jdbc.sql("""
                INSERT INTO order_items (order_id, product_id, quantity, unit_price)
                SELECT ?, p.id, 1, p.price FROM products p WHERE p.sku = 'HOM-4005'""").param(ORDER).update();
        jdbc.sql("""
                INSERT INTO shipments (order_id, carrier, tracking_number, status, shipped_at, eta, delivered_at)
                VALUES (?, 'SF Express', 'SF1424689000100', 'delivered', CURRENT_TIMESTAMP - 102 * INTERVAL '1' DAY,
                        CAST(CURRENT_TIMESTAMP - 100 * INTERVAL '1' DAY AS DATE), CURRENT_TIMESTAMP - 100 * INTERVAL '1' DAY)""")
                .param(ORDER).update();
    }

    @AfterEach
    void removeIt() {
        jdbc.sql("DELETE FROM shipments WHERE order_id = ?").param(ORDER).update();
        jdbc.sql("DELETE FROM order_items WHERE order_id = ?").param(ORDER).update();
        jdbc.sql("DELETE FROM orders WHERE id = ?").param(ORDER).update();
    }

    /** The day of delivery as the shop reads it (its zone), as the reply names it. */
    LocalDate deliveredOn() {
        return jdbc.sql("SELECT delivered_at FROM shipments WHERE order_id = ?").param(ORDER)
                .query(java.time.OffsetDateTime.class).single().atZoneSameInstant(OrderRepository.SHOP_ZONE).toLocalDate();
    }

    @Test
    void pastNinetyDaysTheInvoiceIsForAColleague() {
        String id = chat.handle(null, "I need an invoice for my order", "en", "invoice-old").conversationId();
        chat.handle(id, ORDER, "en", "invoice-old");
        var reply = chat.handle(id, "2468", "en", "invoice-old").replies();
        LocalDate delivered = deliveredOn();
        assertThat(reply).hasSize(1);
        assertThat(reply.getFirst().text()).isEqualTo("Order " + ORDER + " was delivered on " + delivered + ", more "
                + "than 90 days ago, so its invoice can no longer be requested or changed in My Orders (that was possible "
                + "until " + delivered.plusDays(90) + "). Type \"agent\" and a colleague will see what can still be done.");
        assertThat(reply.getFirst().data()).containsEntry("code", "order_request").containsEntry("request", "invoice")
                .containsEntry("case", "window_closed").containsEntry("rule", "InvoiceWindowClosed")
                .containsEntry("invoiceBy", delivered.plusDays(90).toString());
    }

    @Test
    void 超过90天的发票请输入转人工() {
        String id = chat.handle(null, "我要开发票", "zh", "invoice-old-zh").conversationId();
        chat.handle(id, ORDER, "zh", "invoice-old-zh");
        var reply = chat.handle(id, "2468", "zh", "invoice-old-zh").replies();
        LocalDate delivered = deliveredOn();
        assertThat(reply.getFirst().text()).isEqualTo("订单 " + ORDER + " 已于 " + delivered + " 签收，已超过90天（补开或修改截止到 "
                + delivered.plusDays(90) + "），无法再在“我的订单”中补开或修改发票。请输入“转人工”，同事会看看还能怎么处理。");
        assertThat(reply.getFirst().data()).containsEntry("case", "window_closed");
    }
}
