package io.shopdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The CPU time one payment decision costs ({@link RiskBenchmark#decide}, same rules, velocity and keys) on one
 * thread. On the shared 2-core machine JMH's wall-clock throughput moves with the other builds; the thread's own
 * CPU time moves much less, so it is the figure to compare before and after a change there. Not a JMH benchmark.
 * Run: {@code java -cp "$(service/bench/test-classpath.sh)" io.shopdesk.bench.RiskCpuTime 50000 50000 5} (warm-up
 * decisions, decisions per round, rounds).
 */
public final class RiskCpuTime {

    private RiskCpuTime() {
    }

    public static void main(String[] args) {
        int warmUp = Integer.parseInt(args[0]);
        int perRound = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        RiskBenchmark benchmark = new RiskBenchmark();
        benchmark.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmUp; i++) {
            benchmark.decide();
        }
        for (int round = 1; round <= rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                benchmark.decide();
            }
            double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / perRound;
            double wallMicros = (System.nanoTime() - wall) / 1e3 / perRound;
            System.out.printf(Locale.ROOT, "round %d: %.1f us CPU per decision (%,.0f decisions per CPU-second), %.1f us wall%n",
                    round, cpuMicros, 1e6 / cpuMicros, wallMicros);
        }
    }
}
