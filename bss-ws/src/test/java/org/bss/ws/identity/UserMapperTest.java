package org.bss.ws.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.bss.identity.UserData;
import org.bss.identity.UserStatus;
import org.bss.identity.UserView;
import org.bss.ws.vo.UserAccountStatus;
import org.bss.ws.vo.UserRoleType;
import org.bss.ws.vo.VOUser;
import org.bss.ws.vo.VOUserDetails;
import org.junit.jupiter.api.Test;

class UserMapperTest {

    static UserView view(Set<String> roles, UserStatus status, boolean mustChange, int failedLogins) {
        return new UserView(
                10_042L,
                "jane",
                "acme",
                "jane@acme.example",
                "de",
                "MS",
                "Jane",
                "Doe",
                "Q.",
                "Main Street 1",
                "+49 89 1234",
                roles,
                status,
                mustChange,
                failedLogins,
                Instant.parse("2026-01-02T03:04:05Z"),
                null,
                7L);
    }

    @Test
    void detailsCarryEveryFieldKeyVersionAndRoles() {
        VOUserDetails vo = UserMapper.toDetails(
                view(Set.of("SUBSCRIPTION_MANAGER", "ORGANIZATION_ADMIN"), UserStatus.ACTIVE, false, 0));

        assertThat(vo.getKey()).isEqualTo(10_042L);
        assertThat(vo.getVersion()).isEqualTo(7);
        assertThat(vo.getUserId()).isEqualTo("jane");
        assertThat(vo.getOrganizationId()).isEqualTo("acme");
        assertThat(vo.getEMail()).isEqualTo("jane@acme.example");
        assertThat(vo.getLocale()).isEqualTo("de");
        assertThat(vo.getSalutation()).isEqualTo("MS");
        assertThat(vo.getFirstName()).isEqualTo("Jane");
        assertThat(vo.getLastName()).isEqualTo("Doe");
        assertThat(vo.getAdditionalName()).isEqualTo("Q.");
        assertThat(vo.getAddress()).isEqualTo("Main Street 1");
        assertThat(vo.getPhone()).isEqualTo("+49 89 1234");
        assertThat(vo.getStatus()).isEqualTo(UserAccountStatus.ACTIVE);
        // in the contract's enum order, not the set's
        assertThat(vo.getUserRoles())
                .containsExactly(UserRoleType.ORGANIZATION_ADMIN, UserRoleType.SUBSCRIPTION_MANAGER);
        assertThat(vo.getOrganizationRoles()).isEmpty();
        assertThat(vo.isRemoteLdapActive()).isFalse();
        assertThat(vo.getRealmUserId()).isNull();
    }

    @Test
    void plainUserHasTheAddressingFieldsOnly() {
        VOUser vo = UserMapper.toUser(view(Set.of(), UserStatus.LOCKED, false, 0));

        assertThat(vo).isNotInstanceOf(VOUserDetails.class);
        assertThat(vo.getUserId()).isEqualTo("jane");
        assertThat(vo.getKey()).isEqualTo(10_042L);
        assertThat(vo.getStatus()).isEqualTo(UserAccountStatus.LOCKED);
        assertThat(vo.getUserRoles()).isEmpty();
    }

    @Test
    void statusFollowsLockFailedLoginsAndForcedChange() {
        assertThat(UserMapper.status(UserStatus.ACTIVE, false, 0)).isEqualTo(UserAccountStatus.ACTIVE);
        assertThat(UserMapper.status(UserStatus.ACTIVE, false, 2)).isEqualTo(UserAccountStatus.ACTIVE);
        assertThat(UserMapper.status(UserStatus.ACTIVE, true, 0)).isEqualTo(UserAccountStatus.PASSWORD_MUST_BE_CHANGED);
        assertThat(UserMapper.status(UserStatus.LOCKED, false, 0)).isEqualTo(UserAccountStatus.LOCKED);
        assertThat(UserMapper.status(UserStatus.LOCKED, true, 0)).isEqualTo(UserAccountStatus.LOCKED);
        assertThat(UserMapper.status(UserStatus.LOCKED, false, 3))
                .isEqualTo(UserAccountStatus.LOCKED_FAILED_LOGIN_ATTEMPTS);
    }

    @Test
    void sentDetailsBecomeUserDataWithNullsKept() {
        VOUserDetails vo = new VOUserDetails();
        vo.setUserId("bob");
        vo.setEMail("bob@example.com");
        vo.setLocale("ja");
        vo.setFirstName("");
        vo.setKey(99);

        UserData data = UserMapper.toData(vo);

        assertThat(data).isEqualTo(new UserData("bob", "bob@example.com", "ja", null, "", null, null, null, null));
    }

    @Test
    void lockStatusesAreTheLockedOnes() {
        assertThat(UserAccountStatus.LOCKED.isLocked()).isTrue();
        assertThat(UserAccountStatus.LOCKED_FAILED_LOGIN_ATTEMPTS.isLocked()).isTrue();
        assertThat(UserAccountStatus.LOCKED_NOT_CONFIRMED.isLocked()).isTrue();
        assertThat(UserAccountStatus.ACTIVE.isLocked()).isFalse();
        assertThat(UserAccountStatus.PASSWORD_MUST_BE_CHANGED.isLocked()).isFalse();
    }
}
