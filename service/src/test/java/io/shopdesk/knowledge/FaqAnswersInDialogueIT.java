package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.NlpPipeline;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The FAQ answers the dialogue gives, measured on the shipped paraphrase and unrelated-question sets through the real
 * pipeline: each message is analysed (language, entities, intent) and searched as the dialogue searches it, slots left
 * out and, when that finds nothing, within the intent's topic ({@link TopicAnswer}). Unlike {@code kb eval}, which
 * ranks entries for the raw text, this counts what a shopper gets: the right answer, a wrong one, or none (the
 * fallback with suggestions). The floors are the figures recorded in docs/nlu.md less about one point.
 * With {@code -Dfaq.misses=true} it also prints why each paraphrase without an answer got none ({@link FaqMisses}).
 */
@ShopDeskTest
class FaqAnswersInDialogueIT {
    @Autowired
    NlpPipeline nlp;
    @Autowired
    KnowledgeBase kb;
    @Autowired
    io.shopdesk.dialogue.DialogueService dialogue;

    record Counts(int right, int wrong, int none) {
        int total() {
            return right + wrong + none;
        }

        double rightShare() {
            return (double) right / total();
        }

        double wrongShare() {
            return (double) wrong / total();
        }
    }

    Counts answers(List<KbEvaluator.LabelledQuery> queries) {
        int right = 0, wrong = 0, none = 0;
        for (KbEvaluator.LabelledQuery q : queries) {
            var answer = kb.search(nlp.analyse(q.query())).answer();
            if (answer.isEmpty()) {
                none++;
            } else if (q.expectedIds().contains(answer.get().entry().id())) {
                right++;
            } else {
                wrong++;
            }
        }
        return new Counts(right, wrong, none);
    }

    long answered(List<String> unrelated) {
        return unrelated.stream().filter(q -> kb.search(nlp.analyse(q)).confident()).count();
    }

    @Test
    void paraphrasesAreAnsweredAndUnrelatedQuestionsAreNot() throws IOException {
        Counts zh = answers(KnowledgeBaseTest.paraphrases(Language.ZH));
        Counts holdout = answers(KbEvalData.readQueries(KnowledgeBaseTest.SOURCE.resolve("eval/holdout-zh.csv"),
                KbEvalData.readFaq(KnowledgeBaseTest.SOURCE.resolve("faq/faq-zh.yml"), Language.ZH)));
        Counts en = answers(KnowledgeBaseTest.paraphrases(Language.EN));
        if (FaqMisses.wanted()) {
            FaqMisses misses = new FaqMisses(nlp, kb, dialogue);
            misses.report("paraphrases-zh", KnowledgeBaseTest.paraphrases(Language.ZH));
            misses.report("paraphrases-en", KnowledgeBaseTest.paraphrases(Language.EN));
        }
        long unrelatedZh = answered(KnowledgeBaseTest.unrelated(Language.ZH));
        long unrelatedEn = answered(KnowledgeBaseTest.unrelated(Language.EN));
        System.out.printf("FAQ in dialogue: zh %s, holdout-zh %s, en %s, unrelated answered zh %d / en %d%n",
                zh, holdout, en, unrelatedZh, unrelatedEn);
        assertThat(zh.rightShare()).isGreaterThanOrEqualTo(0.58);
        assertThat(zh.wrongShare()).isLessThanOrEqualTo(0.075);
        assertThat(holdout.rightShare()).isGreaterThanOrEqualTo(0.72);
        assertThat(holdout.wrongShare()).isLessThanOrEqualTo(0.075);
        assertThat(en.rightShare()).isGreaterThanOrEqualTo(0.56);
        assertThat(en.wrongShare()).isLessThanOrEqualTo(0.155);
        assertThat(unrelatedZh).isZero();
        assertThat(unrelatedEn).isLessThanOrEqualTo(2);
    }

    /**
     * The slot values leave the search, but when the words left point to the entry the whole message finds, they only
     * said which item the question is about: the whole message's answer is given ({@link KnowledgeBase#search}).
     */
    @Test
    void theWholeMessageIsAnsweredWhenTheWordsLeftWithoutItsSlotsFindTheSameEntry() {
        assertThat(answerTo("羽绒服可以放洗衣机洗吗")).isEqualTo("products-care");
        assertThat(answerTo("我的耳机坏了，保修怎么申请")).isEqualTo("warranty-claim");
        assertThat(answerTo("how do I wash a down jacket without ruining it")).isEqualTo("products-care");
    }

    /** A product's name, or a place and a day, do not carry an answer that the rest of the message does not point to. */
    @Test
    void aProductOrAPlaceAloneCarriesNoAnswer() {
        assertThat(answerTo("where can I buy headphones")).isEqualTo("none");
        assertThat(answerTo("有没有蓝牙耳机")).isEqualTo("none");
        assertThat(answerTo("What's the weather like in Beijing tomorrow?")).isEqualTo("none");
        assertThat(answerTo("明天北京天气怎么样")).isEqualTo("none");
    }

    private String answerTo(String message) {
        return kb.search(nlp.analyse(message)).answer().map(hit -> hit.entry().id()).orElse("none");
    }
}
