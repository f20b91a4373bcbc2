package org.bss.task;

/**
 * One unit of asynchronous work: a unique id (the idempotency key), its kind, a text payload and
 * the JMS delivery count of the message that carries it.
 */
public record Task(String id, String kind, String payload, int deliveryCount) {}
