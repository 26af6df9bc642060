package io.shopdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A constant-rate load on {@code POST /api/risk/payments}: an open model, free of coordinated omission. Request
 * {@code i} is due at {@code start + i / rate}, whether or not earlier ones have been answered; each is sent on a
 * free keep-alive connection (waiting for one when all are busy) and its latency is measured from the time it was
 * due, so a stall shows up in every request it delays, not just the one that was slow (wrk's closed loop hides
 * them). The warm-up ramps from a tenth of the rate to the full rate. Prints p50/p90/p99/p99.9/max over the measured period, p99 and max per second, and the non-2xx responses and
 * failures (I/O errors, time-outs). With {@code --reload=FILE} it appends a comment to that rule file halfway
 * through, so that the rule set recompiles and swaps in under load. Payments rotate customers, cards, devices and
 * IPs like the checkout's traffic would; with {@code --chat=1} each also names one of the demo data's 48 orders and
 * one of 1,000 conversations (none with messages), so that its decision reads the chat signals (the conversation's
 * messages and the order's address changes) as a payment started from the chat does. Driven by
 * {@code service/bench/risk-load.sh}; usage: {@code RiskLoad --port=8182 --rate=2000 --seconds=30 --warmup=10
 * --connections=64 [--chat=1] [--reload=rules/risk/x.drl]}.
 */
public final class RiskLoad {
    private static final long TIMEOUT_MILLIS = 10_000;
    private static final int WINDOW_SECONDS = 1;

    private final String host;
    private final int port;
    private final String apiKey;
    private final BlockingQueue<PlainHttpConnection> connections;
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong non2xx = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong warmupProblems = new AtomicLong();
    private volatile Histogram measured;
    private double[] cpuUsed = {Double.NaN, Double.NaN};
    private volatile Histogram[] windows;
    private long servicePid = -1;
    /** Whether each payment names an order and a conversation, so that its decision reads the chat signals too. */
    private boolean chat;

    private RiskLoad(String host, int port, String apiKey, int connectionCount) {
        this.host = host;
        this.port = port;
        this.apiKey = apiKey;
        this.connections = new ArrayBlockingQueue<>(connectionCount);
        for (int i = 0; i < connectionCount; i++) {
            connections.add(new PlainHttpConnection(host, port, (int) TIMEOUT_MILLIS));
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("host", "localhost", "port", "8182", "rate", "2000",
                "seconds", "30", "warmup", "10", "connections", "64", "key", "dev-risk-key"));
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        int rate = Integer.parseInt(options.get("rate"));
        int seconds = Integer.parseInt(options.get("seconds"));
        int warmup = Integer.parseInt(options.get("warmup"));
        RiskLoad load = new RiskLoad(options.get("host"), Integer.parseInt(options.get("port")), options.get("key"),
                Integer.parseInt(options.get("connections")));
        Path reload = options.containsKey("reload") ? Path.of(options.get("reload")) : null;
        load.servicePid = Long.parseLong(options.getOrDefault("service-pid", "-1"));
        load.chat = Set.of("1", "true").contains(options.getOrDefault("chat", "0"));
        load.run(rate, warmup, seconds, reload);
    }

    private void run(int rate, int warmupSeconds, int seconds, Path reload) throws Exception {
        measured = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        windows = new Histogram[(seconds + WINDOW_SECONDS - 1) / WINDOW_SECONDS];
        for (int w = 0; w < windows.length; w++) {
            windows[w] = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        }
        long warmupNanos = TimeUnit.SECONDS.toNanos(warmupSeconds);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        long reloadAt = reload == null ? Long.MAX_VALUE : measureFrom + TimeUnit.SECONDS.toNanos(seconds) / 2;
        long sent = 0;
        double[] cpuAtStart = null;
        System.out.printf(Locale.ROOT, "%d requests/s to %s:%d for %d s after %d s of warm-up, %d connections%s%n",
                rate, host, port, seconds, warmupSeconds, connections.remainingCapacity() + connections.size(),
                reload == null ? "" : ", rule reload halfway (" + reload + ")");
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            long due = start;
            for (long i = 0; ; i++, due += period(due - start, warmupNanos, rate)) {
                if (due >= end) {
                    break;
                }
                if (due >= reloadAt) {
                    reloadAt = Long.MAX_VALUE;
                    Thread.ofVirtual().start(() -> touch(reload));
                }
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                long n = i;
                long dueAt = due;
                boolean counted = due >= measureFrom;
                if (counted && cpuAtStart == null) {
                    cpuAtStart = new double[] {cpuSeconds(servicePid), cpuSeconds(ProcessHandle.current().pid())};
                }
                if (counted) {
                    sent++;
                }
                requests.execute(() -> send(n, dueAt, counted ? (int) ((dueAt - measureFrom) / TimeUnit.SECONDS.toNanos(WINDOW_SECONDS)) : -1));
            }
            if (cpuAtStart != null) {
                cpuUsed = new double[] {cpuSeconds(servicePid) - cpuAtStart[0],
                        cpuSeconds(ProcessHandle.current().pid()) - cpuAtStart[1]};
            }
        }
        connections.forEach(PlainHttpConnection::close);
        report(sent, seconds, warmupSeconds);
    }

    /**
     * The gap to the next request: during the warm-up the rate ramps up from a tenth to the full rate, so that the
     * service's JIT warms up without a backlog that would spill into the measured period; then the full rate.
     */
    private static long period(long elapsed, long warmupNanos, int rate) {
        double share = elapsed >= warmupNanos ? 1 : 0.1 + 0.9 * elapsed / (double) warmupNanos;
        return (long) (TimeUnit.SECONDS.toNanos(1) / (rate * share));
    }

    /**
     * CPU time (user + system) a process has used so far, from {@code /proc/PID/stat} (in clock ticks of 10 ms), or
     * NaN where there is no such file.
     */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private void send(long n, long due, int window) {
        byte[] request = request(n);
        PlainHttpConnection connection;
        try {
            connection = connections.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int status;
        try {
            status = connection.exchange(request).status();
        } catch (IOException | RuntimeException e) {
            status = -1;
        } finally {
            connections.add(connection);
        }
        long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due);
        if (window < 0) {
            if (status < 200 || status > 299) {
                warmupProblems.incrementAndGet();
            }
            return;
        }
        (status < 0 ? failures : status > 299 || status < 200 ? non2xx : ok).incrementAndGet();
        measured.recordValue(Math.min(micros, measured.getHighestTrackableValue()));
        windows[window].recordValue(Math.min(micros, measured.getHighestTrackableValue()));
    }

    private byte[] request(long n) {
        String body = String.format(Locale.ROOT,
                "{\"paymentId\":\"load-%d-%d\",\"customerId\":%d,\"amount\":%d,\"currency\":\"CNY\",\"method\":\"card\","
                        + "\"cardFingerprint\":\"fp-%d\",\"deviceId\":\"dev-%d\",\"ip\":\"192.0.2.%d\"}",
                ThreadLocalRandom.current().nextInt(1_000_000_000), n, n % 30 + 1, 50 + n % 3000, n % 5000, n % 3000, n % 250);
        if (chat) {
            body = body.substring(0, body.length() - 1) + String.format(Locale.ROOT,
                    ",\"orderId\":\"SD1%07d\",\"conversationId\":\"load-conv-%d\"}", n % 48 + 1, n % 1000);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/risk/payments HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\nX-Api-Key: " + apiKey + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + bytes.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(bytes, 0, all, headBytes.length, bytes.length);
        return all;
    }

    private static void touch(Path ruleFile) {
        try {
            Files.writeString(ruleFile, "// reload under load " + System.currentTimeMillis() + "\n", StandardOpenOption.APPEND);
            System.out.println("rule file edited at the halfway mark, " + java.time.LocalTime.now() + ": " + ruleFile);
        } catch (IOException e) {
            System.out.println("could not edit " + ruleFile + ": " + e);
        }
    }

    private void report(long sent, int seconds, int warmupSeconds) {
        System.out.printf(Locale.ROOT, "measured: %d requests due in %d s (%.0f/s); 2xx %d, non-2xx %d, failures %d"
                        + " (warm-up: %d not 2xx)%n", sent, seconds, sent / (double) seconds, ok.get(), non2xx.get(),
                failures.get(), warmupProblems.get());
        System.out.println("latency from the time each request was due, ms: " + percentiles(measured));
        System.out.printf(Locale.ROOT, "CPU over the measured period: service %.1f s (%.2f cores, %.0f µs per request),"
                        + " this load tool %.1f s (%.2f cores)%n", cpuUsed[0], cpuUsed[0] / seconds,
                cpuUsed[0] * 1e6 / sent, cpuUsed[1], cpuUsed[1] / seconds);
        StringBuilder p99 = new StringBuilder("p99 per second, ms:");
        StringBuilder max = new StringBuilder("max per second, ms:");
        for (Histogram window : windows) {
            p99.append(String.format(Locale.ROOT, " %.1f", window.getValueAtPercentile(99) / 1000.0));
            max.append(String.format(Locale.ROOT, " %.1f", window.getMaxValue() / 1000.0));
        }
        System.out.println(p99);
        System.out.println(max);
    }

    private static String percentiles(Histogram h) {
        return String.format(Locale.ROOT, "p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  (n=%d)",
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0,
                h.getTotalCount());
    }
}
