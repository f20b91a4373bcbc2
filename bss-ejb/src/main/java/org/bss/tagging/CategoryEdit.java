package org.bss.tagging;

/**
 * One category of the contract's saveCategories: key 0 creates it on the marketplace, another key changes that
 * category (id, and the name in the call's locale) when {@code version} is still the stored one.
 */
public record CategoryEdit(long key, int version, String marketplaceId, String categoryId, String name) {}
