package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.OrderAddressChanges;
import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.DamagedParcelPolicy;
import io.shopdesk.dialogue.InvoiceWindow;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.LateDeliveryPolicy;
import io.shopdesk.dialogue.NotReceivedPolicy;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.dialogue.ReturnWindow;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.nlp.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The "yes" to a new delivery address carried out on the migrated demo shop (H2): the order gets it; an order that went
 * to the warehouse between the question and the "yes" keeps its address, and the shopper reads that it was not
 * changed (a case no scenario can play: the demo orders do not move), in either language.
 */
class ConfirmedAddressChangeTest {
    static final ReplyTemplates TEXTS = ReplyTemplates.load(Path.of("rules/dialogue/replies"));
    static JdbcClient jdbc;
    static OrderRepository orders;
    static ConfirmedAddressChange change;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:confirmed-address-change;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        orders = new OrderRepository(jdbc);
        change = new ConfirmedAddressChange(new OrderAddressChanges(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.systemUTC()));
    }

    /** The turn the rules decided as {@code action} for {@code order}, carried out and composed in {@code language}. */
    static Reply carryOut(String action, OrderDetails order, String newAddress, Language language, Decision decision) {
        decision.decide(action, null, "NewAddressConfirmed");
        OrderLookup lookup = new OrderLookup(order.id(), order, order.customerPhone().substring(order.customerPhone().length() - 4), null, 0, 0,
                LocalDate.parse("2026-12-06"));
        ConversationState state = new ConversationState();
        state.setNewAddress(newAddress);
        change.carryOut("conv-yes", decision, lookup, state);
        List<Reply> replies = ReplyComposer.compose(decision, language, TEXTS, new KbSearchResult(List.of(), false),
                lookup, new ReplyPolicies(3, new ReturnWindow(7, 30), new LateDeliveryPolicy(3), new NotReceivedPolicy(7),
                        InvoiceWindow.FAQ, DamagedParcelPolicy.FAQ), newAddress, null);
        assertThat(replies).hasSize(1);
        return replies.getFirst();
    }

    static String address(String orderId) {
        return jdbc.sql("SELECT shipping_address FROM orders WHERE id = :id").param("id", orderId).query(String.class).single();
    }

    @Test
    void yesChangesTheOrdersAddress() {
        Decision decision = new Decision();
        Reply reply = carryOut("address_changed", orders.find("SD10000015").orElseThrow(), "上海市浦东新区世纪大道100号",
                Language.ZH, decision);
        assertThat(decision.getAction()).isEqualTo("address_changed");
        assertThat(address("SD10000015")).isEqualTo("上海市浦东新区世纪大道100号");
        assertThat(reply.text()).isEqualTo("已修改：订单 SD10000015 将寄往 上海市浦东新区世纪大道100号。收货人和电话不变（如需修改，可在“我的订单”中点击“修改地址”）。");
        assertThat(reply.data()).containsEntry("code", "address_changed").containsEntry("orderId", "SD10000015")
                .containsEntry("rule", "NewAddressConfirmed");
    }

    @Test
    void anOrderTheWarehouseTookMeanwhileKeepsItsAddressAndTheShopperIsToldSo() {
        // The rules saw SD10000006 paid; the database has it processing (being packed) by the time of the "yes".
        OrderDetails seen = orders.find("SD10000006").orElseThrow();
        OrderDetails asSeen = new OrderDetails(seen.id(), "paid", seen.customerId(), seen.customerName(),
                seen.customerPhone(), seen.total(), seen.currency(), seen.itemsEn(), seen.itemsZh(), null,
                seen.payments(), seen.updatedAt());
        String before = address("SD10000006");
        Decision decision = new Decision();
        Reply en = carryOut("address_changed", asSeen, "88 Nanjing Road, Shanghai", Language.EN, decision);
        assertThat(decision.getAction()).isEqualTo("address_not_changed");
        assertThat(decision.getRule()).isEqualTo("NewAddressConfirmed");
        assertThat(address("SD10000006")).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM order_address_changes WHERE order_id = 'SD10000006'").query(Long.class)
                .single()).isZero();
        assertThat(en.type()).isEqualTo("text");
        assertThat(en.text()).isEqualTo("I'm sorry, order SD10000006 has just moved on to our warehouse or changed status, "
                + "so I couldn't change its address after all. Type \"agent\" and a colleague will see what can still be done.");
        assertThat(en.data()).containsEntry("code", "address_not_changed");
        assertThat(carryOut("address_changed", asSeen, "88 Nanjing Road, Shanghai", Language.ZH, new Decision()).text())
                .isEqualTo("抱歉，订单 SD10000006 刚刚已进入仓库处理或状态有变，地址没能修改。输入“转人工”，同事会帮您看看还能怎么处理。");
    }

    @Test
    void anyOtherDecisionChangesNothing() {
        String before = address("SD10000025");
        Decision decision = new Decision();
        carryOut("confirm_address", orders.find("SD10000025").orElseThrow(), "北京市朝阳区建国路88号", Language.EN, decision);
        assertThat(decision.getAction()).isEqualTo("confirm_address");
        assertThat(address("SD10000025")).isEqualTo(before);
    }
}
