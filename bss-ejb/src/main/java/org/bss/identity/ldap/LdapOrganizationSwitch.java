package org.bss.identity.ldap;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bss.account.Organization;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.identity.PlatformUser;

/**
 * Makes an organization LDAP-managed (USR-6: no mixed LDAP/internal users). The guide fixes the choice when the
 * organization is created, so this is allowed only while the organization is as creation left it: every user is an
 * administrator who never logged in. Those users must exist in the directory under their user id; they become LDAP
 * users (password hash removed, mapped fields from the directory). Anything else is refused and nothing changes.
 */
final class LdapOrganizationSwitch {

    private final EntityManager em;
    private final LdapStore store;
    private final LdapDirectory directory;
    private final Clock clock;

    LdapOrganizationSwitch(EntityManager em, LdapStore store, LdapDirectory directory, Clock clock) {
        this.em = em;
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    void convertUsers(Organization org, LdapSettings settings) {
        List<PlatformUser> users = em.createQuery(
                        "select u from PlatformUser u where u.organization = :org order by u.userId",
                        PlatformUser.class)
                .setParameter("org", org)
                .getResultList();
        List<String> established = new ArrayList<>();
        for (PlatformUser user : users) {
            if (!user.getRoles().contains(Roles.ORGANIZATION_ADMIN) || user.getLastLoginAt() != null) {
                established.add(user.getUserId());
            }
        }
        if (!established.isEmpty()) {
            throw new ValidationException("ldap.org.internalUsers", org.getOrgId(), String.join(", ", established));
        }
        Instant now = clock.instant();
        for (PlatformUser user : users) {
            Optional<LdapUser> entry = directory.find(settings, user.getUserId());
            if (entry.isEmpty()) {
                throw new ValidationException("ldap.import.notFound", user.getUserId(), settings.baseDn());
            }
            LdapUserMapping.check(entry.get()).ifPresent(r -> {
                throw new ValidationException(r.messageKey(), r.arguments().toArray());
            });
            user.setPassword(null, false, now);
            LdapUserMapping.apply(entry.get(), settings, user);
        }
        em.flush();
        users.forEach(u -> store.markLdapUser(u.getKey()));
    }
}
