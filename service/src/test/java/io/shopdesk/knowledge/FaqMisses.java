package io.shopdesk.knowledge;

import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.NlpPipeline;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why a paraphrase gets no FAQ answer in the dialogue, for {@link FaqAnswersInDialogueIT} run with
 * {@code -Dfaq.misses=true}: for each message without an answer, the rule the dialogue replied with (a fresh
 * conversation), where the right entry stood in the search without slots and in the whole message's, its probability
 * and coverage, and the gate that stopped the first hit. Also counts the messages the FAQ answers rightly but a rule
 * of the dialogue answers otherwise. Prints; asserts nothing. Not thread-safe (counts as it goes).
 */
final class FaqMisses {
    private static final int RANKED = 10;
    private final NlpPipeline nlp;
    private final KnowledgeBase kb;
    private final DialogueService dialogue;
    private final AnswerGate gate = AnswerGate.SHIPPED;
    private final Map<String, Integer> causes = new TreeMap<>();
    private final Map<String, Integer> rules = new TreeMap<>();
    private final Map<String, Integer> rightButOtherRule = new TreeMap<>();

    FaqMisses(NlpPipeline nlp, KnowledgeBase kb, DialogueService dialogue) {
        this.nlp = nlp;
        this.kb = kb;
        this.dialogue = dialogue;
    }

    static boolean wanted() {
        return Boolean.getBoolean("faq.misses");
    }

    void report(String set, List<KbEvaluator.LabelledQuery> queries) {
        causes.clear();
        rules.clear();
        rightButOtherRule.clear();
        int[] replied = new int[3];
        for (KbEvaluator.LabelledQuery q : queries) {
            Analysis analysis = nlp.analyse(q.query());
            KbSearchResult result = kb.search(analysis);
            var outcome = dialogue.decide(analysis, analysis.language(), new ConversationState());
            var decision = outcome.decision();
            boolean kbAnswer = "kb_answer".equals(decision.getAction());
            replied[!kbAnswer ? 2 : q.expectedIds().contains(decision.getDetail()) ? 0 : 1]++;
            String rule = decision.getRule() + (kbAnswer ? "(" + decision.getDetail() + ")" : "");
            if (result.answer().isPresent()) {
                boolean right = q.expectedIds().contains(result.answer().get().entry().id());
                if (right && !(kbAnswer && q.expectedIds().contains(decision.getDetail()))) {
                    rightButOtherRule.merge(decision.getRule(), 1, Integer::sum);
                    System.out.printf("  right but %s: %s%n", rule, q.query());
                }
                continue;
            }
            KbSearchResult slotless = kb.search(KnowledgeBase.withoutSlots(analysis), analysis.language(), RANKED);
            KbSearchResult whole = kb.search(analysis.text(), analysis.language(), RANKED);
            int rank = rank(slotless, q);
            int wholeRank = rank(whole, q);
            String cause = cause(slotless, rank, whole, wholeRank);
            causes.merge(cause, 1, Integer::sum);
            boolean suggested = outcome.replies().stream().anyMatch(reply -> reply.data().get("suggestions") instanceof List<?> list
                    && list.stream().anyMatch(m -> m instanceof Map<?, ?> map && q.expectedIds().contains(map.get("id"))));
            String reply = decision.getRule() + (suggested ? " (right entry suggested)" : "");
            rules.merge(reply, 1, Integer::sum);
            System.out.printf("  none [%s] %s | %s | intent %s %.2f | %s | whole rank %d %s%n", cause, q.query(), reply,
                    analysis.intentName(), analysis.intent().confidence(), hits(slotless, q), wholeRank,
                    wholeRank > 0 ? describe(whole.hits().get(wholeRank - 1)) : "");
        }
        System.out.printf("FAQ misses %s: causes %s; replied with %s; FAQ right but replied otherwise %s;"
                + " the dialogue's replies: right FAQ answer %d, wrong %d, other %d%n",
                set, causes, rules, rightButOtherRule, replied[0], replied[1], replied[2]);
    }

    private String cause(KbSearchResult slotless, int rank, KbSearchResult whole, int wholeRank) {
        if (wholeRank == 1 && gate.admits(whole.hits().getFirst())) {
            return "slots removed (whole message answered right)";
        }
        if (slotless.hits().isEmpty()) {
            return "nothing found";
        }
        if (rank == 1) {
            return "gate " + failed(slotless.hits().getFirst());
        }
        if (rank == 0) {
            return "right entry not in top " + RANKED;
        }
        return rank <= 3 ? "right entry 2nd-3rd" : "right entry 4th-" + RANKED + "th";
    }

    private String failed(KbHit hit) {
        StringBuilder why = new StringBuilder();
        if (hit.probability() < gate.minProbability()) {
            why.append("probability ");
        }
        if (hit.coverage() < gate.minCoverage()) {
            why.append("coverage ");
        }
        if (hit.confidence() < gate.minConfidence()) {
            why.append("confidence");
        }
        return why.toString().trim();
    }

    private static int rank(KbSearchResult result, KbEvaluator.LabelledQuery q) {
        for (int i = 0; i < result.hits().size(); i++) {
            if (q.expectedIds().contains(result.hits().get(i).entry().id())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String hits(KbSearchResult result, KbEvaluator.LabelledQuery q) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(3, result.hits().size()); i++) {
            KbHit hit = result.hits().get(i);
            s.append(q.expectedIds().contains(hit.entry().id()) ? "*" : "").append(describe(hit)).append(' ');
        }
        return s.toString().trim();
    }

    private static String describe(KbHit hit) {
        return String.format("%s p%.2f c%.2f", hit.entry().id(), hit.probability(), hit.coverage());
    }
}
