package io.shopdesk.knowledge;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The baseline that {@code kb eval} compares the FAQ search with: out-of-the-box Lucene BM25 over the entries'
 * questions, with {@link SmartChineseAnalyzer} for Chinese and {@link EnglishAnalyzer} for English, no synonyms, no
 * classifier. It is what a team would get from Lucene alone, so the difference says what the rest is worth. Never
 * confident (it has no calibrated score). Immutable and thread-safe.
 */
public final class PlainBm25Search implements KbEvaluator.Search {
    private static final String QUESTION = "q";
    private static final String ID = "id";
    private static final int CANDIDATES = 50;

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final Map<String, FaqEntry> entries = new LinkedHashMap<>();

    public PlainBm25Search(Language language, List<FaqEntry> faq) {
        this.analyzer = language == Language.ZH ? new SmartChineseAnalyzer() : new EnglishAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (FaqEntry entry : faq) {
                entries.put(entry.id(), entry);
                for (String question : entry.questions()) {
                    Document doc = new Document();
                    doc.add(new StoredField(ID, entry.id()));
                    doc.add(new TextField(QUESTION, question, Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
            this.searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the baseline index", e);
        }
    }

    /** The best question of each entry, best entry first; scores are relative to the best hit. */
    @Override
    public KbSearchResult search(String question, int maxHits) {
        Query query = new QueryBuilder(analyzer).createBooleanQuery(QUESTION, question, BooleanClause.Occur.SHOULD);
        if (query == null) {
            return KbSearchResult.EMPTY;
        }
        try {
            List<KbHit> hits = new ArrayList<>();
            Map<String, Boolean> seen = new LinkedHashMap<>();
            ScoreDoc[] docs = searcher.search(query, CANDIDATES).scoreDocs;
            for (ScoreDoc doc : docs) {
                Document stored = searcher.storedFields().document(doc.doc);
                String id = stored.get(ID);
                if (seen.putIfAbsent(id, true) == null && hits.size() < maxHits) {
                    hits.add(new KbHit(entries.get(id), stored.get(QUESTION), doc.score / docs[0].score, 0, 0));
                }
            }
            return new KbSearchResult(List.copyOf(hits), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Baseline search failed", e);
        }
    }
}
