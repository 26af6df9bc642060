package io.shopdesk.recommendation.internal;

import static io.shopdesk.recommendation.internal.ShownCardQuestionTest.cards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.recommendation.Product;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question about a shown card's attributes, read with the shipped {@code attribute-questions.csv}: which card and
 * which attributes ("is the second one waterproof?", 第一个是什么材质的, "is the second one machine washable?"), and the
 * messages that use an attribute word as a filter instead ("any waterproof ones?", 有防水的吗), which stay refinements.
 */
class CardAttributeQuestionTest {
    static final AttributeQuestionWords WORDS = AttributeQuestionWords.read(Path.of("knowledge-base/products/attribute-questions.csv"));
    /** "show me jackets": the puffer, the StormShield, the packable rain jacket. */
    static final List<Product> JACKETS = cards("APP-2002", "APP-2001", "APP-2032");
    /** Running things for dad: the chest strap and the two trail running shoes. */
    static final List<Product> FOR_DAD = cards("SPO-5030", "SHO-1017", "SHO-1009");

    /** "attribute[waterproof] APP-2001@2", "price,attribute[material] ...", "which [..]", or "none". */
    static String read(String text, List<Product> shown, String discussed, CardQuestion last, List<AskedAttribute> lastAsked) {
        Optional<ShownCardQuestion> asked = ShownCardQuestion.of(text, shown, discussed, last, lastAsked, null,
                WORDS.in(ShownCardQuestion.normalise(text)));
        return asked.map(q -> q.questions().stream().map(c -> c == CardQuestion.ATTRIBUTE
                        ? "attribute" + q.attributes().stream().map(a -> a.attributes().getFirst()).toList() : c.code())
                .collect(Collectors.joining(",")) + " " + (q.aboutACard() ? q.sku() + "@" + q.position() : "which " + q.choices()))
                .orElse("none");
    }

    static String read(String text) {
        return read(text, JACKETS, null, null, List.of());
    }

    @Test
    void aYesNoQuestionAboutACardByPlaceAsksItsAttribute() {
        assertThat(read("is the second one waterproof?")).isEqualTo("attribute[waterproof] APP-2001@2");
        assertThat(read("第二个防水吗")).isEqualTo("attribute[waterproof] APP-2001@2");
        assertThat(read("第二个是防水的吗")).isEqualTo("attribute[waterproof] APP-2001@2");
        assertThat(read("does the last one have a hood?")).isEqualTo("attribute[hood] APP-2032@3");
        assertThat(read("is the second one machine washable?", FOR_DAD, null, null, List.of()))
                .as("an attribute no product has is still a question about the card").isEqualTo("attribute[machine_washable] SHO-1017@2");
        assertThat(read("第二个能机洗吗", FOR_DAD, null, null, List.of())).isEqualTo("attribute[machine_washable] SHO-1017@2");
    }

    @Test
    void aValueQuestionAsksTheAttributesThatAnswerIt() {
        assertThat(read("what is the first one made of?")).isEqualTo("attribute[material] APP-2002@1");
        assertThat(read("第一个是什么材质的")).isEqualTo("attribute[material] APP-2002@1");
        assertThat(read("how much does the first one weigh?")).as("the weight, not the price").isEqualTo("attribute[weight_g] APP-2002@1");
        assertThat(read("第一个多少钱，什么面料")).isEqualTo("price,attribute[material] APP-2002@1");
        assertThat(read("what's the battery life of the first one?", FOR_DAD, null, null, List.of()))
                .isEqualTo("attribute[battery_hours] SPO-5030@1");
        assertThat(read("第一个续航多久", FOR_DAD, null, null, List.of())).isEqualTo("attribute[battery_hours] SPO-5030@1");
    }

    @Test
    void itAndANameWordPointAtTheCard() {
        assertThat(read("is it waterproof?", JACKETS, "APP-2032", CardQuestion.PRICE, List.of())).isEqualTo("attribute[waterproof] APP-2032@3");
        assertThat(read("它防水吗", JACKETS, "APP-2001", CardQuestion.PRICE, List.of())).isEqualTo("attribute[waterproof] APP-2001@2");
        assertThat(read("is it waterproof?")).as("after three cards, none discussed").isEqualTo("attribute[waterproof] which [1, 2, 3]");
        assertThat(read("is the puffer jacket waterproof?")).isEqualTo("attribute[waterproof] APP-2002@1");
        assertThat(read("what's its battery life?", cards("ELE-3031", "ELE-3001"), "ELE-3031", CardQuestion.PRICE, List.of()))
                .isEqualTo("attribute[battery_hours] ELE-3031@1");
        assertThat(read("防水吗", JACKETS, "APP-2001", CardQuestion.PRICE, List.of()))
                .as("nothing but the question, a card discussed").isEqualTo("attribute[waterproof] APP-2001@2");
    }

    @Test
    void aPlaceAloneAfterAnAttributeQuestionAsksTheSameOfThatCard() {
        List<AskedAttribute> waterproof = WORDS.in("第二个防水吗");
        assertThat(read("第三个呢", JACKETS, "APP-2001", CardQuestion.ATTRIBUTE, waterproof)).isEqualTo("attribute[waterproof] APP-2032@3");
        assertThat(read("what about the first one?", JACKETS, "APP-2001", CardQuestion.ATTRIBUTE, waterproof))
                .isEqualTo("attribute[waterproof] APP-2002@1");
    }

    @Test
    void anAttributeWordUsedAsAFilterStaysARefinement() {
        assertThat(read("any waterproof ones?")).isEqualTo("none");
        assertThat(read("有防水的吗")).isEqualTo("none");
        assertThat(read("有防水的吗", JACKETS, "APP-2002", CardQuestion.PRICE, List.of())).as("a card discussed").isEqualTo("none");
        assertThat(read("有没有防水的外套")).isEqualTo("none");
        assertThat(read("any waterproof ones?", JACKETS, "APP-2002", CardQuestion.PRICE, List.of())).isEqualTo("none");
        assertThat(read("waterproof jackets under 500")).isEqualTo("none");
    }

    @Test
    void termsAreWholeWordsTheLongestFirstOneQuestionPerThingAsked() {
        assertThat(WORDS.in("is it water-resistant? 防水吗").stream().map(AskedAttribute::term).toList()).containsExactly("water-resistant");
        assertThat(WORDS.in("what's the battery life").stream().map(AskedAttribute::term).toList()).containsExactly("battery life");
        assertThat(WORDS.in("is it a handheld display")).extracting(AskedAttribute::term).containsExactly("display");
        assertThat(WORDS.in("the material and the weight").stream().map(AskedAttribute::term).toList())
                .containsExactly("material", "weight");
        assertThat(WORDS.in("does it hoodwink")).isEmpty();
    }

    @Test
    void aBadRowIsRefusedWithItsFileAndLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("attribute-questions.csv");
        Files.writeString(file, "term,kind,attributes,zh,en\nwaterproof,maybe,waterproof,防水,waterproof\n");
        assertThatThrownBy(() -> AttributeQuestionWords.read(file)).hasMessageContaining("line 2")
                .hasMessageContaining("yes_no or value");
        Files.writeString(file, "term,kind,attributes,zh,en\nwaterproof,yes_no,waterproof\n");
        assertThatThrownBy(() -> AttributeQuestionWords.read(file)).hasMessageContaining("line 2");
    }
}
