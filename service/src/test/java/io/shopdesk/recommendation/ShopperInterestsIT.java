package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.TurnResult;
import io.shopdesk.dialogue.Reply;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A shopper says what the person they buy for likes ("a gift for my dad, he likes running", 给喜欢跑步的老爸买礼物): through
 * the real chat (pipeline, dialogue and recommendation rules, models, catalogue, seeded database) the cards are
 * products for it, for that person, and stay so for "something cheaper"; the reason shows the interest for the agent.
 */
@ShopDeskTest
class ShopperInterestsIT {
    @Autowired
    ChatService chat;

    @Autowired
    RecommendationService recommendations;

    /** One conversation of one shopper. */
    private final class Shopper {
        private final String locale;
        private final String key;
        private String conversation;

        Shopper(String locale, String key) {
            this.locale = locale;
            this.key = key;
        }

        Reply say(String text) {
            TurnResult result = chat.handle(conversation, text, locale, "interests-" + key);
            conversation = result.conversationId();
            return result.replies().stream().filter(r -> "products".equals(r.type())).findFirst()
                    .orElseThrow(() -> new AssertionError(text + " got no products: " + result.replies()));
        }
    }

    private List<Product> cards(Reply reply) {
        return ((List<?>) reply.data().get("cards")).stream()
                .map(card -> recommendations.catalogue().find(((ProductCard) card).sku()).orElseThrow()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reason(Reply reply) {
        return (Map<String, Object>) reply.data().get("reason");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> filters(Reply reply) {
        return (Map<String, Object>) reason(reply).get("filters");
    }

    /** Three running products for anyone or for men, the reason naming the interest, each card matching it. */
    private List<Product> runningForDad(Reply reply, String intro) {
        List<Product> cards = cards(reply);
        assertThat(reply.text()).isEqualTo(intro);
        assertThat(cards).as(reply.toString()).hasSize(3).allSatisfy(p -> {
            assertThat(p.tags()).as(p.nameEn()).contains("running");
            assertThat(p.audience()).as(p.nameEn()).isIn(null, "men");
            assertThat(p.inStock()).as(p.nameEn()).isTrue();
        });
        assertThat(filters(reply)).containsEntry("recipient", "men").containsEntry("interests", List.of("running"));
        assertThat(reason(reply).get("interestMatches")).isEqualTo(cards.stream().map(Product::sku).toList());
        assertThat(reason(reply)).doesNotContainKey("interestUnmatched");
        return cards;
    }

    private static BigDecimal cheapest(List<Product> cards) {
        return cards.stream().filter(p -> !p.isAccessory()).map(Product::price).min(BigDecimal::compareTo)
                .orElseGet(() -> cards.stream().map(Product::price).min(BigDecimal::compareTo).orElseThrow());
    }

    @Test
    void aGiftForADadWhoLikesRunningIsRunningThingsForHimAndCheaperOnesStaySo() {
        for (String message : List.of("looking for a gift for my dad, he likes running",
                "a gift for my dad who loves running", "running gear as a gift for my dad")) {
            Shopper shopper = new Shopper("en", "en-" + message.length());
            Reply reply = shopper.say(message);
            assertThat(filters(reply)).as(message).containsEntry("gift", true);
            List<Product> first = runningForDad(reply, "Here are some products you might like:");
            Reply cheaper = shopper.say("something cheaper");
            List<Product> cheaperCards = runningForDad(cheaper, "These cost less than ¥" + cheapest(first).intValue() + ":");
            assertThat(cheaperCards).allSatisfy(p -> assertThat(p.price()).isLessThan(cheapest(first)));
        }
    }

    @Test
    void theSameInChinese() {
        for (String message : List.of("给我爸买个礼物，他喜欢跑步", "给喜欢跑步的老爸买礼物")) {
            Shopper shopper = new Shopper("zh", "zh-" + message.length());
            List<Product> first = runningForDad(shopper.say(message), "为您推荐以下商品：");
            List<Product> cheaper = runningForDad(shopper.say("便宜点的"), "以下商品价格低于" + cheapest(first).intValue() + "元：");
            assertThat(cheaper).allSatisfy(p -> assertThat(p.price()).isLessThan(cheapest(first)));
        }
    }

    @Test
    void whenNothingForTheInterestFitsTheCardsAreTheUsualOnesAndTheReplySaysSo() {
        // No running product costs 45 or less: the products under it for him, and no claim that they are for running.
        Shopper shopper = new Shopper("en", "unmatched-en");
        Reply reply = shopper.say("a gift for my dad who loves running under 45 yuan");
        assertThat(reply.text()).isEqualTo(
                "Nothing I found for that interest fits what you asked for; here are some other ideas:");
        assertThat(cards(reply)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.tags()).doesNotContain("running");
            assertThat(p.price()).isLessThanOrEqualTo(new BigDecimal("45"));
        });
        assertThat(reason(reply)).containsEntry("interestUnmatched", true).containsEntry("interestMatches", List.of());
        Shopper zh = new Shopper("zh", "unmatched-zh");
        assertThat(zh.say("给喜欢跑步的老爸买个45元以内的礼物").text()).isEqualTo("没有找到与这个爱好相关又符合您要求的商品，以下是其他推荐：");
    }

    @Test
    void aGiftWithoutAnInterestAndRunningShoesUnderAPriceAreAsBefore() {
        Reply mom = new Shopper("en", "mom").say("a gift for my mom");
        assertThat(filters(mom)).doesNotContainKey("interests").containsEntry("recipient", "women");
        assertThat(reason(mom)).doesNotContainKey("interestMatches");
        Reply shoes = new Shopper("en", "shoes").say("running shoes under 500");
        assertThat(filters(shoes)).doesNotContainKey("interests").containsEntry("term", "running shoes");
        assertThat(cards(shoes)).isNotEmpty().allSatisfy(p -> assertThat(p.nameEn()).containsIgnoringCase("running"));
    }

    @Test
    void otherInterestsAndSomeoneWhoIsOne() {
        assertThat(cards(new Shopper("en", "coffee").say("a gift for my mom, she is a coffee lover")))
                .isNotEmpty().allSatisfy(p -> assertThat(p.tags()).contains("coffee"));
        assertThat(cards(new Shopper("zh", "yoga").say("给老婆买个礼物，她喜欢瑜伽")))
                .allSatisfy(p -> assertThat(p.tags()).contains("yoga"));
        Reply runner = new Shopper("en", "runner").say("any ideas for a runner?");
        assertThat(filters(runner)).containsEntry("interests", List.of("running"));
        assertThat(cards(runner)).first().satisfies(p -> assertThat(p.tags()).contains("running"));
    }
}
