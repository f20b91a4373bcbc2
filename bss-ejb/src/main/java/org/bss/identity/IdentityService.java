package org.bss.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.bss.common.AuthenticationException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.PasswordChangeRequiredException;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;
import org.bss.identity.ldap.LdapMembership;
import org.bss.realm.spi.CredentialVerifier;

/** Users' own credentials: verification for token issue, password change, the current user. */
@Stateless
public class IdentityService {

    public static final String CHANNEL = "api";

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private CredentialChecker checker;

    @EJB
    private SettingsReader settings;

    @Inject
    private Clock clock;

    @EJB
    private LdapMembership ldap;

    @Inject
    private Event<AccessWithdrawn> withdrawn;

    @Resource
    private SessionContext context;

    /**
     * Verifies user id + password with the same rules as the realm (hash, lockout).
     * @throws org.bss.common.AuthenticationException wrong credentials or locked account (never says which)
     * @throws org.bss.common.PasswordChangeRequiredException password initial, reset or expired
     */
    @PermitAll
    public AuthenticatedUser authenticate(String userId, String password) {
        LoginCheck result = checker.check(CredentialVerifier.USER_ID_PREFIX + nullToEmpty(userId), password, CHANNEL);
        if (!result.ok()) {
            throw new AuthenticationException("identity.loginFailed");
        }
        if (result.user().passwordChangeRequired()) {
            throw new PasswordChangeRequiredException("identity.passwordChangeRequired");
        }
        return result.user().toAuthenticatedUser();
    }

    /**
     * The user as it may hold API tokens now, for a token refresh: empty when the user is gone, locked or must change
     * its password (the states {@link #authenticate} refuses); the roles are the current ones.
     */
    @PermitAll
    public Optional<AuthenticatedUser> tokenHolder(long userKey) {
        PlatformUser user = em.find(PlatformUser.class, userKey);
        if (user == null || user.lockoutState().locked() || user.isPasswordChangeRequired()) {
            return Optional.empty();
        }
        return Optional.of(CredentialChecker.snapshot(user).toAuthenticatedUser());
    }

    /**
     * Changes a password after verifying the old one; the new one must satisfy the password policy
     * and differ from the old one. Clears "must change".
     * @throws org.bss.common.AuthenticationException wrong old password or locked account
     * @throws org.bss.common.ValidationException new password breaks the policy
     */
    @PermitAll
    public void changePassword(String userId, String oldPassword, String newPassword) {
        LoginCheck result =
                checker.check(CredentialVerifier.USER_ID_PREFIX + nullToEmpty(userId), oldPassword, CHANNEL);
        if (!result.ok()) {
            throw new AuthenticationException("identity.loginFailed");
        }
        if (ldap.isLdapUser(result.user().userKey())) {
            throw new OperationNotPermittedException("identity.user.ldapPassword");
        }
        PasswordPolicy.check(newPassword, oldPassword, settings.intValue(ConfigKeys.PASSWORD_MIN_LENGTH));
        PlatformUser user = em.find(PlatformUser.class, result.user().userKey(), LockModeType.PESSIMISTIC_WRITE);
        user.setPassword(PasswordHash.hash(newPassword), false, clock.instant());
        withdrawn.fire(new AccessWithdrawn(user.getKey(), AccessWithdrawn.Cause.PASSWORD_CHANGED));
        BssLog.audit().info(LogMessage.PASSWORD_CHANGED, user.getKey(), user.getUserId());
    }

    /** True when the user must change the password before using the portal or getting tokens. */
    @RolesAllowed(Roles.LOGGED_IN)
    public boolean isPasswordChangeRequired() {
        return caller().isPasswordChangeRequired();
    }

    /** The calling user (the principal is a login name: user key, or id:<userId> after a portal login). */
    @RolesAllowed(Roles.LOGGED_IN)
    public AuthenticatedUser currentUser() {
        return CredentialChecker.snapshot(caller()).toAuthenticatedUser();
    }

    /**
     * Failed login attempts on the caller's account between its previous successful login and the last one (any
     * channel): the portal shows them after login, so that attempts to guess the password do not go unnoticed.
     */
    @RolesAllowed(Roles.LOGGED_IN)
    public int failedLoginsBeforeLastLogin() {
        return caller().getFailedLoginsBeforeLastLogin();
    }

    private PlatformUser caller() {
        return Users.caller(em, context);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
