package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.AnswerGate;
import io.shopdesk.knowledge.FaqEntry;
import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.nlp.FullWidthForms;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.intent.MessageTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
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
 * word field, the answer, and for Chinese a character-bigram field and a smartcn field (a second segmentation). Confidence is not the raw BM25 score, which does not compare
 * across questions, but the IDF-weighted share of the question's terms that the entry's questions contain; words
 * the index has never seen count with the weight of the rarest known word, so "what's the weather" covers nothing.
 * Immutable after construction and thread-safe; a rebuilt index replaces it whole.
 */
public final class FaqIndex {
    private static final int CANDIDATES = 50;
    private static final String ORD = "ord";
    private static final float GRAMS_WEIGHT = 0.5f;
    private static final float ANSWER_WEIGHT = 0.3f;
    private static final float SMART_WEIGHT = 1.0f;
    /** Lucene's smartcn segmentation as a second opinion beside HanLP's words (thread-safe analyzer). */
    private static final Analyzer SMART_CN = new org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer();
    private static final double LEARNED_WEIGHT = 0.7;
    /**
     * How much of a Chinese message the Lucene query reads: its first and last 100 characters (a long message tends
     * to tell its story first and ask last, or the other way round). Each token becomes a clause: past about 1,300
     * Chinese characters a message passes Lucene's 1,024-clause limit, and a long text through the synonym graph its
     * recursion limit, both under the chat's 2,000. English words are longer, so English keeps 1,000 characters. The
     * classifier and the coverage still read the whole message.
     */
    static final int MAX_QUERY_CHARS_ZH = 200;
    static final int MAX_QUERY_CHARS_EN = 1_000;
    static final int MAX_CLASSIFIER_ENTRIES = 2_000;

    private final Language language;
    private final FaqAnalyzers analyzers;
    private final FaqClassifier classifier;
    private final Map<String, FaqEntry> entries = new LinkedHashMap<>();
    private final Map<String, Set<String>> entryTerms = new LinkedHashMap<>();
    private final IndexSearcher searcher;
    /** Entry id and question text by document ordinal; Lucene's doc ids map to ordinals through {@link #docToOrd}. */
    private final List<String> docEntryIds = new ArrayList<>();
    private final List<String> docQuestions = new ArrayList<>();
    private final int[] docToOrd;
    private final int docCount;
    private final double maxIdf;

    public FaqIndex(Language language, List<FaqEntry> faq, FaqAnalyzers analyzers, MessageTokenizer tokenizer) {
        this.language = language;
        this.analyzers = analyzers;
        // A maximum-entropy model over thousands of entries would take minutes to train; large FAQs use BM25 alone, and
        // so does an FAQ of one entry (nothing to tell apart).
        this.classifier = faq.size() >= 2 && faq.size() <= MAX_CLASSIFIER_ENTRIES ? new FaqClassifier(faq, tokenizer) : null;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, Analyzer> perField = Map.of(FaqAnalyzers.QUESTION, analyzers.index(), FaqAnalyzers.GRAMS, analyzers.grams(),
                FaqAnalyzers.ANSWER, analyzers.index(), FaqAnalyzers.SMART, SMART_CN);
        IndexWriterConfig config = new IndexWriterConfig(new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(analyzers.index(), perField));
        config.setSimilarity(new BM25Similarity());
        int docs = 0;
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (FaqEntry entry : faq) {
                entries.put(entry.id(), entry);
                Set<String> terms = new HashSet<>();
                for (String question : entry.questions()) {
                    Document doc = new Document();
                    doc.add(new NumericDocValuesField(ORD, docEntryIds.size()));
                    docEntryIds.add(entry.id());
                    docQuestions.add(question);
                    doc.add(new TextField(FaqAnalyzers.QUESTION, question, Field.Store.NO));
                    doc.add(new TextField(FaqAnalyzers.GRAMS, question, Field.Store.NO));
                    if (language == Language.ZH) {
                        doc.add(new TextField(FaqAnalyzers.SMART, question, Field.Store.NO));
                    }
                    doc.add(new TextField(FaqAnalyzers.ANSWER, entry.answer() + " " + String.join(" ", entry.tags()), Field.Store.NO));
                    writer.addDocument(doc);
                    terms.addAll(terms(analyzers.index(), question));
                    docs++;
                }
                entryTerms.put(entry.id(), terms);
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
            this.searcher.setSimilarity(new BM25Similarity());
            this.docToOrd = docToOrd(searcher.getIndexReader());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the " + language + " FAQ index", e);
        }
        this.docCount = docs;
        this.maxIdf = idf(1);
    }

    /** The categories of the entries, for checking what {@code intent-topics.yml} names. */
    public java.util.Set<String> categories() {
        return entries.values().stream().map(FaqEntry::category).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public int size() {
        return entries.size();
    }

    /** The text as the classifier reads it: the synonyms' one-word rewrites applied ({@link Respellings}). */
    public String respelled(String text) {
        return analyzers.respellings().apply(text);
    }

    public FaqEntry entry(String id) {
        return entries.get(id);
    }

    /**
     * Ranks entries by a blend of the classifier's probability and the BM25 score relative to the best one; the
     * answer is given when the gate admits the best entry.
     */
    public KbSearchResult search(String question, int maxHits, AnswerGate gate) {
        question = FullWidthForms.fold(question);
        Map<String, Double> bm25 = new LinkedHashMap<>();
        Map<String, String> matched = new HashMap<>();
        Query query = query(ends(question, language == Language.ZH ? MAX_QUERY_CHARS_ZH : MAX_QUERY_CHARS_EN));
        try {
            if (query != null) {
                for (ScoreDoc scoreDoc : searcher.search(query, CANDIDATES).scoreDocs) {
                    int ord = docToOrd[scoreDoc.doc];
                    String id = docEntryIds.get(ord);
                    if (bm25.putIfAbsent(id, (double) scoreDoc.score) == null) {
                        matched.put(id, docQuestions.get(ord));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("FAQ search failed", e);
        }
        Set<String> asked = terms(analyzers.query(), question);
        if (asked.isEmpty() && bm25.isEmpty()) {
            return KbSearchResult.EMPTY;
        }
        Map<String, Double> probability = classifier == null ? Map.of() : classifier.probabilities(analyzers.respellings().apply(question));
        Set<String> candidates = new java.util.LinkedHashSet<>(bm25.keySet());
        probability.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(CANDIDATES)
                .forEach(e -> candidates.add(e.getKey()));
        double best = bm25.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double learnedWeight = classifier == null ? 0 : LEARNED_WEIGHT;
        record Scored(String id, double score, double learned) {
        }
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (String id : candidates) {
            double lexical = bm25.getOrDefault(id, 0.0) / best;
            double learned = probability.getOrDefault(id, 0.0);
            scored.add(new Scored(id, learnedWeight * learned + (1 - learnedWeight) * lexical, learned));
        }
        scored.sort(java.util.Comparator.comparingDouble(Scored::score).reversed());
        List<KbHit> top = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(maxHits, scored.size()))) {
            FaqEntry entry = entries.get(s.id());
            // Without a classifier (a very large FAQ) the relative BM25 score stands in for its probability.
            double probabilityOrScore = classifier == null ? s.score() : s.learned();
            top.add(new KbHit(entry, matched.getOrDefault(s.id(), entry.questions().getFirst()), s.score(),
                    probabilityOrScore, coverage(asked, entryTerms.get(s.id()))));
        }
        top = List.copyOf(top);
        boolean confident = !top.isEmpty() && gate.admits(top.getFirst());
        return new KbSearchResult(top, confident);
    }

    /** The first and last {@code max / 2} characters of a longer text, never splitting a surrogate pair. */
    static String ends(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int head = max / 2;
        if (Character.isHighSurrogate(text.charAt(head - 1))) {
            head--;
        }
        int tail = text.length() - max / 2;
        if (Character.isLowSurrogate(text.charAt(tail))) {
            tail++;
        }
        return text.substring(0, head) + " " + text.substring(tail);
    }

    private Query query(String question) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Query words = new QueryBuilder(analyzers.query()).createBooleanQuery(FaqAnalyzers.QUESTION, question, BooleanClause.Occur.SHOULD);
        if (words != null) {
            builder.add(words, BooleanClause.Occur.SHOULD);
        }
        Query answers = new QueryBuilder(analyzers.query()).createBooleanQuery(FaqAnalyzers.ANSWER, question, BooleanClause.Occur.SHOULD);
        if (answers != null) {
            builder.add(new BoostQuery(answers, ANSWER_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        if (language == Language.ZH) {
            Query grams = new QueryBuilder(analyzers.grams()).createBooleanQuery(FaqAnalyzers.GRAMS, question, BooleanClause.Occur.SHOULD);
            if (grams != null) {
                builder.add(new BoostQuery(grams, GRAMS_WEIGHT), BooleanClause.Occur.SHOULD);
            }
            Query smart = new QueryBuilder(SMART_CN).createBooleanQuery(FaqAnalyzers.SMART, question, BooleanClause.Occur.SHOULD);
            if (smart != null) {
                builder.add(new BoostQuery(smart, SMART_WEIGHT), BooleanClause.Occur.SHOULD);
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

    /** Reads every document's ordinal once, so searches need no stored-field look-ups. */
    private static int[] docToOrd(IndexReader reader) throws IOException {
        int[] map = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues ords = leaf.reader().getNumericDocValues(ORD);
            for (int doc = ords.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ords.nextDoc()) {
                map[leaf.docBase + doc] = (int) ords.longValue();
            }
        }
        return map;
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
