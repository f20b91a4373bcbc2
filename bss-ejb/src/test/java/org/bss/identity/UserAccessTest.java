package org.bss.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import org.bss.account.Organization;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.security.Roles;
import org.junit.jupiter.api.Test;

class UserAccessTest {

    private final Organization operatorOrg = org(1, Organization.OPERATOR_ORG_ID);
    private final Organization acme = org(2, "acme");
    private final Organization other = org(3, "other");

    @Test
    void theOperatorManagesEveryOrganization() {
        PlatformUser operator = user(10, operatorOrg, Roles.PLATFORM_OPERATOR);
        assertDoesNotThrow(() -> UserAccess.checkManages(operator, acme));
        assertDoesNotThrow(() -> UserAccess.checkSees(operator, user(11, other)));
    }

    @Test
    void anAdministratorManagesOnlyTheOwnOrganization() {
        PlatformUser admin = user(20, acme, Roles.ORGANIZATION_ADMIN);
        assertDoesNotThrow(() -> UserAccess.checkManages(admin, acme));
        // another organization is "not found", so organization ids cannot be probed either
        assertThrows(ObjectNotFoundException.class, () -> UserAccess.checkManages(admin, other));
        // another organization's user is "not found", so ids cannot be probed
        assertThrows(ObjectNotFoundException.class, () -> UserAccess.checkSees(admin, user(21, other)));
    }

    @Test
    void aPlainUserSeesOnlyItself() {
        PlatformUser plain = user(30, acme, Roles.SUBSCRIPTION_MANAGER);
        assertDoesNotThrow(() -> UserAccess.checkSees(plain, plain));
        assertThrows(ObjectNotFoundException.class, () -> UserAccess.checkSees(plain, user(31, acme)));
        assertThrows(OperationNotPermittedException.class, () -> UserAccess.checkManages(plain, acme));
        assertThrows(OperationNotPermittedException.class, () -> UserAccess.checkAdministrator(plain));
    }

    private static Organization org(long key, String id) {
        Organization o = new Organization(id, id, "en", Instant.EPOCH);
        set(o, Organization.class, "key", key);
        return o;
    }

    private static PlatformUser user(long key, Organization org, String... roles) {
        PlatformUser u = new PlatformUser("u" + key, org, "en", Instant.EPOCH);
        set(u, PlatformUser.class, "key", key);
        u.getRoles().addAll(java.util.List.of(roles));
        return u;
    }

    private static void set(Object target, Class<?> type, String field, Object value) {
        try {
            Field f = type.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
