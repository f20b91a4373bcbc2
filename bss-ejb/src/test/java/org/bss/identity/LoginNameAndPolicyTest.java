package org.bss.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.bss.account.Organization;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.junit.jupiter.api.Test;

class LoginNameAndPolicyTest {

    @Test
    void decimalDigitsAreAUserKey() {
        assertThat(LoginName.parse("1000")).isEqualTo(new LoginName.ByKey(1000));
    }

    @Test
    void prefixedNameIsAUserId() {
        assertThat(LoginName.parse("id:administrator")).isEqualTo(new LoginName.ById("administrator"));
        assertThat(LoginName.parse("id:1000")).isEqualTo(new LoginName.ById("1000"));
    }

    @Test
    void anythingElseIsAUserId() {
        assertThat(LoginName.parse("administrator")).isEqualTo(new LoginName.ById("administrator"));
        assertThat(LoginName.parse("12ab")).isEqualTo(new LoginName.ById("12ab"));
        assertThat(LoginName.parse("99999999999999999999")).isEqualTo(new LoginName.ById("99999999999999999999"));
    }

    @Test
    void emptyNamesResolveToNothing() {
        assertThat(LoginName.parse(null)).isNull();
        assertThat(LoginName.parse(" ")).isNull();
        assertThat(LoginName.parse("id:")).isNull();
    }

    @Test
    void passwordPolicy() {
        assertThatCode(() -> PasswordPolicy.check("longenough", "admin123", 8)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("short", "admin123", 8))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.messageKey()).isEqualTo("identity.password.tooShort");
                    assertThat(v.localizedMessage(Locale.ENGLISH)).contains("8");
                    assertThat(v.localizedMessage(Locale.GERMAN)).contains("mindestens 8 Zeichen");
                    assertThat(v.localizedMessage(Locale.JAPANESE)).contains("8 文字以上");
                });
        assertThatThrownBy(() -> PasswordPolicy.check("admin123", "admin123", 8))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("differ");
        assertThatThrownBy(() -> PasswordPolicy.check(null, "admin123", 6)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(256), "admin123", 6))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void snapshotAddsLoggedInAndLockStateRoundTrips() {
        Organization org = new Organization("ORG1", "Org", "de", Instant.EPOCH);
        PlatformUser user = new PlatformUser("alice", org, "de", Instant.EPOCH);
        user.getRoles().add(Roles.ORGANIZATION_ADMIN);
        LoginCheck.Snapshot s = CredentialChecker.snapshot(user);
        assertThat(s.roles()).containsExactlyInAnyOrder(Roles.ORGANIZATION_ADMIN, Roles.LOGGED_IN);
        assertThat(s.locale()).isEqualTo(Locale.GERMAN);
        assertThat(s.toAuthenticatedUser().userId()).isEqualTo("alice");

        user.apply(new LockoutPolicy.State(3, true));
        assertThat(user.getStatus()).isEqualTo(UserStatus.LOCKED);
        assertThat(user.lockoutState()).isEqualTo(new LockoutPolicy.State(3, true));
        user.setStatus(UserStatus.ACTIVE);
        assertThat(user.lockoutState()).isEqualTo(new LockoutPolicy.State(0, false));
    }

    @Test
    void loginNamesAreLoggedSafely() {
        assertThat(CredentialChecker.printable("evil\nname")).isEqualTo("evil?name");
        assertThat(CredentialChecker.printable(null)).isEqualTo("(none)");
        assertThat(CredentialChecker.printable("x".repeat(300))).hasSize(103);
    }
}
