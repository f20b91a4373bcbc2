package org.bss.marketplace;

import java.util.List;

/**
 * Who may publish on a marketplace (MKT-2): open or restricted, and the organization ids granted (they count while
 * it is restricted) and banned (they count while it is open).
 */
public record SupplierAccessView(String marketplaceId, boolean open, List<String> granted, List<String> banned) {}
