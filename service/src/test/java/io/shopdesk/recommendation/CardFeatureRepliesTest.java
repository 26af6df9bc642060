package io.shopdesk.recommendation;

import static io.shopdesk.recommendation.CardComparisonRepliesTest.CATALOGUE;
import static io.shopdesk.recommendation.CardComparisonRepliesTest.cards;
import static io.shopdesk.recommendation.CardComparisonRepliesTest.decision;
import static io.shopdesk.recommendation.CardComparisonRepliesTest.replies;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.AskedAttribute;
import io.shopdesk.recommendation.internal.AttributeQuestionWords;
import io.shopdesk.recommendation.internal.ShownCardQuestion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The answers to a question about a card's feature the catalogue has no word for ("does the first one have a backlit
 * keyboard?" after a laptop: it doesn't say, the product page or a person), a card's feature it has (backlit), and a
 * card question with no cards shown or beyond them (no such card; which product?), from the real texts.
 */
class CardFeatureRepliesTest {
    static final AttributeQuestionWords WORDS = AttributeQuestionWords.read(Path.of("knowledge-base/products/attribute-questions.csv"));

    static ProductSuggestions answer(Language language, String text, List<Product> shown) {
        List<AskedAttribute> words = WORDS.in(ShownCardQuestion.normalise(text));
        Optional<ShownCardQuestion> asked = shown.isEmpty() ? ShownCardQuestion.withoutCards(text, null, words)
                : ShownCardQuestion.of(text, shown, null, null, List.of(), null, words);
        return replies(language).answer(List.of(asked.orElseThrow()), shown, decision(), List.of());
    }

    @Test
    void aFeatureTheCatalogueHasNoWordForIsToldHonestly() {
        ProductSuggestions en = answer(Language.EN, "does it come with a charger?", cards("ELE-3011"));
        assertThat(en.text()).isEqualTo("Our catalogue doesn't say whether the PixelArc Laptop Air 14 comes with a charger. "
                + "Tap its card for the product page with the full specs, or type \"agent\" and a colleague will check.");
        assertThat(en.cards()).extracting(ProductCard::sku).containsExactly("ELE-3011");
        assertThat(answer(Language.EN, "does it have a touchpad?", cards("SHO-1017")).text())
                .as("a name in the plural").startsWith("Our catalogue doesn't say whether the TrailPeak Waterproof Trail Running Shoes have a touchpad.");
        assertThat(answer(Language.ZH, "第一个有没有指纹解锁", cards("ELE-3011")).text())
                .isEqualTo("商品资料里没有写明PixelArc 14英寸轻薄笔记本电脑是否有指纹解锁。可以点开卡片进入商品页查看完整参数，或输入“人工”请同事帮您确认。");
    }

    @Test
    void backlitIsAnsweredFromTheCatalogue() {
        assertThat(answer(Language.EN, "is the first one backlit?", cards("ELE-3007", "ELE-3021")).text())
                .isEqualTo("Yes — the K87 Mechanical Keyboard is backlit (RGB).");
        assertThat(answer(Language.ZH, "第一个有背光吗", cards("ELE-3007", "ELE-3021")).text())
                .isEqualTo("是的，K87无线机械键盘是带背光的（RGB背光）。");
        assertThat(answer(Language.EN, "does the first one have a backlit keyboard?", cards("ELE-3011")).text())
                .startsWith("Our catalogue doesn't say whether the PixelArc Laptop Air 14 is backlit.");
    }

    @Test
    void noCardsShownOrAPlaceBeyondThemAsksWhichProduct() {
        ProductSuggestions none = answer(Language.ZH, "第一个容量多大", List.of());
        assertThat(none.text()).isEqualTo("这次对话里还没有为您推荐过商品，不确定您说的是哪一款。您问的是哪个商品呢？告诉我商品名称或想找的东西就可以。");
        assertThat(none.cards()).isEmpty();
        assertThat(none.reason()).containsEntry("beyond", 1);
        assertThat(answer(Language.EN, "is the second one waterproof?", List.of()).text()).isEqualTo("I haven't shown you any "
                + "products in this chat yet, so I'm not sure which one you mean. Which product are you asking about? "
                + "Tell me its name or what you're looking for.");
        ProductSuggestions beyond = answer(Language.EN, "is the third one in stock?", cards("ELE-3007", "ELE-3021"));
        assertThat(beyond.text()).isEqualTo("There is no product 3 among the cards I showed; they are 1. K87 Mechanical "
                + "Keyboard, 2. Tablet Keyboard Cover. Which one do you mean?");
        assertThat(beyond.cards()).isEmpty();
    }

    @Test
    void anEnglishPredicateAgreesWithItsSubject() {
        assertThat(CardAttributeReplies.predicate("have a backlit keyboard", false)).isEqualTo("has a backlit keyboard");
        assertThat(CardAttributeReplies.predicate("have a backlit keyboard", true)).isEqualTo("have a backlit keyboard");
        assertThat(CardAttributeReplies.predicate("be good for gaming", false)).isEqualTo("is good for gaming");
        assertThat(CardAttributeReplies.predicate("be good for gaming", true)).isEqualTo("are good for gaming");
        assertThat(CardAttributeReplies.predicate("come with a charger", false)).isEqualTo("comes with a charger");
        assertThat(CardAttributeReplies.predicate("support fast charging", true)).isEqualTo("support fast charging");
        assertThat(CardAttributeReplies.predicate("can be used for hiking", false)).isEqualTo("can be used for hiking");
    }
}
