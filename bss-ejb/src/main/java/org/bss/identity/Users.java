package org.bss.identity;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.security.Principal;
import java.util.List;
import org.bss.common.AuthenticationException;

/**
 * Finds a user by a login name in any of its forms (user key, {@code id:<userId>}, user id). The
 * realm and the caller principal use the same forms: Payara keeps the name the caller typed as the
 * EJB caller principal, so a portal caller appears as {@code id:<userId>}, a SOAP caller as its key.
 */
public final class Users {

    private Users() {}

    /** @return the user, or null when the name is empty or names nobody */
    public static PlatformUser find(EntityManager em, String loginName) {
        LoginName name = LoginName.parse(loginName);
        if (name == null) {
            return null;
        }
        if (name instanceof LoginName.ByKey byKey) {
            return em.find(PlatformUser.class, byKey.userKey());
        }
        return byUserId(em, ((LoginName.ById) name).userId());
    }

    /** @return the user with this user id, or null */
    public static PlatformUser byUserId(EntityManager em, String userId) {
        List<PlatformUser> users = em.createQuery(
                        "select u from PlatformUser u where u.userId = :id", PlatformUser.class)
                .setParameter("id", userId)
                .getResultList();
        return users.isEmpty() ? null : users.get(0);
    }

    /** The calling user of an EJB. @throws AuthenticationException nobody (known) is logged in */
    public static PlatformUser caller(EntityManager em, SessionContext context) {
        Principal principal = context.getCallerPrincipal();
        PlatformUser user = principal == null ? null : find(em, principal.getName());
        if (user == null) {
            throw new AuthenticationException("identity.notLoggedIn");
        }
        return user;
    }
}
