package org.bss.billing.result;

import org.bss.billing.time.Fraction;

/** How much of the chargeable time one user was assigned, as a factor of the time unit. */
public record UserFactor(String userId, Fraction factor) {}
