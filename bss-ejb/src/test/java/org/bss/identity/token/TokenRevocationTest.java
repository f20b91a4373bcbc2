package org.bss.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.bss.account.Organization;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.identity.CredentialChecker;
import org.bss.identity.IdentityService;
import org.bss.identity.PasswordHash;
import org.bss.identity.PasswordRecoveryService;
import org.bss.identity.PlatformUser;
import org.bss.identity.UserService;
import org.bss.identity.Users;
import org.bss.mail.MailMessage;
import org.bss.mail.MailParams;
import org.bss.mail.MailTemplate;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tokens end with the account's right to use them (issue 12): every change that withdraws it deletes the user's
 * active pair in the changing transaction, below the surfaces; changes that withdraw nothing keep the pair.
 */
class TokenRevocationTest {

    private static final String PASSWORD = "Token-user-42";

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private TokenService tokens;
    private UserService users;
    private TokenPair pair;
    private long userKey;

    @BeforeEach
    void aUserWithATokenPair() {
        bss.setting(ConfigKeys.API_SECRET_KEY, "a-secret-of-the-token-revocation-test");
        userKey = bss.inTransaction(em -> {
            Organization org = TestData.organization(em, "Acme");
            TestData.user(em, org, "acme-admin", Roles.ORGANIZATION_ADMIN);
            PlatformUser user =
                    TestData.user(em, org, "acme-user", Roles.SUBSCRIPTION_MANAGER, Roles.ORGANIZATION_ADMIN);
            user.setEmail("acme-user@example.com");
            user.setPassword(PasswordHash.hash(PASSWORD), false, ServiceHarness.START);
            em.flush();
            return user.getKey();
        });
        bss.callerIs("id:acme-admin", Roles.ORGANIZATION_ADMIN);
        tokens = bss.bean(TokenService.class);
        users = bss.bean(UserService.class);
        pair = bss.call(() -> tokens.issue("acme-user", PASSWORD));
        assertThat(verify(pair).userId()).isEqualTo("acme-user");
    }

    @Test
    void lockByAnAdministratorEndsThePair() {
        bss.call(() -> users.lockUser("acme-user"));

        assertEnded(pair);
    }

    @Test
    void lockByFailedLoginsEndsThePair() {
        CredentialChecker checker = bss.bean(CredentialChecker.class);
        for (int i = 0; i < 2; i++) {
            bss.call(() -> checker.check("id:acme-user", "wrong", IdentityService.CHANNEL));
        }
        assertThat(verify(pair).userId())
                .as("failed logins that do not lock keep the pair")
                .isEqualTo("acme-user");

        bss.call(() -> checker.check("id:acme-user", "wrong", IdentityService.CHANNEL));

        assertEnded(pair);
    }

    @Test
    void passwordChangeEndsThePair() {
        bss.run(() -> bss.bean(IdentityService.class).changePassword("acme-user", PASSWORD, "Token-user-43"));

        assertEnded(pair);
    }

    @Test
    void passwordResetByAnAdministratorEndsThePair() {
        bss.call(() -> users.resetPassword("acme-user"));

        assertEnded(pair);
    }

    @Test
    void passwordRecoveryEndsThePair() {
        PasswordRecoveryService recovery = bss.bean(PasswordRecoveryService.class);
        bss.run(() -> recovery.requestRecovery("acme-user"));
        MailMessage mail = bss.mails().stream()
                .filter(m -> m.template() == MailTemplate.PASSWORD_RECOVERY)
                .findFirst()
                .orElseThrow();
        String url = mail.params().get(MailParams.RECOVERY_URL);
        String token = URLDecoder.decode(url.substring(url.indexOf("token=") + 6), StandardCharsets.UTF_8);
        assertThat(verify(pair).userId())
                .as("asking for a recovery changes nothing yet")
                .isEqualTo("acme-user");

        bss.run(() -> recovery.completeRecovery(token, "Recovered-user-42"));

        assertEnded(pair);
    }

    @Test
    void losingARoleEndsThePairGainingOneKeepsIt() {
        bss.call(() -> users.grantRoles("acme-user", Set.of(Roles.ORGANIZATION_ADMIN, Roles.SUBSCRIPTION_MANAGER)));
        assertThat(verify(pair).userId()).isEqualTo("acme-user");

        bss.call(() -> users.revokeRoles("acme-user", Set.of(Roles.SUBSCRIPTION_MANAGER)));

        assertEnded(pair);
    }

    @Test
    void deletingTheUserEndsThePair() {
        bss.run(() -> users.deleteUser("acme-user", null));

        assertEnded(pair);
    }

    @Test
    void unlockAndAnEditKeepThePair() {
        bss.call(() -> users.unlockUser("acme-user"));
        bss.inTransaction(em -> {
            Users.byUserId(em, "acme-user").setPhone("+49 89 1");
            return null;
        });

        assertThat(verify(pair).userId()).isEqualTo("acme-user");
        assertThat(bss.call(() -> tokens.refresh(pair.refreshToken())).accessToken())
                .isNotBlank();
    }

    @Test
    void refreshGivesTheCurrentRolesAndRefusesALockedUser() {
        bss.inTransaction(em -> Users.byUserId(em, "acme-user").getRoles().remove(Roles.SUBSCRIPTION_MANAGER));

        TokenPair next = bss.call(() -> tokens.refresh(pair.refreshToken()));

        assertThat(verify(next).groups()).containsExactlyInAnyOrder(Roles.ORGANIZATION_ADMIN, Roles.LOGGED_IN);
        // locked straight in the database (no event): the refresh refuses and ends the pair
        bss.inTransaction(em -> {
            Users.byUserId(em, "acme-user").setStatus(org.bss.identity.UserStatus.LOCKED);
            return null;
        });
        assertThatThrownBy(() -> bss.call(() -> tokens.refresh(next.refreshToken())))
                .isInstanceOf(RevokingRefusal.class);
        assertEnded(next);
    }

    @Test
    void aReusedRefreshTokenEndsThePairItProducedAndTheRefusalCommitsThat() {
        TokenPair second = bss.call(() -> tokens.refresh(pair.refreshToken()));

        assertThatThrownBy(() -> bss.call(() -> tokens.refresh(pair.refreshToken())))
                .isInstanceOf(TokenRefusedException.class);

        assertEnded(second);
    }

    private TokenCaller verify(TokenPair tokenPair) {
        return bss.call(() -> tokens.verifyAccess(tokenPair.accessToken()));
    }

    private void assertEnded(TokenPair ended) {
        assertThatThrownBy(() -> verify(ended)).isInstanceOf(TokenRefusedException.class);
        assertThatThrownBy(() -> bss.call(() -> tokens.refresh(ended.refreshToken())))
                .isInstanceOf(TokenRefusedException.class);
        Object row = bss.inTransaction(em -> em.find(ApiToken.class, userKey));
        assertThat(row).as("the api_token row").isNull();
    }
}
