package io.shopdesk.knowledge.internal;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analysis chains of the FAQ index, per language. English: standard tokens, possessives, lower case, stop words
 * (including question words, which say nothing about the topic), Porter stems. Chinese: HanLP words plus a second
 * field of character bigrams that survives segmentation differences. Synonyms ({@code 退钱 => 退款},
 * {@code money back => refund}) apply at query time. {@code respellings} are the synonyms' one-way rules from one Latin
 * word to one word ({@code refnd => refund}, {@code receipt => invoice}), which the FAQ classifier reads too: it sees
 * the message's own words, and "refnd status?" was the repair status to it ("status" the only word it knew). Analyzers
 * are thread-safe; the record is immutable.
 */
public record FaqAnalyzers(Analyzer index, Analyzer query, Analyzer grams, Respellings respellings) {
    public static final String QUESTION = "q";
    public static final String GRAMS = "g";
    public static final String ANSWER = "a";
    public static final String SMART = "s";

    private static final CharArraySet EN_STOP = new CharArraySet(List.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
            "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
            "will", "with", "i", "me", "my", "mine", "you", "your", "we", "our", "us", "he", "she", "how", "what",
            "when", "where", "which", "who", "why", "do", "does", "did", "can", "could", "would", "should", "shall",
            "may", "might", "am", "have", "has", "had", "please", "hi", "hello", "hey", "thanks", "thank", "just",
            "so", "get", "im", "i'm", "it's", "its", "want", "like", "need", "any", "some", "about", "there", "here",
            "sell", "carry"),
            true);
    private static final CharArraySet ZH_STOP = new CharArraySet(List.of(
            "的", "了", "吗", "呢", "吧", "啊", "呀", "哦", "嘛", "我", "你", "您", "我的", "你们", "请问", "请", "一下",
            "怎么", "怎样", "如何", "什么", "是", "在", "有", "能", "可以", "要", "想", "亲", "谢谢", "好", "这个", "那个",
            "还", "就", "都", "也", "和", "跟", "吗", "么", "呗", "哪", "哪里", "多久", "为什么",
            "有没有", "没有", "卖", "有卖"), false);

    public static FaqAnalyzers forLanguage(Language language, Path synonymsFile) {
        SynonymMap synonyms = loadSynonyms(synonymsFile, language);
        if (language == Language.EN) {
            return new FaqAnalyzers(english(null), english(synonyms), english(null), Respellings.read(synonymsFile));
        }
        return new FaqAnalyzers(chinese(null), chinese(synonyms), bigrams(), Respellings.read(synonymsFile));
    }

    private static Analyzer english(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                stream = new StopFilter(stream, EN_STOP);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static Analyzer chinese(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new HanLpTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                stream = new StopFilter(stream, ZH_STOP);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * The file's synonyms; null when there is no file or it holds no rule (comments only), since Lucene's synonym
     * filter refuses an empty map at the first query ("fst must be non-null").
     */
    private static SynonymMap loadSynonyms(Path file, Language language) {
        try {
            if (!Files.exists(file)) {
                return null;
            }
            Analyzer parsing = new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = language == Language.ZH ? new HanLpTokenizer() : new StandardTokenizer();
                    return new TokenStreamComponents(source, new LowerCaseFilter(source));
                }
            };
            SolrSynonymParser parser = new SolrSynonymParser(true, true, parsing);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                parser.parse(reader);
            }
            SynonymMap synonyms = parser.build();
            return synonyms.fst == null ? null : synonyms;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read synonyms " + file, e);
        } catch (ParseException e) {
            throw new IllegalArgumentException(file + ":" + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }
}
