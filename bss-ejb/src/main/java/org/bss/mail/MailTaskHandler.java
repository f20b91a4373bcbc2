package org.bss.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;
import org.bss.task.RetrySchedule;
import org.bss.task.Task;
import org.bss.task.TaskHandler;

/**
 * Sends the mail of a {@value #KIND} task through {@code mail/BSSMail}. A failure (SMTP server down, address refused)
 * is thrown: the task queue tries the mail again on {@link #RETRY_SCHEDULE} and then parks it for the operator
 * ({@link ParkedMailService}).
 */
@ApplicationScoped
public class MailTaskHandler implements TaskHandler {

    public static final String KIND = "mail";

    /**
     * Waits between the attempts of a mail whose delivery failed (docs/mail.md): 1, 5, 15 and 60 minutes, so an SMTP
     * outage of up to about 80 minutes loses nothing; after the fifth failed attempt the mail is parked.
     */
    public static final RetrySchedule RETRY_SCHEDULE = RetrySchedule.of(
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));

    private static final String UTF_8 = "UTF-8";

    @Resource(lookup = "mail/BSSMail")
    private Session session;

    @EJB
    private SettingsReader settings;

    @Inject
    private Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public RetrySchedule retrySchedule() {
        return RETRY_SCHEDULE;
    }

    @Override
    public String parkedPayload(String payload) {
        return MailPayload.withoutSecrets(payload);
    }

    @Override
    public void handle(Task task) {
        MailMessage mail = MailPayload.read(task.payload());
        RenderedMail rendered = MailRenderer.render(mail);
        try {
            Transport.send(
                    MailComposer.compose(session, mail.recipient(), rendered, charset(rendered), clock.instant()));
        } catch (MessagingException e) {
            throw new IllegalStateException(
                    "mail " + mail.template() + " to " + mail.recipient() + " not sent: " + e, e);
        }
        MailLog.sent(mail, rendered);
    }

    /** MAIL_JA_CHARSET (B.4, default UTF-8) for Japanese mails, UTF-8 for the others. */
    private String charset(RenderedMail rendered) {
        if (Locale.JAPANESE.getLanguage().equals(rendered.language().getLanguage())) {
            String ja = settings.value(ConfigKeys.MAIL_JA_CHARSET);
            return ja == null || ja.isBlank() ? UTF_8 : ja;
        }
        return UTF_8;
    }
}
