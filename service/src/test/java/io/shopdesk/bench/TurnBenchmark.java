package io.shopdesk.bench;

import io.shopdesk.ShopDeskApplication;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.TurnResult;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole turn in-process (p50/p99 from JMH's sample mode): validation, NLP pipeline (CoreNLP loaded, used when an
 * English message holds a date or amount), FAQ search, order lookup, dialogue rules, transcript and state written
 * to H2. Each invocation is a new conversation's first message, so the rate limiter never interferes.
 * Run: service/bench/jmh.sh Turn
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class TurnBenchmark {
    static final String[] MESSAGES = {"你好", "我的订单SD10000001到哪了，尾号5678", "How do I return a jacket?",
            "asdfgh", "退款多久到账", "Where is my order SD10000002? last 4 digits are 4321", "转人工",
            "I paid $120 yesterday and nothing happened"};

    ConfigurableApplicationContext context;
    ChatService chat;
    int i;

    @Setup
    public void setUp() throws Exception {
        context = SpringApplication.run(ShopDeskApplication.class, "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--shopdesk.chat.burst=1000000", "--logging.level.root=WARN");
        context.getBean(io.shopdesk.nlp.internal.CoreNlpStage.class).awaitLoaded();
        chat = context.getBean(ChatService.class);
    }

    @TearDown
    public void tearDown() {
        context.close();
    }

    @Benchmark
    public TurnResult turn() {
        return chat.handle(null, MESSAGES[i++ % MESSAGES.length], "en", "bench-" + i);
    }
}
