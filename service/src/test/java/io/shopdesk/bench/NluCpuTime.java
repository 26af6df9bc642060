package io.shopdesk.bench;

/**
 * The CPU time one message costs the NLU pipeline on one thread ({@link NluBenchmark#english} or
 * {@link NluBenchmark#chinese}: the same stages, models and messages), measured by {@link CpuTimeRounds}. JMH's
 * wall-clock figures for these benchmarks swing by ±40 % on the shared 2-core machine, too much to see a 10 % change;
 * this is the figure to compare before and after one. Not a JMH benchmark.
 * Run: {@code java -cp "$(service/bench/test-classpath.sh)" io.shopdesk.bench.NluCpuTime english 60000 40000 3}
 * (language, warm-up messages, messages per round, rounds).
 */
public final class NluCpuTime {

    private NluCpuTime() {
    }

    public static void main(String[] args) {
        NluBenchmark benchmark = new NluBenchmark();
        benchmark.setUp();
        Runnable message = switch (args[0]) {
            case "english" -> benchmark::english;
            case "chinese" -> benchmark::chinese;
            default -> throw new IllegalArgumentException("language must be english or chinese, got " + args[0]);
        };
        CpuTimeRounds.run("message", message, Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]));
    }
}
