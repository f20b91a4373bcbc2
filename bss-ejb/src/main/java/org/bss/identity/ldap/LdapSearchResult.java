package org.bss.identity.ldap;

import java.util.List;

/**
 * Entries found by a search. {@code truncated}: more entries matched than LDAP_SEARCH_LIMIT (or the server's own
 * size limit) allowed; the caller should ask for a narrower pattern (message key {@code ldap.search.truncated}).
 */
public record LdapSearchResult(List<LdapUser> users, boolean truncated) {
    public LdapSearchResult {
        users = List.copyOf(users);
    }
}
