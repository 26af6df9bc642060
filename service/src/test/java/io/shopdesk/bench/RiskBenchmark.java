package io.shopdesk.bench;

import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.PaymentContext;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.RiskEvaluator;
import io.shopdesk.risk.CnyRates;
import io.shopdesk.risk.internal.PaymentFacts;
import io.shopdesk.risk.internal.RiskContextRepository;
import io.shopdesk.risk.internal.RiskLists;
import io.shopdesk.risk.internal.VelocityTracker;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Payment decisions per second in-process on 2 threads: the shipped rules/risk rule set (30+ rules and the
 * scorecard), the payment's facts built as the service builds them ({@link PaymentFacts#observe}: four velocity keys
 * each read and recorded in one step, first-seen device and IP, the block and allow lists, the amount in CNY), a new
 * session per decision. No database write
 * (the HTTP path adds the audit insert). Run: service/bench/jmh.sh Risk
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(2)
public class RiskBenchmark {
    static final RiskContextRepository.Customer CUSTOMER = new RiskContextRepository.Customer(400, "regular", 5, 0);

    CompiledRuleSet rules;
    RiskLists lists;
    PaymentFacts facts;
    final AtomicLong sequence = new AtomicLong();

    @Setup
    public void setUp() {
        rules = RuleEngine.compile(Path.of("rules/risk"));
        lists = new RiskLists(Path.of("rules/risk/lists"));
        facts = new PaymentFacts(new VelocityTracker(), lists, CnyRates.DEFAULTS);
    }

    @org.openjdk.jmh.annotations.TearDown
    public void tearDown() {
        lists.close();
    }

    @Benchmark
    public String decide() {
        long n = sequence.incrementAndGet();
        Instant now = Instant.now();
        long customer = n % 5000;
        String card = "fp-" + (n % 20000);
        String device = "d-" + (n % 10000);
        String ip = "10.0." + (n % 250) + "." + (n % 200);
        PaymentRequest request = new PaymentRequest("p" + n, customer, BigDecimal.valueOf(50 + n % 3000), "CNY", "card",
                card, device, ip, null, null, null, null, now);
        PaymentContext context = facts.observe(request, now, CUSTOMER, ConversationSignals.NONE);
        return RiskEvaluator.evaluate(rules, List.of(request, context)).assessment().getDecision();
    }
}
