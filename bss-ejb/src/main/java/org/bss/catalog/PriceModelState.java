package org.bss.catalog;

import java.time.Instant;

/** One state of a price model and when it took effect. */
public record PriceModelState(Instant validFrom, PriceModelTerms terms) {}
