package org.bss.catalog;

/** Where a service stands (the contract's ServiceStatus): defined and editable, on sale, or held back. */
public enum ServiceStatus {
    /** Defined, not on sale: the only state in which its definition may change or it may be deleted. */
    INACTIVE,
    /** On sale on its marketplace. */
    ACTIVE,
    /** Held back by the marketplace owner. */
    SUSPENDED
}
