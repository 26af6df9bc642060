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

    /** A search to measure: the service's FAQ search, or a baseline. */
    @FunctionalInterface
    public interface Search {
        KbSearchResult search(String question, int maxHits);
    }

    /** How one query fared: the first ten entry ids found and the rank (from 1) of the first right one, 0 if none. */
    public record QueryResult(String query, Set<String> expectedIds, List<String> foundIds, int rank) {
    }

    /**
     * @param answeredCorrectly share of queries answered (confident) with a right entry
     * @param answeredWrongly   share of queries answered (confident) with a wrong entry
     * @param unrelatedRejected share of unrelated questions given no answer
     */
    public record Report(int queries, double pAt1, double mrrAt10, double recallAt5, double answeredCorrectly,
                         double answeredWrongly, int unrelated, double unrelatedRejected,
                         List<QueryResult> perQuery) {
        /** The figures only: the per-query list is for reports, not for log lines. */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "Report[queries=%d, pAt1=%.4f, mrrAt10=%.4f, recallAt5=%.4f, "
                    + "answeredCorrectly=%.4f, answeredWrongly=%.4f, unrelated=%d, unrelatedRejected=%.4f]", queries, pAt1,
                    mrrAt10, recallAt5, answeredCorrectly, answeredWrongly, unrelated, unrelatedRejected);
        }
    }

    private KbEvaluator() {
    }

    public static Report evaluate(KnowledgeBase kb, Language language, List<LabelledQuery> queries, List<String> unrelated) {
        return evaluate((question, maxHits) -> kb.search(question, language, maxHits), queries, unrelated);
    }

    public static Report evaluate(Search search, List<LabelledQuery> queries, List<String> unrelated) {
        List<QueryResult> perQuery = new java.util.ArrayList<>(queries.size());
        double p1 = 0;
        double mrr = 0;
        double r5 = 0;
        int right = 0;
        int wrong = 0;
        for (LabelledQuery q : queries) {
            KbSearchResult result = search.search(q.query(), 10);
            List<String> ids = result.hits().stream().map(h -> h.entry().id()).toList();
            int found = 0;
            for (int rank = 0; rank < ids.size(); rank++) {
                if (q.expectedIds().contains(ids.get(rank))) {
                    found = rank + 1;
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
            perQuery.add(new QueryResult(q.query(), q.expectedIds(), ids, found));
            if (result.confident()) {
                if (q.expectedIds().contains(ids.getFirst())) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        long rejected = unrelated.stream().filter(u -> !search.search(u, 10).confident()).count();
        int n = queries.size();
        return new Report(n, p1 / n, mrr / n, r5 / n, (double) right / n, (double) wrong / n, unrelated.size(),
                unrelated.isEmpty() ? 1 : (double) rejected / unrelated.size(), List.copyOf(perQuery));
    }
}
