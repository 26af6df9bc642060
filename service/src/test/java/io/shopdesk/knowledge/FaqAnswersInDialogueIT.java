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
        assertThat(zh.rightShare()).isGreaterThanOrEqualTo(0.54);
        assertThat(zh.wrongShare()).isLessThanOrEqualTo(0.075);
        assertThat(holdout.rightShare()).isGreaterThanOrEqualTo(0.69);
        assertThat(holdout.wrongShare()).isLessThanOrEqualTo(0.09);
        assertThat(en.rightShare()).isGreaterThanOrEqualTo(0.52);
        assertThat(en.wrongShare()).isLessThanOrEqualTo(0.165);
        assertThat(unrelatedZh).isZero();
        assertThat(unrelatedEn).isLessThanOrEqualTo(2);
    }
}
