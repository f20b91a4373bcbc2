package org.bss.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.List;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;
import org.bss.common.security.Roles;
import org.bss.task.TaskRetries;

/**
 * The operator's view of the mails whose delivery failed (docs/mail.md "When the SMTP server fails"): each one
 * waiting for its next attempt or parked after its last, and "re-send" that puts one on the queue now with its
 * retry schedule started over. The re-send is logged in system.log; the audit catalogue has no operation for it.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class ParkedMailService {

    @EJB
    private TaskRetries retries;

    @Resource
    private SessionContext context;

    /** Every mail that failed and is not sent yet, the latest failure first. */
    public List<ParkedMail> parkedMails() {
        return retries.ofKind(MailTaskHandler.KIND).stream().map(ParkedMail::of).toList();
    }

    /**
     * Sends the mail again now (through the task queue).
     *
     * @throws org.bss.common.ObjectNotFoundException no failed mail has this id (any more: it may have been sent)
     * @throws org.bss.common.ConflictException the mail is on the queue already
     */
    public ParkedMail resend(String taskId) {
        ParkedMail mail = ParkedMail.of(retries.resend(MailTaskHandler.KIND, taskId, "mail.parked.notFound"));
        BssLog.system()
                .info(
                        LogMessage.MAIL_RESENT,
                        mail.template(),
                        mail.userId(),
                        mail.recipient(),
                        taskId,
                        context.getCallerPrincipal().getName());
        return mail;
    }
}
