package io.shopdesk.bench;

import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.knowledge.KnowledgeSettings;
import io.shopdesk.nlp.ChineseDictionary;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.internal.ChineseStage;
import io.shopdesk.nlp.internal.EnglishStage;
import io.shopdesk.nlp.internal.LanguageStage;
import io.shopdesk.nlp.internal.StageTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * FAQ query latency (p50/p99 from JMH's sample mode): the shipped FAQ, and a synthetic one of 10,000 entries per
 * language (questions built from a shop vocabulary; above 2,000 entries the index ranks by BM25 alone).
 * Run: service/bench/jmh.sh KnowledgeBase
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class KnowledgeBaseBenchmark {
    static final String[] WORDS = {"order", "refund", "return", "shipping", "delivery", "invoice", "coupon", "payment",
            "card", "account", "password", "warranty", "repair", "exchange", "size", "jacket", "shoes", "earbuds",
            "address", "cancel", "track", "parcel", "express", "international", "points", "member", "discount",
            "instalment", "credit", "tax", "receipt", "login", "phone", "email", "gift", "price", "stock", "color"};
    static final String[] QUERIES = {"How do I return a jacket?", "when will my refund arrive", "can I change the address",
            "do you ship to Canada", "my coupon does not work", "pay in installments with credit card"};

    @Param({"shipped", "10000"})
    String faq;

    KnowledgeBase kb;
    Path dir;
    int i;

    @Setup
    public void setUp() throws IOException {
        Path source = Path.of("knowledge-base");
        if (!faq.equals("shipped")) {
            dir = Files.createTempDirectory("kb-bench");
            Files.createDirectories(dir.resolve("faq"));
            Files.createDirectories(dir.resolve("synonyms"));
            Files.copy(source.resolve("synonyms/synonyms-en.txt"), dir.resolve("synonyms/synonyms-en.txt"));
            Files.copy(source.resolve("synonyms/synonyms-zh.txt"), dir.resolve("synonyms/synonyms-zh.txt"));
            Files.writeString(dir.resolve("faq/faq-en.yml"), synthetic(Integer.parseInt(faq)));
            Files.copy(source.resolve("faq/faq-zh.yml"), dir.resolve("faq/faq-zh.yml"));
            source = dir;
        }
        ChineseDictionary dictionary = new ChineseDictionary(Path.of("nlp-models/dictionaries"));
        StageTokenizer tokenizer = new StageTokenizer(new LanguageStage(), new ChineseStage(dictionary), new EnglishStage());
        kb = new KnowledgeBase(new KnowledgeSettings(source, 0.35, 0.1, 0.12, 0.8, 0.5, 5, Duration.ofHours(1)), dictionary, tokenizer);
        kb.awaitBuilt();
    }

    static String synthetic(int entries) {
        Random random = new Random(42);
        StringBuilder yaml = new StringBuilder();
        for (int e = 0; e < entries; e++) {
            yaml.append("- id: entry-").append(e).append("\n  category: general\n  questions:\n");
            for (int q = 0; q < 3; q++) {
                yaml.append("    - How do I ");
                for (int w = 0; w < 5; w++) {
                    yaml.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                yaml.append(e).append("?\n");
            }
            yaml.append("  answer: Answer number ").append(e).append(".\n  tags: [t").append(e % 50).append("]\n");
        }
        return yaml.toString();
    }

    @TearDown
    public void tearDown() throws IOException {
        kb.close();
        if (dir != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }

    @Benchmark
    public KbSearchResult query() {
        return kb.search(QUERIES[i++ % QUERIES.length], Language.EN);
    }
}
