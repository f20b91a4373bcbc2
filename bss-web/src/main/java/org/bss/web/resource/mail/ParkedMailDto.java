package org.bss.web.resource.mail;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.bss.mail.ParkedMail;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON form of a mail whose delivery failed; absent values are left out. Never the mail's parameters. */
@Schema(name = "ParkedMail", description = "A mail whose delivery failed: waiting for its next attempt, or parked")
@JsonbPropertyOrder({
    "taskId",
    "template",
    "recipient",
    "userId",
    "state",
    "attempts",
    "lastFailureAt",
    "nextAttemptAt",
    "error"
})
public class ParkedMailDto {
    @Schema(description = "The id of the mail task; re-send it with POST /parked-mails/{taskId}/resend")
    public String taskId;

    @Schema(description = "The mail template", example = "USER_LOCKED")
    public String template;

    @Schema(description = "The recipient's address")
    public String recipient;

    @Schema(description = "The user the mail is about")
    public String userId;

    @Schema(
            description = "WAITING: tried again at nextAttemptAt; SENDING: on the queue again; PARKED: every attempt"
                    + " failed, waits for the operator",
            enumeration = {"WAITING", "SENDING", "PARKED"})
    public String state;

    @Schema(description = "Failed attempts since the mail was queued or last re-sent")
    public int attempts;

    @Schema(description = "ISO-8601 instant of the last failed attempt")
    public String lastFailureAt;

    @Schema(description = "ISO-8601 instant of the next attempt (BSS clock); only while WAITING")
    public String nextAttemptAt;

    @Schema(description = "Why the last attempt failed")
    public String error;

    public static ParkedMailDto of(ParkedMail mail) {
        ParkedMailDto d = new ParkedMailDto();
        d.taskId = mail.taskId();
        d.template = mail.template();
        d.recipient = mail.recipient();
        d.userId = mail.userId();
        d.state = mail.state().name();
        d.attempts = mail.attempts();
        d.lastFailureAt = text(mail.lastFailureAt());
        d.nextAttemptAt = text(mail.nextAttemptAt());
        d.error = mail.error();
        return d;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
