package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.Token;
import io.shopdesk.recommendation.ProductCatalogue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which questions are "do you sell X?" for an X the shipped catalogue does not have. */
class AvailabilityQuestionTest {
    static final ProductCatalogue CATALOGUE = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));

    /** A message as the pipeline tags it: each word with its part of speech, "word/POS" separated by spaces. */
    private static Analysis analysis(Language language, String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            if (language == Language.EN && !text.isEmpty() && Character.isLetterOrDigit(word.charAt(0))) {
                text.append(' ');
            }
            tokens.add(new Token(word, pair.substring(slash + 1), text.length(), text.length() + word.length()));
            text.append(word);
        }
        return new Analysis(text.toString(), language, false, true, language.code(), tokens, List.of(), null, Map.of());
    }

    @Test
    void askingWhetherTheShopSellsAThingNoProductIsFindsTheThing() {
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.EN, "do/AUX you/PRON sell/VERB boats/NOUN ?/PUNCT"), CATALOGUE))
                .contains("boats");
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.EN,
                "does/AUX your/PRON store/NOUN carry/VERB pianos/NOUN"), CATALOGUE)).contains("pianos");
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.ZH, "你们/rr 卖/v 房子/n 吗/y"), CATALOGUE)).contains("房子");
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.ZH, "有/vyou 没有/v 卖/v 汽车/n 的/ude1"), CATALOGUE))
                .contains("汽车");
    }

    @Test
    void aThingTheCatalogueHasByNameOrTagIsNotUnsold() {
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.EN, "do/AUX you/PRON sell/VERB perfume/NOUN ?/PUNCT"), CATALOGUE))
                .isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.EN, "do/AUX you/PRON have/VERB tents/NOUN"), CATALOGUE)).isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.ZH, "有/vyou 没有/v 耳机/n"), CATALOGUE)).isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.ZH, "有/vyou 卖/v 香水/n 的/ude1 吗/y"), CATALOGUE)).isEmpty();
    }

    @Test
    void aRequestThatNamesNoThingIsNotAnAvailabilityQuestion() {
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.EN,
                "do/AUX you/PRON have/VERB anything/PRON for/ADP a/DET picnic/NOUN"), CATALOGUE)).isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.EN,
                "can/AUX you/PRON recommend/VERB a/DET boat/NOUN"), CATALOGUE)).isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.ZH, "有/vyou 没有/v 便宜/a 一点/m 的/ude1"), CATALOGUE)).isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.ZH, "有/vyou 没有/v 优惠/vn"), CATALOGUE)).isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.EN, "do/AUX you/PRON sell/VERB fast/ADV"), CATALOGUE)).isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.EN,
                "so/ADV ".repeat(60) + "do/AUX you/PRON sell/VERB boats/NOUN"), CATALOGUE)).as("longer than a question").isEmpty();
    }

    @Test
    void aServiceTheShopMayOfferIsNotAProductItLacks() {
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.ZH, "你们/rr 有/vyou 客服/n 吗/y"), CATALOGUE)).isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.ZH, "你们/rr 有/vyou 实体店/n 吗/y"), CATALOGUE)).isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.EN,
                "do/AUX you/PRON have/VERB a/DET physical/ADJ store/NOUN ?/PUNCT"), CATALOGUE)).isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.EN,
                "do/AUX you/PRON have/VERB any/DET black/ADJ ones/NOUN ?/PUNCT"), CATALOGUE)).isEmpty();
        assertThat(AvailabilityQuestion.unsoldThing(analysis(Language.EN, "do/AUX you/PRON sell/VERB a/DET boat/NOUN"), CATALOGUE))
                .contains("boat");
        assertThat(AvailabilityQuestion.asksForAService(analysis(Language.ZH, "你们/rr 有/vyou 实体店/n 吗/y"))).isTrue();
        assertThat(AvailabilityQuestion.asksForAService(analysis(Language.EN,
                "do/AUX you/PRON have/VERB a/DET physical/ADJ store/NOUN ?/PUNCT"))).isTrue();
        assertThat(AvailabilityQuestion.asksForAService(analysis(Language.ZH, "你们/rr 卖/v 房子/n 吗/y"))).isFalse();
    }
}
