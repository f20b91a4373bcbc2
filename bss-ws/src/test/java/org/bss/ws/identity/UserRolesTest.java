package org.bss.ws.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bss.common.ValidationException;
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
    void wireRolesBecomeNamesWithoutDuplicates() {
        assertThat(UserRoles.toNames(List.of(
                        UserRoleType.SERVICE_MANAGER, UserRoleType.SERVICE_MANAGER, UserRoleType.ORGANIZATION_ADMIN)))
                .containsExactly(Roles.ORGANIZATION_ADMIN, Roles.SERVICE_MANAGER);
        assertThat(UserRoles.toNames(null)).isEmpty();
        assertThat(UserRoles.toNames(List.of())).isEmpty();
    }

    /** JAXB reads a value outside the enum as null: refused as an unknown role, not taken as "no role". */
    @Test
    void anEntryThatIsNoRoleIsRefused() {
        assertThatThrownBy(() -> UserRoles.toNames(Arrays.asList(UserRoleType.SERVICE_MANAGER, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("identity.role.unknown"));
    }
}
