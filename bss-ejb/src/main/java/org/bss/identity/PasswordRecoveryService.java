package org.bss.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bss.common.ValidationException;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;

/**
 * "Forgot password" (USR-3): a user asks by user id and gets a one-time link by mail to set a new password. The answer
 * never tells whether the user id exists; locked users, users without e-mail and LDAP users get no link (their
 * password is not ours to reset). A link is valid for {@link #VALID_FOR} and once; asking again replaces it.
 */
@Stateless
@PermitAll
public class PasswordRecoveryService {

    public static final Duration VALID_FOR = Duration.ofMinutes(60);

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private UserMails mails;

    @EJB
    private SettingsReader settings;

    @Inject
    private Event<AccessWithdrawn> withdrawn;

    /** Starts a recovery; silently does nothing when the user id names nobody who may recover. */
    public void requestRecovery(String userId) {
        PlatformUser user =
                userId == null || userId.isBlank() || userId.length() > 100 ? null : Users.byUserId(em, userId.strip());
        if (user == null || !mayRecover(user)) {
            BssLog.access().info(LogMessage.RECOVERY_REFUSED, CredentialChecker.printable(userId));
            return;
        }
        String token = RecoveryToken.newToken();
        Instant expiry = clock.instant().plus(VALID_FOR);
        PasswordRecovery open = em.find(PasswordRecovery.class, user.getKey());
        if (open == null) {
            em.persist(new PasswordRecovery(user.getKey(), RecoveryToken.hash(token), expiry));
        } else {
            open.renew(RecoveryToken.hash(token), expiry);
        }
        mails.passwordRecovery(user, token, VALID_FOR.toMinutes());
        BssLog.access().info(LogMessage.RECOVERY_STARTED, user.getKey(), user.getUserId());
    }

    /**
     * Sets a new password with a token from a recovery mail. The password must satisfy the policy.
     * @throws ValidationException unknown, used or expired token, or a password the policy refuses
     */
    public void completeRecovery(String token, String newPassword) {
        List<PasswordRecovery> found = token == null || token.isBlank()
                ? List.of()
                : em.createQuery("select r from PasswordRecovery r where r.tokenHash = :h", PasswordRecovery.class)
                        .setParameter("h", RecoveryToken.hash(token.strip()))
                        .getResultList();
        Instant now = clock.instant();
        if (found.isEmpty() || found.get(0).isExpiredAt(now)) {
            throw new ValidationException("identity.recovery.invalidToken");
        }
        PasswordRecovery recovery = found.get(0);
        PlatformUser user = em.find(PlatformUser.class, recovery.getUserKey(), LockModeType.PESSIMISTIC_WRITE);
        if (!mayRecover(user)) {
            em.remove(recovery);
            throw new ValidationException("identity.recovery.invalidToken");
        }
        PasswordPolicy.check(newPassword, null, settings.intValue(ConfigKeys.PASSWORD_MIN_LENGTH));
        user.setPassword(PasswordHash.hash(newPassword), false, now);
        user.setStatus(UserStatus.ACTIVE);
        em.remove(recovery);
        withdrawn.fire(new AccessWithdrawn(user.getKey(), AccessWithdrawn.Cause.PASSWORD_CHANGED));
        BssLog.audit().info(LogMessage.PASSWORD_CHANGED, user.getKey(), user.getUserId());
    }

    private static boolean mayRecover(PlatformUser user) {
        return user.getStatus() == UserStatus.ACTIVE
                && user.getEmail() != null
                && !user.getEmail().isBlank()
                && user.getPasswordHash() != null;
    }
}
