package org.bss.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditPairs;
import org.bss.audit.AuditTrail;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;
import org.bss.identity.ldap.LdapAuthenticator;

/**
 * The one login rule (SEC-3, USR-3), shared by the realm ({@link CredentialVerifierBean}) and
 * {@link IdentityService}: resolve the login name, refuse a locked account, check the password hash, count
 * failures and lock. Reports failures as a result instead of an exception; the bookkeeping (failure count, lock,
 * last login) is committed in its own transaction although the login fails. Logs each attempt to access.log
 * (never the password). The failure that locks the account is audited (39014 Lock user by SYSTEM, with the lock)
 * and mailed to the user (USER_LOCKED, queued on its own: a mail problem never undoes a lock).
 * <p>
 * A repeated login is cheap (ADR 0007): when the user row is unlocked, has no failed attempt, was logged in less
 * than {@link #LAST_LOGIN_PRECISION} ago and the password was verified against its very stored hash a moment ago
 * ({@link VerifiedPasswords}), the login succeeds without PBKDF2, without a row lock and without a write. Anything
 * else takes the full path, where the memo only spares PBKDF2 for a right password.
 */
@Stateless
@PermitAll
public class CredentialChecker {

    /** last_login_at is refreshed at most this often by logins that change nothing else. */
    static final Duration LAST_LOGIN_PRECISION = Duration.ofMinutes(1);

    /** Hash checked for unknown users, so that they take as long as known ones. */
    private static final String DUMMY_HASH = PasswordHash.hash("not-a-password");

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private SettingsReader settings;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private UserMails mails;

    /** LDAP users (USR-6): their organization's directory checks the password instead of the hash. */
    @EJB
    private LdapAuthenticator ldap;

    @Inject
    private VerifiedPasswords verified;

    @Inject
    private Event<AccessWithdrawn> withdrawn;

    @Resource
    private SessionContext context;

    /**
     * Checks a login. Never joins the caller's transaction: its reads are its own, and what a login records is
     * committed by {@link #checkAndRecord} in a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginCheck check(String loginName, String password, String channel) {
        PlatformUser user = Users.find(em, loginName);
        if (user != null && isRepeatedLogin(user, password)) {
            BssLog.access().info(LogMessage.LOGIN_SUCCEEDED, user.getKey() + "", user.getUserId(), channel);
            return new LoginCheck(LoginCheck.Status.OK, snapshot(user));
        }
        return context.getBusinessObject(CredentialChecker.class).checkAndRecord(loginName, password, channel);
    }

    /**
     * The full check with its bookkeeping, under a row lock; only {@link #check} calls it (through the container,
     * for the transaction).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginCheck checkAndRecord(String loginName, String password, String channel) {
        PlatformUser user = Users.find(em, loginName);
        if (user == null) {
            PasswordHash.verify(password == null ? "" : password, DUMMY_HASH);
            BssLog.access().info(LogMessage.LOGIN_FAILED, printable(loginName), channel, "unknown user");
            return new LoginCheck(LoginCheck.Status.UNKNOWN_USER, null);
        }
        em.lock(user, LockModeType.PESSIMISTIC_WRITE);
        if (!user.lockoutState().locked() && ldap.manages(user)) {
            LdapAuthenticator.Verdict verdict = ldap.authenticate(user, password);
            if (verdict == LdapAuthenticator.Verdict.UNAVAILABLE) {
                // the directory is down: the login fails, but it is no wrong password and must not lock the user
                BssLog.access()
                        .info(LogMessage.LOGIN_FAILED, printable(loginName), channel, "LDAP directory unavailable");
                return new LoginCheck(LoginCheck.Status.WRONG_PASSWORD, null);
            }
            return outcome(user, loginName, channel, verdict == LdapAuthenticator.Verdict.ACCEPTED);
        }
        return outcome(user, loginName, channel, !user.lockoutState().locked() && passwordMatches(user, password));
    }

    /**
     * A login that would change nothing: the account is usable, has no failed attempt to reset (nor a failed-logins
     * notice of the last login to clear), its last login is
     * recent, the password was verified against the stored hash a moment ago, and BSS (not LDAP) checks it.
     */
    private boolean isRepeatedLogin(PlatformUser user, String password) {
        Instant last = user.getLastLoginAt();
        Instant now = clock.instant();
        return !user.lockoutState().locked()
                && user.getFailedLoginCount() == 0
                && user.getFailedLoginsBeforeLastLogin() == 0
                && last != null
                && !now.isBefore(last)
                && now.isBefore(last.plus(LAST_LOGIN_PRECISION))
                && verified.contains(user.getKey(), password, user.getPasswordHash())
                && !ldap.manages(user);
    }

    /** The stored hash check, PBKDF2 spared when this password matched this hash a moment ago. */
    private boolean passwordMatches(PlatformUser user, String password) {
        if (verified.contains(user.getKey(), password, user.getPasswordHash())) {
            return true;
        }
        boolean matches = PasswordHash.verify(password, user.getPasswordHash());
        if (matches) {
            verified.add(user.getKey(), password, user.getPasswordHash());
        }
        return matches;
    }

    /** Applies the lockout rule to an attempt whose password was {@code correct}, and reports it. */
    private LoginCheck outcome(PlatformUser user, String loginName, String channel, boolean correct) {
        LockoutPolicy policy = new LockoutPolicy(settings.longValue(ConfigKeys.MAX_NUMBER_LOGIN_ATTEMPTS));
        LockoutPolicy.Outcome outcome = policy.attempt(user.lockoutState(), correct);
        record(user, outcome.state(), outcome.verdict() == LockoutPolicy.Verdict.SUCCESS);
        String who = user.getKey() + "";
        switch (outcome.verdict()) {
            case SUCCESS -> {
                BssLog.access().info(LogMessage.LOGIN_SUCCEEDED, who, user.getUserId(), channel);
                return new LoginCheck(LoginCheck.Status.OK, snapshot(user));
            }
            case REFUSED_LOCKED -> {
                BssLog.access().info(LogMessage.LOGIN_FAILED, printable(loginName), channel, "account locked");
                return new LoginCheck(LoginCheck.Status.LOCKED, null);
            }
            case FAILED_NOW_LOCKED -> {
                BssLog.access().info(LogMessage.LOGIN_FAILED, printable(loginName), channel, "wrong password");
                BssLog.audit()
                        .warn(
                                LogMessage.ACCOUNT_LOCKED,
                                who,
                                user.getUserId(),
                                outcome.state().failedAttempts());
                // the same entry and mail as a lock by an administrator; the platform itself is the one who locked
                audit.recordAsSystem(AuditOperation.LOCK_USER, AuditPairs.of("user", user.getUserId()));
                withdrawn.fire(new AccessWithdrawn(user.getKey(), AccessWithdrawn.Cause.LOCKED));
                mails.userLockedByFailedLogins(user);
                return new LoginCheck(LoginCheck.Status.WRONG_PASSWORD, null);
            }
            default -> {
                BssLog.access().info(LogMessage.LOGIN_FAILED, printable(loginName), channel, "wrong password");
                return new LoginCheck(LoginCheck.Status.WRONG_PASSWORD, null);
            }
        }
    }

    /**
     * Stores the failure count, lock state and (on success) the login time and the failure count the success resets
     * (for the notice after the next portal login). This bookkeeping is no edit of the user, so
     * it does not raise the optimistic version: a caller who read the user before this login (SOAP authenticates
     * every call) can still save it. The cached copy is evicted so that readers see the new state.
     */
    private void record(PlatformUser user, LockoutPolicy.State state, boolean loggedIn) {
        String status = (state.locked() ? UserStatus.LOCKED : UserStatus.ACTIVE).name();
        Query update = loggedIn
                ? em.createNativeQuery("update platform_user set failed_logins_before_last_login = failed_login_count,"
                                + " failed_login_count = ?1, status = ?2, last_login_at = ?3 where user_key = ?4")
                        .setParameter(3, Timestamp.from(clock.instant()))
                        .setParameter(4, user.getKey())
                : em.createNativeQuery(
                                "update platform_user set failed_login_count = ?1, status = ?2 where user_key = ?3")
                        .setParameter(3, user.getKey());
        update.setParameter(1, state.failedAttempts()).setParameter(2, status).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(PlatformUser.class, user.getKey());
    }

    static LoginCheck.Snapshot snapshot(PlatformUser user) {
        Set<String> roles = new HashSet<>(user.getRoles());
        roles.add(Roles.LOGGED_IN);
        return new LoginCheck.Snapshot(
                user.getKey(), user.getUserId(), roles, user.locale(), user.isPasswordChangeRequired());
    }

    /** Login names come from outside: keep them short and on one line in the log. */
    static String printable(String loginName) {
        if (loginName == null) {
            return "(none)";
        }
        String s = loginName.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
