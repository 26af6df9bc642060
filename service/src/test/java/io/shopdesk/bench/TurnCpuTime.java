package io.shopdesk.bench;

/**
 * The CPU time one whole turn costs the calling thread ({@link TurnBenchmark#turn}: the same application, messages and
 * in-memory database), measured by {@link CpuTimeRounds}. JMH's wall-clock percentiles for a turn move by a factor of
 * two with whatever else runs on the shared 2-core machine; the thread's own CPU time moves much less, so it is the
 * figure to compare before and after a change of a few per cent. Work done on other threads (garbage collection, the
 * JIT, CoreNLP's start-up load) is not counted. Not a JMH benchmark.
 * Run: {@code java -cp "$(service/bench/test-classpath.sh)" io.shopdesk.bench.TurnCpuTime 20000 8000 3}
 * (warm-up turns, turns per round, rounds).
 */
public final class TurnCpuTime {

    private TurnCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        TurnBenchmark benchmark = new TurnBenchmark();
        benchmark.setUp();
        try {
            CpuTimeRounds.run("turn", benchmark::turn, Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                    Integer.parseInt(args[2]));
        } finally {
            benchmark.tearDown();
        }
    }
}
