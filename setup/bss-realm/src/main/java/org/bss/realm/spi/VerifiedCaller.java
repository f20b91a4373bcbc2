package org.bss.realm.spi;

import java.util.Set;

/** A caller whose credentials were verified: the principal name is the user key in decimal. */
public record VerifiedCaller(String principalName, Set<String> groups) {
    public VerifiedCaller {
        groups = Set.copyOf(groups);
    }
}
