package io.shopdesk.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.RiskSettings;
import io.shopdesk.risk.internal.RiskContextRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a payment decision reads from the shop database, in microseconds per decision on one thread: the customer
 * ({@code customer}) and the chat's signals for a payment naming a conversation of 20 shopper messages and an order
 * ({@code chat}), on a fresh H2 file database (the demo shop migrated; Hikari pool as in the service) at
 * {@code -Dbench.db=} (default /tmp/shopdesk-bench/risk-context). The in-process decision benchmark
 * ({@code RiskBenchmark}) has no database; this is the part of the HTTP path it leaves out.
 * Run: service/bench/jmh.sh RiskContext
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class RiskContextBenchmark {
    HikariDataSource dataSource;
    RiskContextRepository context;

    @Setup
    public void setUp() throws IOException {
        Path db = Path.of(System.getProperty("bench.db", "/tmp/shopdesk-bench/risk-context"));
        Files.createDirectories(db.getParent());
        Files.deleteIfExists(Path.of(db + ".mv.db"));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + db + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        config.setUsername("sa");
        config.setPassword("");
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Instant start = Instant.now().minus(Duration.ofMinutes(30));
        jdbc.sql("INSERT INTO conversations (id, language, state, created_at, updated_at) VALUES ('bench-conv', 'zh', '{}', :at, :at)")
                .param("at", Timestamp.from(start)).update();
        for (int i = 0; i < 20; i++) {
            jdbc.sql("""
                            INSERT INTO conversation_messages (conversation_id, role, type, text, intent, created_at)
                            VALUES ('bench-conv', 'shopper', 'text', :text, :intent, :at)""")
                    .param("text", i % 5 == 0 ? "支付失败了" : "我的订单到哪了").param("intent", i % 5 == 0 ? "payment_failed" : "order_status")
                    .param("at", Timestamp.from(start.plusSeconds(i))).update();
        }
        RiskSettings settings = new RiskSettings("risk", Path.of("rules/risk/lists"), List.of("k"), List.of("o"),
                Path.of("nlp-models/financing-model"), Duration.ofHours(24), Duration.ofMinutes(5), Duration.ofDays(90),
                Duration.ofHours(24), Duration.ofDays(14), null, 0);
        context = new RiskContextRepository(jdbc, settings);
    }

    @TearDown
    public void tearDown() {
        dataSource.close();
    }

    @Benchmark
    public ConversationSignals chat() {
        return context.conversation("bench-conv", "SD10000004", Instant.now());
    }

    @Benchmark
    public RiskContextRepository.Customer customer() {
        return context.customer(1, Instant.now());
    }
}
