package org.bss.benchmark.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load driver: {@code clients} threads each send one request after the other until {@code requests}
 * were sent or {@code maxSeconds} passed, whichever comes first (bounded in count and time). Rate = completed
 * requests / wall time of the batch; latency per request (nanoseconds) for the percentiles. Every answer must
 * have the expected HTTP status, else the batch fails.
 */
public final class Load {

    /** One request; returns the HTTP status it got. */
    @FunctionalInterface
    public interface Call {
        int send() throws Exception;
    }

    /** A finished batch. */
    @SuppressWarnings("ArrayRecordComponent") // the latencies, sorted once and only read
    public record Result(String name, int clients, int completed, double seconds, double[] sortedMs) {

        public double perSecond() {
            return completed / seconds;
        }

        /** Nearest-rank percentile in milliseconds. */
        public double percentile(double p) {
            int index = (int) Math.ceil(p * sortedMs.length) - 1;
            return sortedMs[Math.max(0, Math.min(sortedMs.length - 1, index))];
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%-28s %3d clients %6d req %6.1f s %8.1f req/s  p50 %7.1f ms  p95 %7.1f ms",
                    name,
                    clients,
                    completed,
                    seconds,
                    perSecond(),
                    percentile(0.50),
                    percentile(0.95));
        }
    }

    private Load() {}

    public static Result run(String name, int clients, int requests, double maxSeconds, int expectedStatus, Call call)
            throws Exception {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        long start = System.nanoTime();
        long deadline = start + (long) (maxSeconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            Callable<Void> client = () -> {
                int i;
                while (failure.get() == null
                        && System.nanoTime() < deadline
                        && (i = next.getAndIncrement()) < requests) {
                    long t0 = System.nanoTime();
                    int status = call.send();
                    nanos[i] = System.nanoTime() - t0;
                    if (status != expectedStatus) {
                        failure.compareAndSet(
                                null, name + ": HTTP " + status + " where " + expectedStatus + " was expected");
                    }
                    done.incrementAndGet();
                }
                return null;
            };
            Future<?>[] futures = new Future<?>[clients];
            for (int c = 0; c < clients; c++) {
                futures[c] = pool.submit(client);
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        int completed = done.get();
        double[] ms = new double[completed];
        int k = 0;
        for (int i = 0; i < Math.min(requests, next.get()) && k < completed; i++) {
            if (nanos[i] > 0) {
                ms[k++] = nanos[i] / 1e6;
            }
        }
        double[] sorted = Arrays.copyOf(ms, k);
        Arrays.sort(sorted);
        return new Result(name, clients, completed, seconds, sorted);
    }
}
