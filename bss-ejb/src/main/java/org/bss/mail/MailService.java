package org.bss.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;
import java.util.function.Supplier;
import org.bss.task.TaskDispatcher;

/**
 * Sends mails through the task queue: {@link #send} puts a task of kind {@value MailTaskHandler#KIND} on the queue in
 * the caller's transaction, so the mail leaves only if that transaction commits, and a failing SMTP server gets the
 * queue's retries (then the task is parked as a dead task). {@link MailTaskHandler} renders and sends it.
 */
@Stateless
@PermitAll
public class MailService {

    @EJB
    private TaskDispatcher tasks;

    @EJB
    private PortalLinks links;

    /**
     * Queues the mail. A recipient without a usable address gets no mail: that is logged (info) and the result is
     * empty. {@link MailParams#LOGIN_URL} is filled in from {@link PortalLinks} when the template needs it and it is
     * not given.
     *
     * @return the id of the mail task, empty when no mail is sent
     * @throws IllegalArgumentException a parameter of the template has no value (a programming error)
     */
    public Optional<String> send(MailMessage mail) {
        Optional<String> unsendable = mail.unsendableReason();
        if (unsendable.isPresent()) {
            MailLog.notSent(mail, unsendable.get());
            return Optional.empty();
        }
        MailMessage complete = complete(mail, links::loginUrl);
        MailRenderer.render(complete); // fails here, in the caller's transaction, rather than on the queue
        return Optional.of(tasks.submit(MailTaskHandler.KIND, MailPayload.write(complete)));
    }

    /**
     * {@link #send}, but queued in a transaction of its own that commits at once: for a mail that must not decide the
     * fate of the caller's work (the lock notice of the lockout rule). A failure reaches the caller as an
     * {@code EJBException} and leaves the caller's transaction intact.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> sendInOwnTransaction(MailMessage mail) {
        return send(mail);
    }

    /** The mail with its login URL when the template has one and the caller gave none. */
    static MailMessage complete(MailMessage mail, Supplier<String> loginUrl) {
        if (mail.template().params().contains(MailParams.LOGIN_URL)
                && !mail.params().containsKey(MailParams.LOGIN_URL)) {
            return mail.with(MailParams.LOGIN_URL, loginUrl.get());
        }
        return mail;
    }
}
