package org.bss.identity.ldap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bss.account.Organization;
import org.bss.account.Organizations;
import org.bss.common.ValidationException;
import org.bss.identity.PlatformUser;
import org.bss.identity.Users;

/**
 * What other features ask about LDAP (USR-6): is an organization or a user LDAP-managed, and which user fields are
 * read-only because the directory maps them. Internal queries without a role (the "forgot password" page asks
 * before anyone is logged in).
 */
@Stateless
@PermitAll
public class LdapMembership {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    /** An LDAP organization has no internal users: no registering users, CSV import or password changes. */
    public boolean isLdapOrganization(long orgKey) {
        return new LdapStore(em).isLdapOrganization(orgKey);
    }

    /** The same by organization id, for surfaces that know only the id (false for an unknown id). */
    public boolean isLdapOrganization(String organizationId) {
        Organization org = Organizations.byOrgId(em, organizationId);
        return org != null && isLdapOrganization(org.getKey());
    }

    /** An LDAP user has no password in BSS (no change, reset or recovery). */
    public boolean isLdapUser(long userKey) {
        return new LdapStore(em).isLdapUser(userKey);
    }

    /**
     * The user fields that are read-only in an LDAP organization ("userId", "email", "firstName", "lastName",
     * "additionalName", "locale", as mapped); empty for an organization without LDAP.
     */
    public List<String> mappedFields(long orgKey) {
        LdapStore store = new LdapStore(em);
        if (!store.isLdapOrganization(orgKey)) {
            return List.of();
        }
        try {
            return LdapUserMapping.mappedFields(store.effective(orgKey));
        } catch (ValidationException e) { // the defaults no longer complete the settings: the user id at least
            return List.of("userId");
        }
    }

    /** The read-only fields of a user by user id: those of its organization when the user is LDAP-managed, else empty. */
    public List<String> mappedFieldsOfUser(String userId) {
        PlatformUser user = Users.byUserId(em, userId);
        if (user == null || !isLdapUser(user.getKey())) {
            return List.of();
        }
        return mappedFields(user.getOrganization().getKey());
    }
}
