package io.shopdesk.bench;

/**
 * The CPU time one payment decision costs ({@link RiskBenchmark#decide}, same rules, velocity and keys) on one
 * thread, measured by {@link CpuTimeRounds}: on the shared 2-core machine JMH's wall-clock throughput moves with the
 * other builds; the thread's own CPU time moves much less, so it is the figure to compare before and after a change
 * there. Not a JMH benchmark.
 * Run: {@code java -cp "$(service/bench/test-classpath.sh)" io.shopdesk.bench.RiskCpuTime 50000 50000 5} (warm-up
 * decisions, decisions per round, rounds).
 */
public final class RiskCpuTime {

    private RiskCpuTime() {
    }

    public static void main(String[] args) {
        RiskBenchmark benchmark = new RiskBenchmark();
        benchmark.setUp();
        CpuTimeRounds.run("decision", benchmark::decide, Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]));
    }
}
