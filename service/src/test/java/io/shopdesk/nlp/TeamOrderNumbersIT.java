package io.shopdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.ShippedModelsCopy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A shop that moved to ShopDesk keeps its own order numbers ({@code PS-1234567}): it declares their pattern in
 * {@code nlp-models/order-numbers.yml} (a temporary copy of {@code nlp-models/}), and "where is PS-1234567" is an order
 * id the order look-up finds in the shop's database, as {@code SD10000001} is. Before, the team's numbers were not
 * recognised, and the bot asked for the order number the shopper had just given. Real HTTP
 * ({@code POST /api/chat/messages}), real rules and models, an H2 database of its own with the team's order in it.
 */
@OwnDatabaseTest(database = "shopdesk-team-order-numbers")
class TeamOrderNumbersIT {
    static final String ORDER = "PS-1234567";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path copy;

    @DynamicPropertySource
    static void teamOrderNumbers(DynamicPropertyRegistry registry) throws Exception {
        Path models = ShippedModelsCopy.into(copy.resolve("nlp-models"), registry);
        Files.writeString(models.resolve("order-numbers.yml"), """
                order-numbers:
                  - pattern: 'PS-\\d{7}'
                    example: PS-1234567
                """);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTeamsOrderNumberIsLookedUpAsAnOrder() throws Exception {
        // An order of 周敏's (phone ending 2468) under the shop's own number, in this test's own database.
        jdbc.sql("""
                INSERT INTO orders (id, customer_id, status, total, currency, shipping_address, created_at, updated_at)
                SELECT ?, c.id, 'shipped', 199.00, 'CNY', '南京市鼓楼区中山北路200号5栋1单元302室',
                       CURRENT_TIMESTAMP - 3 * INTERVAL '1' DAY, CURRENT_TIMESTAMP - 2 * INTERVAL '1' DAY
                FROM customers c WHERE c.phone = '13700002468'""").param(ORDER).update();

        JsonNode asked = say(null, "where is ps-1234567", "en");
        assertThat(asked.at("/analysis/entities").toString()).as(asked.toString()).contains("\"value\":\"" + ORDER + "\"");
        JsonNode first = asked.get("replies").get(0);
        assertThat(first.get("text").asString()).as(asked.toString()).isEqualTo(ASK_DIGITS);

        assertThat(first.at("/data/rule").asString()).isEqualTo("AskPhoneDigits");

        JsonNode shown = say(asked.get("conversationId").asString(), "2468", "en");
        JsonNode status = shown.get("replies").get(0);
        assertThat(status.get("type").asString()).as(shown.toString()).isEqualTo("order_status");
        assertThat(status.at("/data/orderId").asString()).isEqualTo(ORDER);
        assertThat(status.at("/data/status").asString()).isEqualTo("shipped");
    }

    /** The ask for the phone digits: the order number was taken; before, the bot asked for it again. */
    static final String ASK_DIGITS = "To protect your privacy, please tell me the last 4 digits of the phone number on "
            + "the order.";

    private JsonNode say(String conversation, String text, String locale) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("locale", locale);
        if (conversation != null) {
            body.put("conversationId", conversation);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/chat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
