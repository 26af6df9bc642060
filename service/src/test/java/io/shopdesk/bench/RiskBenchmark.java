package io.shopdesk.bench;

import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.PaymentContext;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.RiskEvaluator;
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
 * scorecard), four velocity look-ups and records per decision, a new session per decision. No database write
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
    CompiledRuleSet rules;
    VelocityTracker velocity;
    final AtomicLong sequence = new AtomicLong();

    @Setup
    public void setUp() {
        rules = RuleEngine.compile(Path.of("rules/risk"));
        velocity = new VelocityTracker();
    }

    @Benchmark
    public String decide() {
        long n = sequence.incrementAndGet();
        Instant now = Instant.now();
        long customer = n % 5000;
        String card = "card:fp-" + (n % 20000);
        String device = "dev:d-" + (n % 10000);
        String ip = "ip:10.0." + (n % 250) + "." + (n % 200);
        PaymentRequest request = new PaymentRequest("p" + n, customer, BigDecimal.valueOf(50 + n % 3000), "CNY", "card",
                card, device, ip, null, null, null, null, now);
        PaymentContext context = new PaymentContext(request.amount(), velocity.velocity("c:" + customer, now), velocity.velocity(card, now),
                velocity.velocity(device, now), velocity.velocity(ip, now), !velocity.known(customer, device),
                !velocity.known(customer, ip), false, 400, 5, 0, "regular", false, false, false, false, ConversationSignals.NONE);
        String decision = RiskEvaluator.evaluate(rules, List.of(request, context)).assessment().getDecision();
        velocity.record("c:" + customer, now, request.amount());
        velocity.record(card, now, request.amount());
        velocity.record(device, now, request.amount());
        velocity.record(ip, now, request.amount());
        velocity.firstSeen(customer, device);
        return decision;
    }
}
