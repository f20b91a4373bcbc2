package org.bss.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
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

    public void userLocked(PlatformUser user) {
        mail.send(to(user, MailTemplate.USER_LOCKED));
    }

    public void userUnlocked(PlatformUser user) {
        mail.send(to(user, MailTemplate.USER_UNLOCKED));
    }

    public void passwordReset(PlatformUser user, String temporaryPassword) {
        mail.send(to(user, MailTemplate.PASSWORD_RESET).with(MailParams.PASSWORD, temporaryPassword));
    }

    public void passwordRecovery(PlatformUser user, String token, long validMinutes) {
        mail.send(to(user, MailTemplate.PASSWORD_RECOVERY).with(MailParams.RECOVERY_URL, links.recoveryUrl(token))
                .with(MailParams.VALID_MINUTES, validMinutes));
    }

    /** The first administrator of a new organization: user id, user key (for SOAP and the CLI), password. */
    public void organizationCreated(PlatformUser administrator, String organizationId, String initialPassword) {
        mail.send(to(administrator, MailTemplate.ORGANIZATION_CREATED).with(MailParams.USER_KEY, administrator.getKey())
                .with(MailParams.PASSWORD, initialPassword).with(MailParams.ORGANIZATION_ID, organizationId));
    }

    private static MailMessage to(PlatformUser user, MailTemplate template) {
        return MailMessage.to(user.getEmail(), user.locale(), template).with(MailParams.USER_ID, user.getUserId());
    }
}
