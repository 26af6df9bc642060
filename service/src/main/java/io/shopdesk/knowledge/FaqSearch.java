package io.shopdesk.knowledge;

import io.shopdesk.knowledge.internal.FaqAnalyzers;
import io.shopdesk.knowledge.internal.FaqIndex;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.intent.MessageTokenizer;
import java.nio.file.Path;
import java.util.List;

/**
 * The service's FAQ search over entries given directly rather than read from {@code knowledge-base/}, for tools that
 * measure it on other FAQs ({@code kb eval}). Same index, analysers, classifier and thresholds as
 * {@link KnowledgeBase}; no file watching. Immutable and thread-safe.
 */
public final class FaqSearch implements KbEvaluator.Search {
    private final FaqIndex index;

    private FaqSearch(FaqIndex index) {
        this.index = index;
    }

    /**
     * @param synonymsFile Solr-format synonyms applied to queries ({@code knowledge-base/synonyms/synonyms-<lang>.txt});
     *                     a missing file means none
     */
    public static FaqSearch of(Language language, List<FaqEntry> entries, Path synonymsFile, MessageTokenizer tokenizer) {
        return new FaqSearch(new FaqIndex(language, entries, FaqAnalyzers.forLanguage(language, synonymsFile), tokenizer));
    }

    @Override
    public KbSearchResult search(String question, int maxHits) {
        return index.search(question, maxHits, AnswerGate.SHIPPED);
    }
}
