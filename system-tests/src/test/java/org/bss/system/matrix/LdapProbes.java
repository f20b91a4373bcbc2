package org.bss.system.matrix;

import org.bss.system.matrix.AuthorizationMatrix.Expect;
import org.bss.system.matrix.Scene.Target;

/**
 * The LDAP operations that name an organization (App. G.1 "LDAP settings", REST /organizations/{id}/ldap): an
 * organization's administrator for the own organization, the operator for every one, and "not found" for another
 * organization's administrator, as for users. SOAP has no such operation (IdentityService's LDAP operations act on the
 * caller's own organization), so these rows have REST cells only. Both calls read: organization A uses no LDAP, so
 * its settings are empty and a test of given settings against a closed port answers ok=false.
 */
final class LdapProbes {

    /** Nothing listens here: the connection test fails at once and says so in its answer. */
    private static final String CLOSED_PORT_URL = "ldap://127.0.0.1:1";

    private LdapProbes() {}

    static Probe readSettings() {
        return new Probe(
                Target.NONE,
                null,
                s -> RestCall.call(s.caller, "GET", "/organizations/" + s.orgA() + "/ldap/settings", null, null),
                (s, surface, a) -> a.outcome() == Expect.ALLOWED
                        && a.body() != null
                        && a.body().strip().startsWith("{"));
    }

    static Probe testSettings() {
        return new Probe(
                Target.NONE,
                null,
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/organizations/" + s.orgA() + "/ldap/connection-test",
                        "application/json",
                        RestCall.json("LDAP_URL", CLOSED_PORT_URL, "LDAP_BASE_DN", "dc=example,dc=com")),
                (s, surface, a) -> a.outcome() == Expect.ALLOWED && a.bodyContains("\"ok\""));
    }
}
