package io.shopdesk.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.ChineseDictionary;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.ProductNames;
import io.shopdesk.nlp.internal.ChineseStage;
import io.shopdesk.nlp.internal.CoreNlpStage;
import io.shopdesk.nlp.internal.EnglishStage;
import io.shopdesk.nlp.internal.EntityStage;
import io.shopdesk.nlp.internal.IntentStage;
import io.shopdesk.nlp.internal.LanguageStage;
import io.shopdesk.nlp.internal.ProductStage;
import io.shopdesk.nlp.internal.StageTokenizer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Messages analysed per second on one thread (so per core): the whole pipeline without CoreNLP, for Chinese and
 * English, and CoreNLP's own cost on English messages that hold a date or amount. Run: service/bench/jmh.sh Nlu
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class NluBenchmark {
    static final String[] ZH = {"你好", "我的订单到哪了", "SD10000001，手机尾号5678", "我想用花呗分期买三百元的跑步鞋",
            "退货运费谁出", "上周五买的羽绒服能退吗", "转人工", "优惠券用不了怎么办", "发票怎么开", "这款蓝牙耳机有货吗"};
    static final String[] EN = {"hello", "Where is my order?", "SD10000001 last 4 digits are 5678",
            "How do I return a jacket?", "Can I pay in installments?", "I want a refund for my earbuds",
            "talk to a human", "my card was declined", "do you ship to Canada", "wireless earbuds under $50"};

    NlpPipeline pipeline;
    CoreNlpStage coreNlp;
    NlpPipeline withCoreNlp;
    int i;

    @Setup
    public void setUp() {
        NlpSettings settings = new NlpSettings(List.of(), Path.of("nlp-models"), 0.45, false, false);
        ChineseDictionary dictionary = new ChineseDictionary(settings);
        LanguageStage language = new LanguageStage();
        ChineseStage chinese = new ChineseStage(dictionary);
        EnglishStage english = new EnglishStage();
        Clock clock = Clock.systemDefaultZone();
        List<ProductNames.ProductName> names = new ArrayList<>();
        for (int n = 0; n < 80; n++) {
            names.add(new ProductNames.ProductName("SKU" + n, "Product Model " + n));
            names.add(new ProductNames.ProductName("SKU" + n, "产品型号" + n));
        }
        ProductStage products = new ProductStage(() -> names, settings);
        IntentStage intent = new IntentStage(new StageTokenizer(language, chinese, english), settings);
        EntityStage entities = new EntityStage(clock);
        pipeline = new NlpPipeline(List.of("language", "chinese", "english", "entities", "products", "intent"),
                List.of(language, chinese, english, entities, products, intent), new SimpleMeterRegistry());
        coreNlp = new CoreNlpStage(new NlpSettings(List.of(), Path.of("nlp-models"), 0.45, true, false), clock);
        withCoreNlp = new NlpPipeline(List.of("language", "chinese", "english", "entities", "corenlp"),
                List.of(language, chinese, english, entities, coreNlp), new SimpleMeterRegistry());
    }

    @Benchmark
    public Analysis chinese() {
        return pipeline.analyse(ZH[i++ % ZH.length]);
    }

    @Benchmark
    public Analysis english() {
        return pipeline.analyse(EN[i++ % EN.length]);
    }

    /** English messages that trigger CoreNLP (a date or an amount): the price of NER + SUTime. */
    @Benchmark
    public Analysis englishWithCoreNlp() {
        String[] dated = {"I ordered it last Friday for 50 dollars", "It was supposed to arrive on December 3rd",
                "I paid $120 yesterday and nothing happened"};
        return withCoreNlp.analyse(dated[i++ % dated.length]);
    }
}
