package org.bss.billing.input;

/** How a price model turns usage time into a factor. */
public enum PricingType {
    FREE_OF_CHARGE,
    PRO_RATA,
    PER_UNIT
}
