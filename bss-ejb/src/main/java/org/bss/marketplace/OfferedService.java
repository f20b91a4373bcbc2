package org.bss.marketplace;

import org.bss.catalog.ServiceView;
import org.bss.catalog.TechnicalServiceDetails;

/** A service offered on a marketplace (on sale and shown in its catalog), with the technical service it runs on. */
public record OfferedService(ServiceView service, TechnicalServiceDetails technical, String marketplaceId) {}
