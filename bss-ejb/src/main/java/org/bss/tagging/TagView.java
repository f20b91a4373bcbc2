package org.bss.tagging;

/** A tag of the tag cloud and the number of services on sale that use it (the contract's VOTag numberReferences). */
public record TagView(String value, long numberReferences) {}
