package org.bss.benchmark;

import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bss.billing.BillingEngine;
import org.bss.billing.input.BillingInput;
import org.bss.billing.result.BillingResult;
import org.bss.billing.xml.BillingXmlWriter;
import org.bss.billing.xml.Customer;
import org.bss.billing.xml.CustomerBill;

/**
 * Subscription-periods per second of the billing engine over synthetic subscriptions (mixed price models,
 * users, parameters and events), on one thread and on all cores, with and without writing the BillingDetails
 * XML, plus bytes allocated per result. After a warm-up, each figure is measured over several iterations; it
 * reports the median and best wall-clock rate and the rate per CPU-second of the measuring threads ("per
 * core", which stays meaningful when other processes share the machine), with the load average.
 * Run: {@code ./bss bench} (one core with the JVM pinned to it, then all cores), or java -Xmx2g -cp
 * bss-ejb/target/classes:bss-benchmark/target/classes org.bss.benchmark.BillingBenchmark [subscriptions [iterations]]
 */
public final class BillingBenchmark {
    private static final BillingEngine ENGINE = new BillingEngine();
    private static final BillingXmlWriter WRITER = new BillingXmlWriter();
    private static final Customer CUSTOMER =
            new Customer("c", "c@example.org", "Customer", "Street 1", "INVOICE", Map.of());
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int cores = Runtime.getRuntime().availableProcessors();
        List<BillingInput> inputs = SyntheticSubscriptions.generate(n, 42);
        System.out.printf(
                Locale.ROOT,
                "%s  subscriptions: %,d  iterations: %d  cores: %d  java: %s  gc: %s  load: %s%n",
                LocalDateTime.now(ZoneId.systemDefault()).withNano(0),
                n,
                iterations,
                cores,
                System.getProperty("java.version"),
                collectors(),
                load());
        System.out.println("workload: " + SyntheticSubscriptions.describe(inputs));
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            for (int warm = 0; warm < 3; warm++) {
                run(inputs, true);
                parallel(pool, inputs, false, cores);
            }
            report("1 thread, calculation only", inputs, false, 1, iterations, pool);
            report("1 thread, calculation + XML", inputs, true, 1, iterations, pool);
            xmlOnly(inputs, iterations);
            if (cores > 1) { // on one core (e.g. under taskset) the single-thread figures are the whole story
                report(cores + " threads, calculation only", inputs, false, cores, iterations, pool);
                report(cores + " threads, calculation + XML", inputs, true, cores, iterations, pool);
            }
        } finally {
            pool.shutdown();
        }
        Totals check = run(inputs, true);
        System.out.printf(
                Locale.ROOT,
                "allocation per result: calculation %,d bytes, calculation + XML %,d bytes"
                        + " (%,d results, %,d XML bytes/result, Σ gross %s)%n",
                allocation(inputs, false),
                allocation(inputs, true),
                check.results,
                check.xmlBytes / Math.max(1, check.results),
                check.gross);
    }

    private static void report(
            String label, List<BillingInput> inputs, boolean xml, int threads, int iterations, ExecutorService pool)
            throws Exception {
        double[] wall = new double[iterations];
        double[] perCpu = new double[iterations];
        String loadBefore = load();
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            Totals t = threads == 1 ? run(inputs, xml) : parallel(pool, inputs, xml, threads);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (t.results == 0) {
                throw new IllegalStateException("no results");
            }
            wall[i] = inputs.size() / seconds;
            perCpu[i] = inputs.size() / (t.cpuNanos / 1e9);
        }
        Arrays.sort(wall);
        Arrays.sort(perCpu);
        System.out.printf(
                Locale.ROOT,
                "%-30s wall median %,9.0f best %,9.0f /s | per core (CPU time) median %,9.0f"
                        + " best %,9.0f /s | load %s -> %s | wall per iteration, sorted: %s%n",
                label,
                wall[iterations / 2],
                wall[iterations - 1],
                perCpu[iterations / 2],
                perCpu[iterations - 1],
                loadBefore,
                load(),
                thousands(wall));
    }

    /** The XML writer alone, over results calculated beforehand (per result: wall time ≈ CPU time). */
    private static void xmlOnly(List<BillingInput> inputs, int iterations) {
        List<CustomerBill> bills = new ArrayList<>(inputs.size());
        for (BillingInput in : inputs) {
            ENGINE.calculate(in)
                    .ifPresent(r -> bills.add(
                            new CustomerBill(null, CUSTOMER, in.periodStart(), in.periodEnd(), in.zone(), List.of(r))));
        }
        double[] perCpu = new double[iterations];
        String loadBefore = load();
        CountingSink sink = new CountingSink();
        for (int i = 0; i < iterations; i++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            for (CustomerBill bill : bills) {
                WRITER.writeBillingDetails(bill, sink);
            }
            perCpu[i] = bills.size() / ((THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9);
        }
        Arrays.sort(perCpu);
        System.out.printf(
                Locale.ROOT,
                "%-30s per core (CPU time) median %,9.0f best %,9.0f /s (%.2f µs/document)" + " | load %s -> %s%n",
                "1 thread, XML only",
                perCpu[iterations / 2],
                perCpu[iterations - 1],
                1e6 / perCpu[iterations / 2],
                loadBefore,
                load());
    }

    private static long allocation(List<BillingInput> inputs, boolean xml) {
        long id = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(id);
        Totals t = run(inputs, xml);
        return (THREADS.getThreadAllocatedBytes(id) - before) / t.results;
    }

    private static Totals parallel(ExecutorService pool, List<BillingInput> inputs, boolean xml, int threads)
            throws Exception {
        List<Future<Totals>> parts = new ArrayList<>();
        int slice = (inputs.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<BillingInput> part =
                    inputs.subList(Math.min(inputs.size(), t * slice), Math.min(inputs.size(), (t + 1) * slice));
            parts.add(pool.submit(() -> run(part, xml)));
        }
        Totals sum = new Totals();
        for (Future<Totals> f : parts) {
            sum.add(f.get());
        }
        return sum;
    }

    /** Bills every input on the calling thread; counts results, XML bytes and this thread's CPU time. */
    private static Totals run(List<BillingInput> inputs, boolean xml) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        CountingSink sink = new CountingSink();
        Totals t = new Totals();
        for (BillingInput in : inputs) {
            BillingResult r = ENGINE.calculate(in).orElse(null);
            if (r == null) {
                continue;
            }
            t.results++;
            t.gross = t.gross.add(r.gross());
            if (xml) {
                WRITER.writeBillingDetails(
                        new CustomerBill(null, CUSTOMER, in.periodStart(), in.periodEnd(), in.zone(), List.of(r)),
                        sink);
            }
        }
        t.xmlBytes = sink.bytes;
        t.cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu0;
        return t;
    }

    /** e.g. "83k 95k 141k": each iteration's rate, to show how much the machine varied. */
    private static String thousands(double[] rates) {
        StringBuilder out = new StringBuilder();
        for (double r : rates) {
            out.append(out.length() == 0 ? "" : " ")
                    .append(Math.round(r / 1000))
                    .append('k');
        }
        return out.toString();
    }

    private static String collectors() {
        StringBuilder names = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            names.append(names.length() == 0 ? "" : "/").append(gc.getName());
        }
        return names.toString();
    }

    private static String load() {
        return String.format(
                Locale.ROOT,
                "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static final class Totals {
        long results;
        long xmlBytes;
        long cpuNanos;
        BigDecimal gross = BigDecimal.ZERO;

        void add(Totals o) {
            results += o.results;
            xmlBytes += o.xmlBytes;
            cpuNanos += o.cpuNanos;
            gross = gross.add(o.gross);
        }
    }

    /** Discards the XML but counts it, so the writer's work cannot be optimised away. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
