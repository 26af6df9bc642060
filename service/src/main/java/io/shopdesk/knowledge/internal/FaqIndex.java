package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqEntry;
import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The in-memory Lucene index of one language's FAQ: one document per question variant, BM25, searched over the
 * word field and (for Chinese) a character-bigram field. Confidence is not the raw BM25 score, which does not compare
 * across questions, but the IDF-weighted share of the question's terms that the entry's questions contain; words
 * the index has never seen count with the weight of the rarest known word, so "what's the weather" covers nothing.
 * Immutable after construction and thread-safe; a rebuilt index replaces it whole.
 */
public final class FaqIndex {
    private static final int CANDIDATES = 50;
    private static final float GRAMS_WEIGHT = 0.5f;

    private final Language language;
    private final FaqAnalyzers analyzers;
    private final Map<String, FaqEntry> entries = new LinkedHashMap<>();
    private final Map<String, Set<String>> entryTerms = new LinkedHashMap<>();
    private final IndexSearcher searcher;
    private final int docCount;
    private final double maxIdf;

    public FaqIndex(Language language, List<FaqEntry> faq, FaqAnalyzers analyzers) {
        this.language = language;
        this.analyzers = analyzers;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, Analyzer> perField = Map.of(FaqAnalyzers.QUESTION, analyzers.index(), FaqAnalyzers.GRAMS, analyzers.grams());
        IndexWriterConfig config = new IndexWriterConfig(new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(analyzers.index(), perField));
        config.setSimilarity(new BM25Similarity());
        int docs = 0;
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (FaqEntry entry : faq) {
                entries.put(entry.id(), entry);
                Set<String> terms = new HashSet<>();
                for (String question : entry.questions()) {
                    Document doc = new Document();
                    doc.add(new StoredField("id", entry.id()));
                    doc.add(new StoredField("question", question));
                    doc.add(new TextField(FaqAnalyzers.QUESTION, question, Field.Store.NO));
                    doc.add(new TextField(FaqAnalyzers.GRAMS, question, Field.Store.NO));
                    writer.addDocument(doc);
                    terms.addAll(terms(analyzers.index(), question));
                    docs++;
                }
                entryTerms.put(entry.id(), terms);
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
            this.searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the " + language + " FAQ index", e);
        }
        this.docCount = docs;
        this.maxIdf = idf(1);
    }

    public int size() {
        return entries.size();
    }

    public FaqEntry entry(String id) {
        return entries.get(id);
    }

    public KbSearchResult search(String question, int maxHits, double minCoverage) {
        Query query = query(question);
        if (query == null) {
            return KbSearchResult.EMPTY;
        }
        try {
            Map<String, KbHit> best = new LinkedHashMap<>();
            Set<String> asked = terms(analyzers.query(), question);
            for (ScoreDoc scoreDoc : searcher.search(query, CANDIDATES).scoreDocs) {
                Document doc = searcher.storedFields().document(scoreDoc.doc);
                String id = doc.get("id");
                if (best.containsKey(id)) {
                    continue;
                }
                best.put(id, new KbHit(entries.get(id), doc.get("question"), scoreDoc.score, coverage(asked, entryTerms.get(id))));
                if (best.size() == maxHits) {
                    break;
                }
            }
            List<KbHit> hits = new ArrayList<>(best.values());
            boolean confident = !hits.isEmpty() && hits.getFirst().coverage() >= minCoverage;
            return new KbSearchResult(List.copyOf(hits), confident);
        } catch (IOException e) {
            throw new UncheckedIOException("FAQ search failed", e);
        }
    }

    private Query query(String question) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Query words = new QueryBuilder(analyzers.query()).createBooleanQuery(FaqAnalyzers.QUESTION, question, BooleanClause.Occur.SHOULD);
        if (words != null) {
            builder.add(words, BooleanClause.Occur.SHOULD);
        }
        if (language == Language.ZH) {
            Query grams = new QueryBuilder(analyzers.grams()).createBooleanQuery(FaqAnalyzers.GRAMS, question, BooleanClause.Occur.SHOULD);
            if (grams != null) {
                builder.add(new BoostQuery(grams, GRAMS_WEIGHT), BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery query = builder.build();
        return query.clauses().isEmpty() ? null : query;
    }

    private double coverage(Set<String> asked, Set<String> known) {
        double total = 0;
        double covered = 0;
        for (String term : asked) {
            double weight = Math.min(idf(docFreq(term)), maxIdf);
            total += weight;
            if (known.contains(term)) {
                covered += weight;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private int docFreq(String term) {
        try {
            return searcher.getIndexReader().docFreq(new Term(FaqAnalyzers.QUESTION, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double idf(int docFreq) {
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream(FaqAnalyzers.QUESTION, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
