package org.bss.task;

/**
 * What to do with a task whose handler failed. A failure inside the first deliveries is retried by
 * rolling the message back (so a consumer failing once loses nothing); at the last allowed delivery
 * the task is parked as a dead task instead, which stops OpenMQ's immediate-redelivery loop.
 */
public final class RedeliveryPolicy {

    /** Deliveries a task gets before it is parked (JMSXDeliveryCount starts at 1). */
    public static final int MAX_DELIVERIES = 3;

    public enum Decision {
        RETRY,
        PARK
    }

    private RedeliveryPolicy() {}

    public static Decision afterFailure(int deliveryCount) {
        return deliveryCount < MAX_DELIVERIES ? Decision.RETRY : Decision.PARK;
    }
}
