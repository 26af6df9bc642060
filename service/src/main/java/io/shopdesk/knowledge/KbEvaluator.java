package io.shopdesk.knowledge;

import io.shopdesk.nlp.Language;
import java.util.List;
import java.util.Set;

/**
 * Measures FAQ retrieval on labelled queries: precision at 1, MRR at 10, recall at 5, how often the answer given is
 * right, and how often unrelated questions are (rightly) left unanswered. Thread-safe (stateless).
 */
public final class KbEvaluator {

    /** A query and the entry ids that answer it. */
    public record LabelledQuery(String query, Set<String> expectedIds) {
    }

    /**
     * @param answeredCorrectly share of queries answered (confident) with a right entry
     * @param answeredWrongly   share of queries answered (confident) with a wrong entry
     * @param unrelatedRejected share of unrelated questions given no answer
     */
    public record Report(int queries, double pAt1, double mrrAt10, double recallAt5, double answeredCorrectly,
                         double answeredWrongly, int unrelated, double unrelatedRejected) {
    }

    private KbEvaluator() {
    }

    public static Report evaluate(KnowledgeBase kb, Language language, List<LabelledQuery> queries, List<String> unrelated) {
        double p1 = 0;
        double mrr = 0;
        double r5 = 0;
        int right = 0;
        int wrong = 0;
        for (LabelledQuery q : queries) {
            KbSearchResult result = kb.search(q.query(), language, 10);
            List<String> ids = result.hits().stream().map(h -> h.entry().id()).toList();
            for (int rank = 0; rank < ids.size(); rank++) {
                if (q.expectedIds().contains(ids.get(rank))) {
                    mrr += 1.0 / (rank + 1);
                    if (rank == 0) {
                        p1++;
                    }
                    if (rank < 5) {
                        r5++;
                    }
                    break;
                }
            }
            if (result.confident()) {
                if (q.expectedIds().contains(ids.getFirst())) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        long rejected = unrelated.stream().filter(u -> !kb.search(u, language, 10).confident()).count();
        int n = queries.size();
        return new Report(n, p1 / n, mrr / n, r5 / n, (double) right / n, (double) wrong / n, unrelated.size(),
                unrelated.isEmpty() ? 1 : (double) rejected / unrelated.size());
    }
}
