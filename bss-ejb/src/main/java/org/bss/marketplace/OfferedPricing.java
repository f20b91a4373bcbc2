package org.bss.marketplace;

import org.bss.catalog.PriceModelLocalization;
import org.bss.catalog.PriceModelTerms;

/** What an offered service charges and the price model's description and license per language. */
public record OfferedPricing(PriceModelTerms terms, PriceModelLocalization texts) {}
