package org.bss.billing.input;

/** States of a subscription that matter for billing; only ACTIVE time is charged. */
public enum SubscriptionStatus {
    ACTIVE,
    SUSPENDED,
    TERMINATED
}
