package org.bss.task;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The "probe" task lets an operator (and the integration tests) check the task queue end to end.
 * A payload {@code failDeliveries=N} makes the probe fail on its first N deliveries, which shows
 * that a failing consumer loses nothing (N below the limit) and that a poison task is parked (N at
 * or above it).
 */
@ApplicationScoped
public class QueueProbeHandler implements TaskHandler {

    public static final String KIND = "probe";
    private static final String FAIL_DELIVERIES = "failDeliveries=";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(Task task) {
        if (task.deliveryCount() <= failDeliveries(task.payload())) {
            throw new IllegalStateException(
                    "probe " + task.id() + " fails on delivery " + task.deliveryCount() + " as asked");
        }
    }

    static int failDeliveries(String payload) {
        if (payload == null || !payload.startsWith(FAIL_DELIVERIES)) {
            return 0;
        }
        try {
            return Integer.parseInt(payload.substring(FAIL_DELIVERIES.length()).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
