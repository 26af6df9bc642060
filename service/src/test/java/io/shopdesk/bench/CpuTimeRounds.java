package io.shopdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Runs one unit of work many times on the calling thread and prints, per round, the CPU time one unit cost that
 * thread. On the shared 2-core machine JMH's wall-clock throughput moves with whatever else runs; the thread's own CPU
 * time moves much less, so it is the figure to compare before and after a change. Not thread-safe (one caller).
 */
final class CpuTimeRounds {

    private CpuTimeRounds() {
    }

    /**
     * @param unit     what one unit is, for the output ("decision", "message")
     * @param work     one unit of work
     * @param warmUp   units run before measuring (JIT compilation)
     * @param perRound units per measured round
     * @param rounds   measured rounds
     */
    static void run(String unit, Runnable work, int warmUp, int perRound, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        for (int round = 1; round <= rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                work.run();
            }
            double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / perRound;
            double wallMicros = (System.nanoTime() - wall) / 1e3 / perRound;
            System.out.printf(Locale.ROOT, "round %d: %.1f us CPU per %s (%,.0f %ss per CPU-second), %.1f us wall%n",
                    round, cpuMicros, unit, 1e6 / cpuMicros, unit, wallMicros);
        }
    }
}
