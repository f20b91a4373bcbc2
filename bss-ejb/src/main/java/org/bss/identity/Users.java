package org.bss.identity;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Finds a user by a login name in any of its forms (user key, {@code id:<userId>}, user id). The
 * realm and the caller principal use the same forms: Payara keeps the name the caller typed as the
 * EJB caller principal, so a portal caller appears as {@code id:<userId>}, a SOAP caller as its key.
 */
public final class Users {

    private Users() {
    }

    /** @return the user, or null when the name is empty or names nobody */
    public static PlatformUser find(EntityManager em, String loginName) {
        LoginName name = LoginName.parse(loginName);
        if (name == null) {
            return null;
        }
        if (name instanceof LoginName.ByKey byKey) {
            return em.find(PlatformUser.class, byKey.userKey());
        }
        List<PlatformUser> users = em.createQuery("select u from PlatformUser u where u.userId = :id", PlatformUser.class)
                .setParameter("id", ((LoginName.ById) name).userId())
                .getResultList();
        return users.isEmpty() ? null : users.get(0);
    }
}
