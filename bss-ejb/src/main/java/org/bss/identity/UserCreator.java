package org.bss.identity;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;
import org.bss.account.Organization;
import org.bss.common.ConflictException;

/**
 * Creating one user in an organization, the same for "register user", the CSV import and an organization's first
 * administrator: field rules, role rules,
 * unique user id, a generated initial password that must be changed at the first login. Every check runs before
 * anything is persisted, so a refused user leaves nothing behind and the caller may go on with the next one.
 */
public final class UserCreator {

    public record Created(PlatformUser user, String initialPassword) {}

    private UserCreator() {}

    public static Created create(EntityManager em, Instant now, Organization org, UserData data, Set<String> roles) {
        UserDataValidator.validate(data);
        Set<String> userRoles = roles == null ? Set.of() : roles;
        UserRoleRules.checkAssignable(org.getRoles(), userRoles);
        if (Users.byUserId(em, data.userId()) != null) {
            throw new ConflictException("account.user.duplicate", data.userId());
        }
        PlatformUser user = new PlatformUser(data.userId(), org, data.locale(), now);
        user.apply(data);
        user.getRoles().addAll(userRoles);
        String password = user.assignGeneratedPassword(now);
        em.persist(user);
        return new Created(user, password);
    }
}
