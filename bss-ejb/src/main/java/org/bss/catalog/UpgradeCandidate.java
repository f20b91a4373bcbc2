package org.bss.catalog;

/** A service that may be an up/downgrade option of another, and whether it is one now (VOCompatibleService). */
public record UpgradeCandidate(ServiceView service, boolean compatible) {}
