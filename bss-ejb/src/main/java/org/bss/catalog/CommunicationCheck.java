package org.bss.catalog;

/**
 * The result of "validate communication": the provisioning URL tried, whether it answered 2xx, status and detail, and
 * whether no answer came in time.
 */
public record CommunicationCheck(String url, boolean reached, int status, String detail, boolean timedOut) {}
