package org.bss.task;

/** JMS message property names used on the task queue. */
final class TaskProperties {
    static final String TASK_ID = "bssTaskId";
    static final String KIND = "bssTaskKind";
    static final String DELIVERY_COUNT = "JMSXDeliveryCount";

    private TaskProperties() {}
}
