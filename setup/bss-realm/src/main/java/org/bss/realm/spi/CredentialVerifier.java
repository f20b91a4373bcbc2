package org.bss.realm.spi;

/**
 * The one place that decides whether a login succeeds. Implemented by an EJB in bss-ejb and looked
 * up by the realm, so the realm, the REST token endpoint and the portal share password hashing,
 * lockout and (later) LDAP. This interface lives in the realm jar, which sits in the domain's lib
 * and is therefore visible to both the server (realm) and the application (EJB).
 */
public interface CredentialVerifier {

    /** Portable JNDI name of the implementing bean. */
    String JNDI_NAME = "java:global/bss/bss-ejb/CredentialVerifierBean!org.bss.realm.spi.CredentialVerifier";

    /** Prefix that marks a login name as a user id; ':' is forbidden in user ids (table 5.2). */
    String USER_ID_PREFIX = "id:";

    /**
     * @param loginName a user key (decimal digits, SOAP and CLI), or {@code id:<userId>} (portal);
     *                  any other name is taken as a user id
     * @return the verified caller: principal name (the user key) and groups (App. G role names)
     * @throws LoginRefusedException when the name is unknown, the password is wrong or the account is locked
     */
    VerifiedCaller verify(String loginName, String password) throws LoginRefusedException;
}
