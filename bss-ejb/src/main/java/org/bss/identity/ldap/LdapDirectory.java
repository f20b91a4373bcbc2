package org.bss.identity.ldap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.naming.AuthenticationException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapContext;

/**
 * The directory of one organization through plain JNDI (javax.naming.ldap; no LDAP library at runtime): search
 * entries by user id, check a user's password by binding as the entry, test the connection. Every call opens its
 * own connection and closes it; connect timeout 5 s, read timeout 10 s, so an unreachable server cannot hold a
 * login for long. Failures of the directory itself are {@link LdapUnavailableException}s.
 */
public class LdapDirectory {

    /** Largest result of the exact lookup: a second match means the user id is ambiguous. */
    private static final int EXACT_LIMIT = 2;

    private final LdapConnector connector = new LdapConnector();

    /**
     * Entries whose user id attribute matches {@code uidPattern} ({@code *} is a wildcard, everything else literal;
     * blank = all), at most {@code limit} of them (LDAP_SEARCH_LIMIT), sorted by user id.
     */
    public LdapSearchResult search(LdapSettings settings, String uidPattern, long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        return query(settings, LdapFilter.like(settings.uidAttribute(), uidPattern), limit);
    }

    /** The entry whose user id is exactly {@code uid}; empty when none or more than one entry has it. */
    public Optional<LdapUser> find(LdapSettings settings, String uid) {
        if (uid == null || uid.isBlank()) {
            return Optional.empty();
        }
        LdapSearchResult result = query(settings, LdapFilter.equalTo(settings.uidAttribute(), uid), EXACT_LIMIT);
        return result.users().size() == 1 && !result.truncated()
                ? Optional.of(result.users().get(0))
                : Optional.empty();
    }

    /**
     * Checks a user's password: finds the entry's DN with the search principal, then binds as that DN. An empty
     * password is refused without asking the server, because LDAP takes a simple bind with an empty password as an
     * anonymous bind, which succeeds.
     *
     * @return true when the directory accepted the password; false for an unknown or ambiguous user id or a wrong one
     * @throws LdapUnavailableException the directory cannot be asked
     */
    public boolean authenticate(LdapSettings settings, String uid, String password) {
        return verify(settings, uid, password).isPresent();
    }

    /** As {@link #authenticate}, returning the user's entry when the password is accepted. */
    public Optional<LdapUser> verify(LdapSettings settings, String uid, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        Optional<LdapUser> user = find(settings, uid);
        if (user.isEmpty()) {
            return user;
        }
        try {
            LdapConnector.close(connector.connect(settings, user.get().dn(), password));
            return user;
        } catch (AuthenticationException e) {
            return Optional.empty();
        } catch (NamingException e) {
            throw connector.unavailable(settings, e);
        }
    }

    /** Connects with the search principal and reads the base DN (guide 3.5.2 "connection test"). */
    // BanJNDI: getAttributes returns attribute values only; JNDI deserializes Java objects only on lookups
    @SuppressWarnings("BanJNDI")
    public LdapConnectionCheck testConnection(LdapSettings settings) {
        LdapContext ctx = null;
        try {
            ctx = connector.connect(settings, settings.principal(), settings.credentials());
            ctx.getAttributes(settings.baseDn(), new String[] {"objectClass"});
            return LdapConnectionCheck.ok(settings);
        } catch (NamingException e) {
            return LdapConnectionCheck.failed(connector.unavailable(settings, e));
        } finally {
            LdapConnector.close(ctx);
        }
    }

    // BanJNDI: the search returns attributes only (returningObjFlag false below), so no Java object is deserialized
    @SuppressWarnings("BanJNDI")
    private LdapSearchResult query(LdapSettings settings, String filter, long limit) {
        LdapEntryMapper mapper = new LdapEntryMapper(settings);
        SearchControls controls = new SearchControls(
                SearchControls.SUBTREE_SCOPE, limit, LdapConnector.READ_TIMEOUT_MS, mapper.attributes(), false, false);
        List<LdapUser> users = new ArrayList<>();
        boolean truncated = false;
        LdapContext ctx = null;
        try {
            ctx = connector.connect(settings, settings.principal(), settings.credentials());
            NamingEnumeration<SearchResult> results = ctx.search(settings.baseDn(), filter, controls);
            try {
                while (results.hasMore()) {
                    mapper.map(results.next()).ifPresent(users::add);
                }
            } catch (SizeLimitExceededException e) {
                truncated = true; // the entries read so far are kept
            } finally {
                results.close();
            }
        } catch (NamingException e) {
            throw connector.unavailable(settings, e);
        } finally {
            LdapConnector.close(ctx);
        }
        users.sort(Comparator.comparing(LdapUser::uid, String.CASE_INSENSITIVE_ORDER));
        return new LdapSearchResult(users, truncated);
    }
}
