package org.bss.ws.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bss.common.security.Roles;
import org.bss.identity.UserRoleRules;
import org.bss.ws.vo.UserRoleType;
import org.junit.jupiter.api.Test;

class UserRolesTest {

    @Test
    void everyBssUserRoleHasTheContractConstantOfTheSameName() {
        assertThat(Arrays.stream(UserRoleType.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(UserRoleRules.USER_ROLES);
        assertThat(UserRoles.toNames(UserRoles.toWire(UserRoleRules.USER_ROLES)))
                .isEqualTo(UserRoleRules.USER_ROLES);
    }

    @Test
    void technicalRolesAreNotSent() {
        assertThat(UserRoles.toWire(Set.of(Roles.LOGGED_IN, Roles.PLATFORM_OPERATOR, "UNIT_ADMINISTRATOR")))
                .containsExactly(UserRoleType.PLATFORM_OPERATOR);
        assertThat(UserRoles.toWire(null)).isEmpty();
    }

    @Test
    void wireRolesBecomeNamesWithoutNilsOrDuplicates() {
        assertThat(UserRoles.toNames(Arrays.asList(
                        UserRoleType.SERVICE_MANAGER,
                        null,
                        UserRoleType.SERVICE_MANAGER,
                        UserRoleType.ORGANIZATION_ADMIN)))
                .containsExactly(Roles.ORGANIZATION_ADMIN, Roles.SERVICE_MANAGER);
        assertThat(UserRoles.toNames(null)).isEmpty();
        assertThat(UserRoles.toNames(List.of())).isEmpty();
    }
}
