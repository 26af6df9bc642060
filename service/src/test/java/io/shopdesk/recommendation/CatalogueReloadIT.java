package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shop staff edit {@code products.csv} while the service runs: a product whose stock drops to 0 stops being shown
 * within seconds, without a restart, and a file broken by an edit leaves the catalogue in service as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shopdesk-catalogue-reload;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shopdesk.nlp.core-nlp=false",
        "shopdesk.escalation.english-sentiment=off"
})
class CatalogueReloadIT {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path copy;

    @DynamicPropertySource
    static void catalogueCopy(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.copyRecursively(Path.of("knowledge-base/products"), copy);
        registry.add("shopdesk.recommendation.catalogue", copy::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    RecommendationService recommendations;

    /** The turn's products replies for a message sent over HTTP. */
    private Stream<JsonNode> productsReplies(String text) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/chat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("text", text))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("replies").valueStream()
                .filter(r -> "products".equals(r.get("type").asString()));
    }

    private static List<String> skus(JsonNode reply) {
        return reply.at("/data/cards").valueStream().map(card -> card.get("sku").asString()).toList();
    }

    private List<String> shownSkus(String text) throws Exception {
        return productsReplies(text).flatMap(r -> skus(r).stream()).toList();
    }

    /** The text of the turn's products reply and its card skus, "text | sku sku" ("text" when it has no cards). */
    private String productsReply(String text) throws Exception {
        return productsReplies(text).map(r -> skus(r).isEmpty() ? r.get("text").asString()
                        : r.get("text").asString() + " | " + String.join(" ", skus(r)))
                .findFirst().orElse("no products reply");
    }

    private static void replaceLine(Path file, String sku, java.util.function.UnaryOperator<String> edit) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.startsWith(sku + ",") ? edit.apply(line) : line).toList();
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /**
     * A category word ("blender", 榨汁机) that no product has once the blenders are taken out of the file: the shopper
     * is told the shop does not sell them, not shown the popular home goods.
     */
    @Test
    void aKindOfProductTheCatalogueNoLongerHasIsToldNotSoldNotShownItsCategory() throws Exception {
        Path file = copy.resolve("products.csv");
        List<String> shipped = Files.readAllLines(Path.of("knowledge-base/products/products.csv"), StandardCharsets.UTF_8);
        assertThat(productsReply("recommend a blender")).isEqualTo("Here are some products you might like: | HOM-4033 HOM-4034 HOM-4035");
        try {
            Files.write(file, shipped.stream().filter(line -> !line.contains("Blender")).toList(), StandardCharsets.UTF_8);
            assertThat(recommendations.reloadCatalogue()).isTrue();

            assertThat(productsReply("recommend a blender")).isEqualTo("Sorry, we don't sell blenders. Our shop has "
                    + "shoes, clothes, electronics, home goods, sports gear, beauty products, kids' items.");
            assertThat(productsReply("推荐一款榨汁机"))
                    .isEqualTo("抱歉，我们没有榨汁机在售。店里有鞋子、服装、数码产品、家居用品、运动装备、美妆个护、儿童用品。");
            assertThat(productsReply("有没有衣服")).as("a whole category is still shown").startsWith("为您推荐以下商品： | APP-");
        } finally {
            Files.write(file, shipped, StandardCharsets.UTF_8);
            assertThat(recommendations.reloadCatalogue()).isTrue();
        }
    }

    @Test
    void aProductSoldOutInTheFileIsNoLongerShownAndABrokenEditChangesNothing() throws Exception {
        List<String> before = shownSkus("推荐一款跑步鞋");
        assertThat(before).isNotEmpty();
        String sku = before.getFirst();
        Path file = copy.resolve("products.csv");

        // price,stock are the 6th and 7th columns; the demo rows have no quoted commas before them.
        replaceLine(file, sku, line -> {
            String[] cells = line.split(",", 8);
            cells[6] = "0";
            return String.join(",", cells);
        });
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (recommendations.catalogue().find(sku).orElseThrow().stock() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(recommendations.catalogue().find(sku).orElseThrow().stock()).isZero();
        assertThat(shownSkus("推荐一款跑步鞋")).isNotEmpty().doesNotContain(sku);

        replaceLine(file, sku, line -> line.replaceFirst(",0,", ",-1,"));
        assertThat(recommendations.reloadCatalogue()).isFalse();
        assertThat(recommendations.catalogue().find(sku)).isPresent();
        assertThat(shownSkus("推荐一款跑步鞋")).isNotEmpty().doesNotContain(sku);
    }
}
