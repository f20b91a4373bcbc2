package org.bss.marketplace;

/** An organization named in a marketplace's supplier access (granted or banned), as its owner sees it. */
public record Supplier(long key, String organizationId, String name) {}
