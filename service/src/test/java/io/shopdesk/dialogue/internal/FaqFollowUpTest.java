package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.knowledge.KnowledgeSettings;
import io.shopdesk.nlp.ChineseDictionary;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.internal.ChineseStage;
import io.shopdesk.nlp.internal.EnglishStage;
import io.shopdesk.nlp.internal.LanguageStage;
import io.shopdesk.nlp.internal.StageTokenizer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped FAQ, searched again for a follow-up with the last answer's question. */
class FaqFollowUpTest {
    static KnowledgeBase kb;
    static FaqFollowUp followUp;

    @BeforeAll
    static void build() {
        ChineseDictionary dictionary = new ChineseDictionary(Path.of("nlp-models/dictionaries"));
        StageTokenizer tokenizer = new StageTokenizer(new LanguageStage(), new ChineseStage(dictionary), new EnglishStage());
        kb = new KnowledgeBase(new KnowledgeSettings(Path.of("knowledge-base"), 0.35, 0.1, 0.12, 0.8, 0.5, 5,
                Duration.ofHours(1)), dictionary, tokenizer);
        followUp = new FaqFollowUp(kb);
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    private static Optional<String> answer(String text, Language language, String lastFaqId) {
        return followUp.answer(text, language, kb.search(text, language), lastFaqId).map(hit -> hit.entry().id());
    }

    @Test
    void aPlaceAfterTheShippingCostIsTheShippingCostAgain() {
        assertThat(answer("那香港呢", Language.ZH, "shipping-cost")).hasValue("shipping-cost");
        assertThat(answer("新疆呢", Language.ZH, "shipping-cost")).hasValue("shipping-cost");
        assertThat(answer("what about Hong Kong?", Language.EN, "shipping-cost")).hasValue("shipping-cost");
        assertThat(answer("Xinjiang?", Language.EN, "shipping-cost")).hasValue("shipping-cost");
        assertThat(answer("what about Xinjiang?", Language.EN, "shipping-time")).hasValue("shipping-time");
    }

    @Test
    void aVerbWithoutItsObjectIsAskedOfTheLastAnswersTopic() {
        assertThat(answer("可以重开吗", Language.ZH, "invoices-request")).hasValue("invoices-correct-details");
        assertThat(answer("能加急吗", Language.ZH, "shipping-time")).hasValue("shipping-time");
    }

    @Test
    void aShortQuestionOfItsOwnAboutTheLastAnswerIsAnsweredInItsTopic() {
        assertThat(answer("how many months?", Language.EN, "instalments-huabei")).hasValue("instalments-huabei");
        assertThat(answer("多久能开好", Language.ZH, "invoices-request")).hasValue("invoices-request");
    }

    @Test
    void aShortQuestionTheLastAnswersTopicDoesNotReachGetsNothing() {
        assertThat(answer("what's your name?", Language.EN, "instalments-huabei")).isEmpty();
        assertThat(answer("tell me a joke", Language.EN, "instalments-huabei")).isEmpty();
        assertThat(answer("今天天气怎么样", Language.ZH, "invoices-request")).isEmpty();
        assertThat(answer("你是谁", Language.ZH, "invoices-request")).isEmpty();
    }

    @Test
    void aFollowUpTheFaqAnswersOnItsOwnInTheSameTopicGetsThatAnswer() {
        assertThat(answer("国外呢", Language.ZH, "shipping-cost")).hasValue("shipping-international");
        assertThat(answer("国外呢", Language.ZH, "invoices-request")).isEmpty();
    }

    @Test
    void wordsThatNameAnotherTopicNeverGetTheOldAnswer() {
        assertThat(answer("那退货呢", Language.ZH, "shipping-cost")).isEmpty();
        assertThat(answer("那退款呢", Language.ZH, "shipping-cost")).isEmpty();
        assertThat(answer("能退吗", Language.ZH, "shipping-cost")).isEmpty();
    }

    @Test
    void completeQuestionsAndOtherWordingAreNoFollowUps() {
        assertThat(answer("那我的订单到哪了", Language.ZH, "shipping-cost")).isEmpty();
        assertThat(answer("how do I return a jacket?", Language.EN, "shipping-cost")).isEmpty();
        assertThat(answer("好的呢", Language.ZH, "shipping-cost")).isEmpty();
    }

    @Test
    void aMessageTheFaqAnswersOnItsOwnKeepsItsOwnAnswer() {
        KbSearchResult own = kb.search("How do I return a jacket?", Language.EN);
        assertThat(own.answer().map(KbHit::entry).map(e -> e.id())).hasValue("returns-how-to");
        assertThat(followUp.answer("and how do I return a jacket?", Language.EN, own, "shipping-cost")).isEmpty();
    }

    @Test
    void wordsTheFaqTagsOneEntryOfTheTopicWithNameThatEntry() {
        // 专票 alone is invoices-vat-special's best hit but far below the gate; the entry is tagged 专票.
        assertThat(answer("专票呢", Language.ZH, "invoices-request")).hasValue("invoices-vat-special");
        assertThat(answer("那专票呢", Language.ZH, "invoices-request")).hasValue("invoices-vat-special");
        // In English the message alone is answered ("what about a VAT invoice?" shares the entry's words).
        assertThat(kb.search("what about a vat invoice?", Language.EN).answer().map(hit -> hit.entry().id()))
                .hasValue("invoices-vat-special");
    }

    @Test
    void aShortQuestionTheFaqPlacesInAnotherTopicIsReadAgainstTheTopicJustAnswered() {
        // Alone, "How long?" is the warranty repair time and "how much does it cost?" the instalment fee.
        assertThat(kb.search("How long?", Language.EN).answer().map(hit -> hit.entry().id()))
                .hasValue("warranty-repair-time");
        assertThat(answer("How long?", Language.EN, "shipping-cost")).hasValue("shipping-time");
        assertThat(answer("how much does it cost?", Language.EN, "shipping-time")).hasValue("shipping-cost");
    }

    @Test
    void aShortQuestionNamingItsOwnTopicKeepsItsOwnAnswer() {
        assertThat(answer("how long does a refund take?", Language.EN, "shipping-time")).isEmpty();
        assertThat(answer("how much does huabei cost?", Language.EN, "shipping-time")).isEmpty();
    }

    @Test
    void anUnknownLastEntryGivesNothing() {
        assertThat(answer("那香港呢", Language.ZH, "no-such-entry")).isEmpty();
    }
}
