package org.bss.mail;

import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;

/** The mail lines of system.log. Never logs the parameters: they carry passwords and recovery links. */
final class MailLog {

    private MailLog() {}

    static void sent(MailMessage mail, RenderedMail rendered) {
        BssLog.system()
                .info(
                        LogMessage.MAIL_SENT,
                        mail.template(),
                        mail.userId(),
                        mail.recipient(),
                        rendered.language().getLanguage());
    }

    static void notSent(MailMessage mail, String reason) {
        BssLog.system().info(LogMessage.MAIL_NOT_SENT, mail.template(), mail.userId(), reason);
    }
}
