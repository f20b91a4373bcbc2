package org.bss.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.bss.common.BssException;
import org.bss.common.ConflictException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.junit.jupiter.api.Test;

class UserRoleRulesTest {

    @Test
    void aCustomerOrganizationOffersAdministratorAndSubscriptionManagerOnly() {
        assertEquals(Set.of(Roles.ORGANIZATION_ADMIN, Roles.SUBSCRIPTION_MANAGER), UserRoleRules.available(Set.of()));
    }

    @Test
    void eachOrganizationRoleOffersItsManagerRole() {
        assertEquals(
                Set.of(
                        Roles.ORGANIZATION_ADMIN,
                        Roles.SUBSCRIPTION_MANAGER,
                        Roles.SERVICE_MANAGER,
                        Roles.TECHNOLOGY_MANAGER),
                UserRoleRules.available(Set.of("SUPPLIER", "TECHNOLOGY_PROVIDER")));
        assertEquals(
                Set.of(Roles.ORGANIZATION_ADMIN, Roles.SUBSCRIPTION_MANAGER, Roles.RESELLER_MANAGER),
                UserRoleRules.available(Set.of("RESELLER")));
        assertEquals(
                Set.of(Roles.ORGANIZATION_ADMIN, Roles.SUBSCRIPTION_MANAGER, Roles.BROKER_MANAGER),
                UserRoleRules.available(Set.of("BROKER")));
        assertEquals(
                Set.of(
                        Roles.ORGANIZATION_ADMIN,
                        Roles.SUBSCRIPTION_MANAGER,
                        Roles.PLATFORM_OPERATOR,
                        Roles.MARKETPLACE_OWNER),
                UserRoleRules.available(Set.of("PLATFORM_OPERATOR", "MARKETPLACE_OWNER")));
    }

    @Test
    void aRoleTheOrganizationLacksIsRefusedByName() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> UserRoleRules.checkAssignable(
                        Set.of("BROKER"), List.of(Roles.ORGANIZATION_ADMIN, Roles.SERVICE_MANAGER)));
        assertEquals("identity.role.notAvailable", e.messageKey());
        assertEquals(Roles.SERVICE_MANAGER, e.arguments()[0]);
    }

    @Test
    void roleNamesAreCaseSensitiveAndLoggedInIsNoUserRole() {
        assertThrows(
                ValidationException.class,
                () -> UserRoleRules.checkAssignable(Set.of(), List.of("organization_admin")));
        BssException e = assertThrows(
                ValidationException.class, () -> UserRoleRules.checkAssignable(Set.of(), List.of(Roles.LOGGED_IN)));
        assertEquals("identity.role.unknown", e.messageKey());
        assertDoesNotThrow(() -> UserRoleRules.checkAssignable(Set.of(), List.of(Roles.SUBSCRIPTION_MANAGER)));
    }

    @Test
    void theLastAdministratorCannotGo() {
        assertThrows(ConflictException.class, () -> UserRoleRules.checkAdministratorRemains(0, false));
        assertDoesNotThrow(() -> UserRoleRules.checkAdministratorRemains(0, true));
        assertDoesNotThrow(() -> UserRoleRules.checkAdministratorRemains(1, false));
    }
}
