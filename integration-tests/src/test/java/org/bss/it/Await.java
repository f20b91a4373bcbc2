package org.bss.it;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls a condition with a deadline: asynchronous work (MDBs, timers) is observed, not slept on. */
public final class Await {

    private Await() {}

    public static <T> T until(Duration timeout, Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.call();
            if (value != null || System.nanoTime() > deadline) {
                return value;
            }
            Thread.sleep(250);
        }
    }
}
