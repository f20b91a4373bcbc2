package org.bss.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;
import org.bss.mail.MailMessage;
import org.bss.mail.MailParams;
import org.bss.mail.MailService;
import org.bss.mail.MailTemplate;
import org.bss.mail.PortalLinks;

/** The mails of user management (USR-3), in the user's locale; they leave only when the caller's transaction commits. */
@Stateless
@PermitAll
public class UserMails {

    @EJB
    private MailService mail;

    @EJB
    private PortalLinks links;

    public void userCreated(PlatformUser user, String initialPassword) {
        mail.send(to(user, MailTemplate.USER_CREATED).with(MailParams.PASSWORD, initialPassword));
    }

    /**
     * The lock notice, by an administrator or by the lockout rule. A user without an address of its own (the bootstrap
     * operator {@code administrator} has none until it edits its profile) gets it at its organization's address:
     * locks by failed logins are how an attack shows, and the lock notice carries no secret.
     */
    public void userLocked(PlatformUser user) {
        mail.send(lockNotice(user));
    }

    /**
     * The lock notice when the lockout rule locked the account. Queued in a transaction of its own: a task queue that
     * fails must not undo the lock (and the failure count with it, which would give an attacker unlimited attempts);
     * such a failure is logged instead.
     */
    public void userLockedByFailedLogins(PlatformUser user) {
        MailMessage notice = lockNotice(user); // read in the caller's transaction
        try {
            mail.sendInOwnTransaction(notice);
        } catch (EJBException e) {
            BssLog.system()
                    .warn(
                            LogMessage.MAIL_NOT_SENT,
                            notice.template(),
                            notice.userId(),
                            "the task queue refused it: " + e);
        }
    }

    private static MailMessage lockNotice(PlatformUser user) {
        return MailMessage.to(lockNoticeAddress(user), user.locale(), MailTemplate.USER_LOCKED)
                .with(MailParams.USER_ID, user.getUserId());
    }

    static String lockNoticeAddress(PlatformUser user) {
        String own = user.getEmail();
        return own != null && !own.isBlank() ? own : user.getOrganization().getEmail();
    }

    public void userUnlocked(PlatformUser user) {
        mail.send(to(user, MailTemplate.USER_UNLOCKED));
    }

    public void passwordReset(PlatformUser user, String temporaryPassword) {
        mail.send(to(user, MailTemplate.PASSWORD_RESET).with(MailParams.PASSWORD, temporaryPassword));
    }

    public void passwordRecovery(PlatformUser user, String token, long validMinutes) {
        mail.send(to(user, MailTemplate.PASSWORD_RECOVERY)
                .with(MailParams.RECOVERY_URL, links.recoveryUrl(token))
                .with(MailParams.VALID_MINUTES, validMinutes));
    }

    /** The first administrator of a new organization: user id, user key (for SOAP and the CLI), password. */
    public void organizationCreated(PlatformUser administrator, String organizationId, String initialPassword) {
        mail.send(to(administrator, MailTemplate.ORGANIZATION_CREATED)
                .with(MailParams.USER_KEY, administrator.getKey())
                .with(MailParams.PASSWORD, initialPassword)
                .with(MailParams.ORGANIZATION_ID, organizationId));
    }

    private static MailMessage to(PlatformUser user, MailTemplate template) {
        return MailMessage.to(user.getEmail(), user.locale(), template).with(MailParams.USER_ID, user.getUserId());
    }
}
