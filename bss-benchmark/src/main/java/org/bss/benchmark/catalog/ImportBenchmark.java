package org.bss.benchmark.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bss.catalog.TechnicalServiceDefinition;
import org.bss.catalog.TechnicalServicesFile;

/**
 * The file part of a technical-services import, in process: a file of {@code bench.megabytes} (5) checked against
 * the schema, read and checked against the rules ({@link TechnicalServicesFile#read}), then written again (export).
 * Median and range of {@code bench.iterations} (7) after two warm-up rounds. Storing the services is not part of it.
 * {@code ./bss bench catalog}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {}

    public static void main(String[] args) {
        int megabytes = Integer.getInteger("bench.megabytes", 5);
        int iterations = Integer.getInteger("bench.iterations", 7);
        byte[] file = LargeFile.of(megabytes * 1024 * 1024);
        double[] reads = new double[iterations];
        double[] writes = new double[iterations];
        int services = 0;
        for (int i = -2; i < iterations; i++) {
            long t0 = System.nanoTime();
            List<TechnicalServiceDefinition> read = TechnicalServicesFile.read(file, Locale.ENGLISH);
            long t1 = System.nanoTime();
            TechnicalServicesFile.write(read);
            long t2 = System.nanoTime();
            services = read.size();
            if (i >= 0) {
                reads[i] = (t1 - t0) / 1e6;
                writes[i] = (t2 - t1) / 1e6;
            }
        }
        System.out.printf(
                "technical-services file of %,d bytes, %d services (%d parameters, events and roles each), %d"
                        + " iterations, %d CPUs%n",
                file.length,
                services,
                LargeFile.PARAMETERS,
                iterations,
                Runtime.getRuntime().availableProcessors());
        print("import: schema check + read + rules", reads);
        print("export: write", writes);
    }

    private static void print(String what, double[] millis) {
        double[] v = millis.clone();
        Arrays.sort(v);
        System.out.printf(
                "%-38s median %8.1f ms  (min %8.1f, max %8.1f)%n", what, v[v.length / 2], v[0], v[v.length - 1]);
    }
}
