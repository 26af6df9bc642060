package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.StompTestClient;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The user story end to end over a real STOMP socket with the real rules, models, catalogue and seeded database:
 * a product question gets cards that satisfy what was asked, a complaint gets none.
 */
@ShopDeskTest
class RecommendationsInChatIT {
    @LocalServerPort
    int port;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.shopdesk.nlp.NlpPipeline nlp;

    /** The products reply of a turn, or null (also for a frame without replies: a person has the conversation). */
    private static JsonNode products(JsonNode turn) {
        if (turn.get("replies") == null) {
            return null;
        }
        return turn.get("replies").valueStream().filter(r -> "products".equals(r.get("type").asString())).findFirst().orElse(null);
    }

    private Product product(JsonNode card) {
        return recommendations.catalogue().find(card.get("sku").asString()).orElseThrow();
    }

    @Test
    void productQuestionsInARowAreAnsweredNotCountedAsMisunderstandings() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode first = shopper.turn(null, "推荐一款跑步鞋", "zh");
            String id = first.get("conversationId").asString();
            for (String text : List.of("有没有防水的跑步鞋", "推荐一款蓝牙耳机")) {
                JsonNode turn = shopper.turn(id, text, "zh");
                assertThat(turn.get("replies").valueStream().map(r -> r.get("type").asString()))
                        .as(text).doesNotContain("handoff");
                assertThat(turn.has("handoff")).as(text).isFalse();
            }
        }
    }

    @Test
    void runningShoesInChineseGetChineseCardsOfInStockRunningShoes() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode turn = shopper.turn(null, "推荐一款跑步鞋", "zh");
            JsonNode reply = products(turn);
            assertThat(reply).as(turn.toString()).isNotNull();
            assertThat(reply.get("text").asString()).isEqualTo("为您推荐以下商品：");
            List<JsonNode> cards = reply.at("/data/cards").valueStream().toList();
            assertThat(cards).hasSize(3);
            for (JsonNode card : cards) {
                Product p = product(card);
                assertThat(p.category()).isEqualTo("shoes");
                // The name, or for the trail and racing shoes (越野跑鞋, 竞速跑鞋) a tag, has the word.
                assertThat(p.nameZh().contains("跑步鞋") || p.tags().contains("跑步鞋")).as(p.nameZh()).isTrue();
                assertThat(p.inStock()).isTrue();
                assertThat(card.get("name").asString()).isEqualTo(p.nameZh());
                assertThat(card.get("link").asString()).isEqualTo("/products/" + p.sku());
                assertThat(card.get("currency").asString()).isEqualTo("CNY");
                assertThat(card.get("why").asString()).isIn("其他顾客都在买", "根据您的购买和评价为您挑选");
                assertThat(card.get("instalments").asBoolean()).isFalse();
            }
            assertThat(reply.at("/data/reason/trigger").asString()).isEqualTo("product_recommendation");
            assertThat(reply.at("/data/reason/rule").asString()).isEqualTo("RecommendOnProductRecommendation");
            assertThat(reply.at("/data/reason/filters/category").asString()).isEqualTo("shoes");
            assertThat(reply.at("/data/reason/financingPreCheck").asString()).isEqualTo("none");
        }
    }

    @Test
    void wirelessEarbudsUnderFiftyDollarsGetEnglishCardsWithinBudget() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode turn = shopper.turn(null, "wireless earbuds under $50", "en");
            JsonNode reply = products(turn);
            assertThat(reply).as(turn.toString()).isNotNull();
            assertThat(reply.get("text").asString()).isEqualTo("Here are some products you might like:");
            List<JsonNode> cards = reply.at("/data/cards").valueStream().toList();
            assertThat(cards).isNotEmpty();
            for (JsonNode card : cards) {
                Product p = product(card);
                assertThat(p.category()).isEqualTo("electronics");
                assertThat(p.nameEn()).containsIgnoringCase("earbuds");
                assertThat(p.has("wireless", "true")).isTrue();
                assertThat(p.price()).isLessThanOrEqualTo(new BigDecimal("360"));
                assertThat(p.inStock()).isTrue();
                assertThat(card.get("name").asString()).isEqualTo(p.nameEn());
                assertThat(card.get("model").asString()).isEqualTo("popularity");
                assertThat(card.get("why").asString()).isEqualTo("Popular with other shoppers");
            }
            assertThat(reply.at("/data/reason/filters/maxPriceCny").decimalValue()).isEqualByComparingTo("360");
            assertThat(reply.at("/data/reason/filters/attributes/wireless").asString()).isEqualTo("true");
        }
    }

    @Test
    void aLaptopUnderTheCheapestLaptopsPriceIsToldSoAndShownTheClosestLaptop() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode turn = shopper.turn(null, "我想买笔记本电脑，5000以内", "zh");
            JsonNode reply = products(turn);
            assertThat(reply).as(turn.toString()).isNotNull();
            assertThat(reply.get("text").asString()).isEqualTo("5,000元以内没有找到合适的，以下是价格最接近的：");
            assertThat(reply.at("/data/reason/overBudget").asBoolean()).isTrue();
            List<Product> shown = reply.at("/data/cards").valueStream().map(this::product).toList();
            assertThat(shown).isNotEmpty().allSatisfy(p -> {
                assertThat(p.nameZh()).contains("笔记本电脑");
                assertThat(p.isAccessory()).isFalse();
            });
        }
        try (StompTestClient shopper = new StompTestClient(port)) {
            // A price named as the product's is the budget too.
            JsonNode turn = shopper.turn(null, "我想买个3000元的笔记本电脑", "zh");
            JsonNode reply = products(turn);
            assertThat(reply).as(turn.toString()).isNotNull();
            assertThat(reply.get("text").asString()).isEqualTo("3,000元以内没有找到合适的，以下是价格最接近的：");
        }
    }

    @Test
    void aProductTypeTheTrainingNeverSawStillFindsItAndPutsItBeforeItsAccessories() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode laptop = products(shopper.turn(null, "I want to buy a laptop", "en"));
            assertThat(laptop).isNotNull();
            List<Product> shown = laptop.at("/data/cards").valueStream().map(this::product).toList();
            assertThat(shown).extracting(Product::nameEn).first().asString().contains("Laptop Air");
            assertThat(shown).allSatisfy(p -> assertThat(p.nameEn()).containsIgnoringCase("laptop"));

            // HanLP reads 平板电脑 as an organisation; the catalogue's word wins.
            JsonNode tablets = products(shopper.turn(null, "有没有平板电脑", "zh"));
            assertThat(tablets).isNotNull();
            assertThat(tablets.at("/data/cards").valueStream().map(this::product))
                    .first().satisfies(p -> assertThat(p.nameZh()).contains("平板电脑"));
        }
    }

    @Test
    void askingForWhatIsSoldOutIsToldSoInsteadOfNotUnderstood() throws Exception {
        Product fryer = recommendations.catalogue().find("HOM-4016").orElseThrow();
        assertThat(fryer.nameEn()).isEqualTo("Air Fryer 5L");
        assertThat(fryer.inStock()).as("the shipped catalogue's air fryer is out of stock").isFalse();
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode turn = shopper.turn(null, "what is the cheapest air fryer", "en");
            assertThat(turn.get("replies").valueStream().map(r -> r.get("type").asString())).containsExactly("products");
            JsonNode reply = products(turn);
            assertThat(reply.get("text").asString()).isEqualTo("Sorry, that is out of stock at the moment: Air Fryer 5L.");
            assertThat(reply.at("/data/cards").size()).isZero();
            assertThat(reply.at("/data/reason/soldOut").valueStream().map(JsonNode::asString)).containsExactly("HOM-4016");
        }
    }

    @Test
    void aFollowUpRefinesTheLastProductsShown() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode first = shopper.turn(null, "recommend some running shoes", "en");
            String id = first.get("conversationId").asString();
            // The cheapest running shoe shown: insoles shown after the shoes are not what "cheaper" compares with.
            BigDecimal cheapest = products(first).at("/data/cards").valueStream().filter(c -> !product(c).isAccessory())
                    .map(c -> c.get("price").decimalValue()).min(BigDecimal::compareTo).orElseThrow();

            JsonNode cheaper = products(shopper.turn(id, "any cheaper ones?", "en"));
            assertThat(cheaper).isNotNull();
            assertThat(cheaper.at("/data/reason/filters/term").asString()).isEqualTo("running shoes");
            assertThat(cheaper.at("/data/reason/filters/maxPriceCny").decimalValue())
                    .isEqualByComparingTo(cheapest.subtract(new BigDecimal("0.01")));
            assertThat(cheaper.at("/data/reason/cheaperThanCny").decimalValue()).isEqualByComparingTo(cheapest);
            if (cheaper.get("text").asString().startsWith("Nothing")) {
                // Nothing cheaper: said so against the cheapest shoe shown, with the cheapest running shoes below the words.
                assertThat(cheaper.get("text").asString()).isEqualTo("Nothing that matches costs less than ¥"
                        + cheapest.setScale(0, java.math.RoundingMode.HALF_UP) + "; these are the lowest-priced ones that do:");
                assertThat(cheaper.at("/data/cards").valueStream().map(this::product))
                        .isNotEmpty().allSatisfy(p -> assertThat(p.price()).isGreaterThanOrEqualTo(cheapest));
            } else {
                assertThat(cheaper.at("/data/cards").valueStream().map(c -> c.get("price").decimalValue()))
                        .allSatisfy(price -> assertThat(price).isLessThan(cheapest));
            }
        }
        try (StompTestClient shopper = new StompTestClient(port)) {
            // Two running shoes under 500 and the insoles after them: cheaper than the ¥329 shoe, not the ¥99 insoles.
            JsonNode first = shopper.turn(null, "I need running shoes under 500", "en");
            String id = first.get("conversationId").asString();
            assertThat(products(first).at("/data/cards").valueStream().map(c -> c.get("sku").asString()))
                    .containsExactly("SHO-1015", "SHO-1016", "SHO-1027");
            JsonNode cheaper = products(shopper.turn(id, "something cheaper?", "en"));
            assertThat(cheaper.get("text").asString())
                    .isEqualTo("Nothing that matches costs less than ¥329; these are the lowest-priced ones that do:");
            assertThat(cheaper.at("/data/cards").valueStream().map(c -> c.get("sku").asString()))
                    .as("the cheapest running shoes, the ¥329 one first; not the insoles")
                    .containsExactly("SHO-1015", "SHO-1016", "SHO-1014");
        }
        try (StompTestClient shopper = new StompTestClient(port)) {
            String id = shopper.turn(null, "recommend some running shoes", "en").get("conversationId").asString();
            JsonNode turn = shopper.turn(id, "do you have them in black?", "en");
            JsonNode black = products(turn);
            assertThat(black).as(turn.toString()).isNotNull();
            assertThat(black.at("/data/reason/trigger").asString()).isIn("follow_up", "product_recommendation", "product_inquiry");
            // The catalogue's black running shoes.
            assertThat(black.at("/data/cards").valueStream().map(c -> c.get("sku").asString()))
                    .isNotEmpty().isSubsetOf("SHO-1001", "SHO-1014");
        }
        try (StompTestClient shopper = new StompTestClient(port)) {
            // The women's running shoes (tag "women").
            String id = shopper.turn(null, "recommend some running shoes", "en").get("conversationId").asString();
            JsonNode women = products(shopper.turn(id, "what about for women?", "en"));
            assertThat(women).isNotNull();
            assertThat(women.at("/data/cards").valueStream().map(c -> c.get("sku").asString()))
                    .isNotEmpty().isSubsetOf("SHO-1002", "SHO-1016");
        }
    }

    @Test
    void cheaperNeverShowsAProductOutsideTheRequest() throws Exception {
        // Gifts for the elderly (recipient adults), then cheaper again and again in every way of asking: every card is a
        // gift for them (no kids' toy, no foam roller), cheaper than the cheapest shown or, when none is, said so.
        for (String[] words : new String[][] {
                {"zh", "有没有适合送老人的礼物", "预算500以内", "有没有更便宜的", "便宜点的", "便宜一点", "有没有便宜些的", "更便宜的"},
                {"en", "any gift ideas for elderly parents?", "under 500", "cheaper", "anything cheaper?",
                        "something less expensive", "lower price?"}}) {
            try (StompTestClient shopper = new StompTestClient(port)) {
                JsonNode first = shopper.turn(null, words[1], words[0]);
                String id = first.get("conversationId").asString();
                JsonNode shown = products(shopper.turn(id, words[2], words[0]));
                for (int ask = 3; ask < words.length; ask++) {
                    BigDecimal cheapest = shown.at("/data/cards").valueStream().map(c -> c.get("price").decimalValue())
                            .min(BigDecimal::compareTo).orElseThrow();
                    JsonNode turn = shopper.turn(id, words[ask], words[0]);
                    JsonNode reply = products(turn);
                    assertThat(reply).as(words[ask] + ": " + turn).isNotNull();
                    List<Product> cards = reply.at("/data/cards").valueStream().map(this::product).toList();
                    assertThat(cards).as(words[ask]).isNotEmpty().allSatisfy(p -> {
                        assertThat(p.tags()).as(p.nameEn() + " is a gift").contains("gift");
                        assertThat(p.audience()).as(p.nameEn() + " is for the elderly").isNotIn("kids", "baby");
                    });
                    boolean noneCheaper = reply.get("text").asString().startsWith(words[0].equals("zh") ? "没有比" : "Nothing");
                    assertThat(cards).as(words[ask] + ": " + reply.get("text").asString())
                            .allSatisfy(p -> assertThat(p.price().compareTo(cheapest) < 0).isEqualTo(!noneCheaper));
                    shown = reply;
                }
            }
        }
        // A runner's gifts: running things, cheaper and cheaper until none is, never another group's.
        try (StompTestClient shopper = new StompTestClient(port)) {
            String id = shopper.turn(null, "looking for a gift for my dad, he likes running", "en").get("conversationId").asString();
            for (int ask = 0; ask < 4; ask++) {
                JsonNode reply = products(shopper.turn(id, "something cheaper", "en"));
                assertThat(reply.at("/data/cards").valueStream().map(this::product)).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.tags()).as(p.nameEn()).contains("running"))
                        .allSatisfy(p -> assertThat(p.audience()).as(p.nameEn()).isNotIn("women", "kids", "baby"));
            }
        }
    }

    @Test
    void aSizeAskedForFiltersTheCards() throws Exception {
        for (String[] words : new String[][] {{"en", "do you have running shoes in size 44", "44"},
                {"zh", "有没有44码的跑步鞋", "44"}, {"en", "running shoes in size 37?", "37"}, {"zh", "我穿37的，推荐几双跑步鞋", "37"}}) {
            try (StompTestClient shopper = new StompTestClient(port)) {
                JsonNode turn = shopper.turn(null, words[1], words[0]);
                JsonNode reply = products(turn);
                assertThat(reply).as(turn.toString()).isNotNull();
                assertThat(reply.at("/data/cards").valueStream().map(this::product)).as(words[1]).hasSize(3)
                        .allSatisfy(p -> assertThat(p.has(ProductQuery.SIZE, words[2])).as(p.nameEn() + " " + p.attributes())
                                .isTrue());
            }
        }
    }

    @Test
    void dearerShowsOnlyProductsThatCostMoreUntilThereAreNone() throws Exception {
        // The last word: the dearest such product sold (in stock), which the asking must reach.
        for (String[] words : new String[][] {{"en", "recommend some running shoes", "any more expensive ones?",
                "Nothing that matches costs more than ¥", "1599"}, {"zh", "推荐一双跑鞋", "有没有贵一点的", "没有比", "1599"},
                {"zh", "推荐一款蓝牙耳机", "有没有贵一点的", "没有比", "1499"}}) {
            try (StompTestClient shopper = new StompTestClient(port)) {
                JsonNode first = shopper.turn(null, words[1], words[0]);
                String id = first.get("conversationId").asString();
                BigDecimal dearest = dearest(products(first));
                JsonNode reply = null;
                for (int ask = 0; ask < 10; ask++) {
                    JsonNode turn = shopper.turn(id, words[2], words[0]);
                    reply = products(turn);
                    assertThat(reply).as(turn.toString()).isNotNull();
                    assertThat(reply.at("/data/reason/filters/term").asString()).as(turn.toString()).isNotEmpty();
                    assertThat(reply.at("/data/reason/pricierThanCny").decimalValue()).isEqualByComparingTo(dearest);
                    if (reply.at("/data/cards").isEmpty()) {
                        break;
                    }
                    BigDecimal floor = dearest;
                    assertThat(reply.at("/data/cards").valueStream().map(c -> c.get("price").decimalValue()))
                            .allSatisfy(price -> assertThat(price).isGreaterThan(floor));
                    dearest = dearest(reply);
                }
                assertThat(reply.get("text").asString()).as("the dearest shown is the dearest sold").startsWith(words[3]);
                assertThat(dearest).as(words[1] + ": the dearest reached").isEqualByComparingTo(words[4]);
            }
        }
    }

    private static BigDecimal dearest(JsonNode products) {
        return products.at("/data/cards").valueStream().map(c -> c.get("price").decimalValue())
                .max(BigDecimal::compareTo).orElseThrow();
    }

    @Test
    void moreShowsOtherProductsOfTheSameQueryAndSaysWhenThereAreNoMore() throws Exception {
        // The last page may hold only sold-out products (轻风轻量跑步鞋): still "no more", never a sold-out notice for
        // products the shopper did not ask for.
        for (String[] words : new String[][] {{"zh", "推荐一双跑鞋", "还有别的吗", "符合条件的商品就这些了"},
                {"zh", "推荐跑步鞋", "换一批", "符合条件的商品就这些了"},
                {"en", "recommend some running shoes", "show me more", "That's everything we have that matches"}}) {
            try (StompTestClient shopper = new StompTestClient(port)) {
                JsonNode first = shopper.turn(null, words[1], words[0]);
                String id = first.get("conversationId").asString();
                List<String> shown = new java.util.ArrayList<>(products(first).at("/data/cards").valueStream()
                        .map(c -> c.get("sku").asString()).toList());
                assertThat(shown).isNotEmpty();
                boolean ended = false;
                for (int turn = 0; turn < 10 && !ended; turn++) {
                    JsonNode reply = shopper.turn(id, words[2], words[0]);
                    JsonNode more = products(reply);
                    assertThat(more).as(reply.toString()).isNotNull();
                    List<String> next = more.at("/data/cards").valueStream().map(c -> c.get("sku").asString()).toList();
                    if (next.isEmpty()) {
                        assertThat(turn).as("a second page of running shoes before the end").isPositive();
                        assertThat(more.get("text").asString()).as(words[1]).startsWith(words[3]);
                        ended = true;
                    } else {
                        assertThat(next).doesNotContainAnyElementsOf(shown);
                        shown.addAll(next);
                    }
                }
                assertThat(ended).as("never ran out of running shoes: " + shown).isTrue();
            }
        }
    }

    @Test
    void gibberishGetsNoPopularProducts() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            for (String text : new String[] {"uiop", "asdf qwer"}) {
                JsonNode turn = shopper.turn(null, text, "en");
                assertThat(products(turn)).as(turn.toString()).isNull();
            }
        }
    }

    @Test
    void aProductNamedInThanksGetsNoCardsAndNoSoldOutNotice() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode turn = shopper.turn(null, "thanks, the sweater fits perfectly", "en");
            assertThat(products(turn)).as(turn.toString()).isNull();
        }
    }

    @Test
    void aNamedProductThatIsSoldOutIsSaidSoWithSimilarOnes() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode turn = shopper.turn(null, "Do you have the Air Fryer 5L?", "en");
            JsonNode reply = products(turn);
            assertThat(reply).as(turn.toString()).isNotNull();
            assertThat(reply.get("text").asString()).startsWith("Air Fryer 5L is out of stock at the moment")
                    .doesNotContain("{product}");
            assertThat(reply.at("/data/reason/soldOut").valueStream().map(JsonNode::asString)).containsExactly("HOM-4016");
            assertThat(reply.at("/data/cards").valueStream().map(c -> c.get("sku").asString())).doesNotContain("HOM-4016");
        }
    }

    @Test
    void aComplaintNamingAProductGetsNoCards() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode complaint = shopper.turn(null, "我要投诉，你们的鞋子质量太差了", "zh");
            assertThat(complaint.at("/analysis/intent/name").asString()).isEqualTo("complaint");
            assertThat(complaint.at("/analysis/entities/0/value").asString()).isEqualTo("shoes");
            // The escalation rules hand an angry complaint to a person; no upsell rides along.
            assertThat(complaint.get("replies").valueStream().map(r -> r.get("type").asString()).toList())
                    .containsExactly("handoff");
        }
    }

    @Test
    void aProductQuestionRightAfterAComplaintGetsNoCardsFromTheRules() {
        // The same turn with and without a complaint as the previous intent, through the real pipeline, rules and
        // models, and no escalation in between: only the complaint changes the answer.
        var analysis = nlp.analyse("推荐一款跑步鞋");
        var afterComplaint = recommendations.recommend(new RecommendationRequest(null, analysis,
                io.shopdesk.nlp.Language.ZH, null, "complaint", false, "fallback", null));
        var afterGreeting = recommendations.recommend(new RecommendationRequest(null, analysis,
                io.shopdesk.nlp.Language.ZH, null, "greeting", false, "fallback", null));
        var whileEscalated = recommendations.recommend(new RecommendationRequest(null, analysis,
                io.shopdesk.nlp.Language.ZH, null, "greeting", true, "fallback", null));
        assertThat(afterComplaint).isEmpty();
        assertThat(whileEscalated).isEmpty();
        assertThat(afterGreeting).get().extracting(s -> s.reason().get("rule")).isEqualTo("RecommendOnProductRecommendation");
    }

    @Test
    void aDeliveredOrderBringsAccessoriesOfWhatWasBought() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode turn = shopper.turn(null, "Where is my order SD10000002? My phone ends in 4321", "en");
            assertThat(turn.at("/replies/0/type").asString()).as(turn.toString()).isEqualTo("order_status");
            assertThat(turn.at("/replies/0/data/status").asString()).isEqualTo("delivered");
            JsonNode reply = products(turn);
            assertThat(reply).as(turn.toString()).isNotNull();
            assertThat(reply.get("text").asString()).isEqualTo("Now that your order has arrived, these might go well with it:");
            assertThat(reply.at("/data/reason/trigger").asString()).isEqualTo("delivered_order");
            List<JsonNode> cards = reply.at("/data/cards").valueStream().toList();
            assertThat(cards).isNotEmpty();
            for (JsonNode card : cards) {
                Product p = product(card);
                assertThat(p.accessoryOf("apparel")).as(p.sku()).isTrue();
                assertThat(p.inStock()).isTrue();
                assertThat(card.get("why").asString()).startsWith("Goes with your clothes");
                assertThat(card.get("rule").asString()).isEqualTo("AccessoriesAfterDelivery");
            }
        }
    }

    @Test
    void anIdentifiedShopperWhoPassesThePreCheckIsOfferedInstalmentsOnEligibleItems() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            String id = shopper.turn(null, "查一下订单SD10000001，尾号5678", "zh").get("conversationId").asString();
            JsonNode turn = shopper.turn(id, "推荐一款降噪耳机", "zh");
            JsonNode reply = products(turn);
            assertThat(reply).as(turn.toString()).isNotNull();
            assertThat(reply.at("/data/reason/financingPreCheck").asString()).isEqualTo("APPROVE");
            List<JsonNode> cards = reply.at("/data/cards").valueStream().toList();
            assertThat(cards).isNotEmpty();
            assertThat(cards).anyMatch(c -> c.get("instalments").asBoolean());
            for (JsonNode card : cards) {
                Product p = product(card);
                assertThat(card.get("instalments").asBoolean()).as(p.sku()).isEqualTo(p.instalments());
                assertThat(card.get("why").asString().endsWith(" · 支持分期付款")).as(p.sku()).isEqualTo(p.instalments());
            }
        }
    }

    @Test
    void theCardLinkOpensTheProductPage() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/products/ELE-3013")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Wireless Earbuds Lite</h1>").contains("无线蓝牙耳机青春版").contains("¥199.00");
        HttpResponse<String> missing = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/products/NOPE-1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void theDatabaseProductsAgreeWithTheCatalogueFile() {
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT sku, name_zh, name_en, category, brand, price, stock, attributes, tags, instalments_allowed
                FROM products ORDER BY id""").query().listOfRows();
        List<Product> file = recommendations.catalogue().all();
        assertThat(rows).hasSize(file.size()).hasSizeGreaterThanOrEqualTo(200);
        for (int i = 0; i < file.size(); i++) {
            Product p = file.get(i);
            Map<String, Object> row = rows.get(i);
            assertThat(row.get("sku")).isEqualTo(p.sku());
            assertThat(row.get("name_zh")).as(p.sku()).isEqualTo(p.nameZh());
            assertThat(row.get("name_en")).as(p.sku()).isEqualTo(p.nameEn());
            assertThat(row.get("category")).as(p.sku()).isEqualTo(p.category());
            assertThat(row.get("brand")).as(p.sku()).isEqualTo(p.brand());
            assertThat((BigDecimal) row.get("price")).as(p.sku()).isEqualByComparingTo(p.price());
            assertThat(row.get("stock")).as(p.sku()).isEqualTo(p.stock());
            assertThat(row.get("tags")).as(p.sku()).isEqualTo(String.join(",", p.tags()));
            assertThat(row.get("instalments_allowed")).as(p.sku()).isEqualTo(p.instalments());
        }
        assertThat(file.stream().filter(p -> !p.inStock()).count()).isGreaterThanOrEqualTo(10);
    }
}
