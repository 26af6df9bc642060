package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
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
@OwnDatabaseTest(database = "shopdesk-catalogue-reload")
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

    /** Whether every card of the turn's products reply has the tag. */
    private boolean allTagged(String text, String tag) throws Exception {
        List<String> skus = shownSkus(text);
        return !skus.isEmpty() && skus.stream()
                .allMatch(sku -> recommendations.catalogue().find(sku).orElseThrow().tags().contains(tag));
    }

    /**
     * Shop staff add a word to {@code interests.csv} and it is read within seconds; a tag no product has (a typo in
     * the file, or the last product with that tag taken out of {@code products.csv}) is refused, and the words and
     * catalogue in service stay.
     */
    @Test
    void anInterestWordIsReadAgainAndOneWithATagNoProductHasIsRefused() throws Exception {
        Path products = copy.resolve("products.csv");
        Path interests = copy.resolve("interests.csv");
        List<String> shippedProducts = Files.readAllLines(Path.of("knowledge-base/products/products.csv"), StandardCharsets.UTF_8);
        List<String> shippedInterests = Files.readAllLines(Path.of("knowledge-base/products/interests.csv"), StandardCharsets.UTF_8);
        // From the shipped file: another test of this class leaves a broken edit in the copy.
        Files.write(products, shippedProducts, StandardCharsets.UTF_8);
        assertThat(recommendations.reloadCatalogue()).isTrue();
        assertThat(allTagged("a gift for my dad, he loves parkrun", "running")).as("parkrun is no word yet").isFalse();
        try {
            Files.write(interests, java.util.stream.Stream.concat(shippedInterests.stream(),
                    Stream.of("parkrun,liked,running")).toList(), StandardCharsets.UTF_8);
            assertThat(recommendations.reloadCatalogue()).isTrue();
            assertThat(allTagged("a gift for my dad, he loves parkrun", "running")).isTrue();

            Files.write(interests, java.util.stream.Stream.concat(shippedInterests.stream(),
                    Stream.of("parkrun,liked,runing")).toList(), StandardCharsets.UTF_8);
            assertThat(recommendations.reloadCatalogue()).isFalse();
            assertThat(allTagged("a gift for my dad, he loves parkrun", "running")).as("the words in service stay").isTrue();

            Files.write(interests, shippedInterests, StandardCharsets.UTF_8);
            Files.write(products, shippedProducts.stream().filter(line -> !line.contains("baking")).toList(),
                    StandardCharsets.UTF_8);
            assertThat(recommendations.reloadCatalogue()).as("烘焙 → baking, and no product has it").isFalse();
            assertThat(recommendations.catalogue().size()).isEqualTo(shippedProducts.size() - 1);
        } finally {
            Files.write(interests, shippedInterests, StandardCharsets.UTF_8);
            Files.write(products, shippedProducts, StandardCharsets.UTF_8);
            assertThat(recommendations.reloadCatalogue()).isTrue();
        }
    }

    /**
     * A quality in {@code qualities.csv} whose tag no product has (a typo: "wintr") is refused on a reload, naming the
     * line in the log, and the catalogue and words in service stay; the shipped file reads again.
     */
    @Test
    void aQualityWithATagNoProductHasIsRefused() throws Exception {
        Path products = copy.resolve("products.csv");
        Path qualities = copy.resolve("qualities.csv");
        List<String> shippedProducts = Files.readAllLines(Path.of("knowledge-base/products/products.csv"), StandardCharsets.UTF_8);
        List<String> shippedQualities = Files.readAllLines(Path.of("knowledge-base/products/qualities.csv"), StandardCharsets.UTF_8);
        // From the shipped file: another test of this class leaves a broken edit in the copy.
        Files.write(products, shippedProducts, StandardCharsets.UTF_8);
        assertThat(recommendations.reloadCatalogue()).isTrue();
        try {
            Files.write(qualities, shippedQualities.stream().map(line -> line.startsWith("warmer,")
                    ? line.replace("winter;", "wintr;") : line).toList(), StandardCharsets.UTF_8);
            Files.write(products, shippedProducts.stream().filter(line -> !line.contains("Blender")).toList(),
                    StandardCharsets.UTF_8);
            assertThat(recommendations.reloadCatalogue()).isFalse();
            assertThat(recommendations.catalogue().size()).as("the catalogue in service stays")
                    .isEqualTo(shippedProducts.size() - 1);
        } finally {
            Files.write(qualities, shippedQualities, StandardCharsets.UTF_8);
            Files.write(products, shippedProducts, StandardCharsets.UTF_8);
            assertThat(recommendations.reloadCatalogue()).isTrue();
        }
    }

    /** One turn of a conversation over HTTP (a new one when {@code conversationId} is null): the whole response. */
    private JsonNode turn(String conversationId, String text) throws Exception {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("text", text);
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/chat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void setStock(Path file, String sku, int stock) throws IOException {
        replaceLine(file, sku, line -> {
            String[] cells = line.split(",", 8);
            cells[6] = String.valueOf(stock);
            return String.join(",", cells);
        });
    }

    /**
     * A card asked about is told with its stock as the file has it now: how many are left when five or fewer, and,
     * once sold out, that it is, where to ask for a restock notice, and similar products in stock that were not shown.
     */
    @Test
    void aCardAskedAboutIsToldWithTheStockTheFileNowHas() throws Exception {
        Path file = copy.resolve("products.csv");
        List<String> shipped = Files.readAllLines(Path.of("knowledge-base/products/products.csv"), StandardCharsets.UTF_8);
        // From the shipped file: another test of this class leaves a broken edit in the copy.
        Files.write(file, shipped, StandardCharsets.UTF_8);
        assertThat(recommendations.reloadCatalogue()).isTrue();
        JsonNode zh = turn(null, "帮我推荐一款适合送女朋友的礼物");
        JsonNode en = turn(null, "recommend a gift for my girlfriend");
        List<String> gifts = List.of("BEA-6009", "BEA-6005", "APP-2012");
        assertThat(skus(zh.at("/replies/0"))).containsExactlyElementsOf(gifts);
        assertThat(skus(en.at("/replies/0"))).containsExactlyElementsOf(gifts);
        String zhId = zh.get("conversationId").asString();
        String enId = en.get("conversationId").asString();
        try {
            setStock(file, "BEA-6005", 3);
            assertThat(recommendations.reloadCatalogue()).isTrue();
            JsonNode low = turn(zhId, "第二个有货吗").at("/replies/0");
            assertThat(low.get("text").asString()).isEqualTo("丝绒哑光口红还有货，不过只剩3件了，喜欢的话要抓紧哦。");
            assertThat(skus(low)).containsExactly("BEA-6005");
            assertThat(low.at("/data/cards/0/why").asString()).isEqualTo("仅剩3件");
            assertThat(turn(enId, "is the second one in stock?").at("/replies/0/text").asString())
                    .isEqualTo("Yes, we have the Velvet Matte Lipstick in stock, but only 3 left.");
            assertThat(turn(enId, "I'll take it").at("/replies/0/text").asString())
                    .isEqualTo("Great choice! Tap the Velvet Matte Lipstick card below to open its page, then add it to "
                            + "your cart or buy it now. Only 3 left.");

            setStock(file, "BEA-6005", 0);
            assertThat(recommendations.reloadCatalogue()).isTrue();
            JsonNode soldOut = turn(zhId, "第二个有货吗").at("/replies/0");
            assertThat(soldOut.get("text").asString()).isEqualTo("抱歉，丝绒哑光口红暂时缺货。您可以在商品页点击“到货提醒”，"
                    + "到货后我们会第一时间通知您。这几款相似的商品有货，您也可以看看：");
            List<String> shown = skus(soldOut);
            assertThat(shown).hasSize(3).first().isEqualTo("BEA-6005");
            List<String> similar = shown.subList(1, 3);
            assertThat(similar).allSatisfy(sku -> {
                assertThat(sku).startsWith("BEA-").isNotIn(gifts);
                assertThat(recommendations.catalogue().find(sku).orElseThrow().inStock()).isTrue();
            });
            assertThat(soldOut.at("/data/cards/1/why").asString()).isEqualTo("与丝绒哑光口红相似");
            assertThat(soldOut.at("/data/reason/similar").valueStream().map(JsonNode::asString).toList())
                    .containsExactlyElementsOf(similar);

            JsonNode price = turn(enId, "how much is it?").at("/replies/0");
            assertThat(price.get("text").asString()).startsWith("The price of the Velvet Matte Lipstick is ¥189. Sorry, "
                    + "we're out of the Velvet Matte Lipstick at the moment. Tap Notify Me on its product page");
            assertThat(skus(price)).hasSize(3).first().isEqualTo("BEA-6005");
            // The cards shown with it are the cards now: the second is the first similar product.
            assertThat(skus(turn(enId, "how much is the second one?").at("/replies/0"))).containsExactly(skus(price).get(1));
        } finally {
            Files.write(file, shipped, StandardCharsets.UTF_8);
            assertThat(recommendations.reloadCatalogue()).isTrue();
        }
    }
}
