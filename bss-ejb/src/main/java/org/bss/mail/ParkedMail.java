package org.bss.mail;

import java.time.Instant;
import org.bss.task.DeadTask;
import org.bss.task.DeadTaskState;

/**
 * What the operator sees of a mail whose delivery failed: waiting for its next attempt, on the queue again, or parked
 * after its last one. Never its parameters (they carry passwords). Template, recipient and user are null for a
 * payload that cannot be read.
 */
public record ParkedMail(
        String taskId,
        String template,
        String recipient,
        String userId,
        DeadTaskState state,
        int attempts,
        Instant lastFailureAt,
        Instant nextAttemptAt,
        String error) {

    static ParkedMail of(DeadTask task) {
        return of(
                task.taskId(),
                task.payload(),
                task.state(),
                task.attempts(),
                task.parkedAt(),
                task.retryAt(),
                task.error());
    }

    /** @param keptPayload the payload without its secrets (what the dead-task row shows) */
    static ParkedMail of(
            String taskId,
            String keptPayload,
            DeadTaskState state,
            int attempts,
            Instant lastFailureAt,
            Instant nextAttemptAt,
            String error) {
        MailMessage mail = readable(keptPayload);
        return new ParkedMail(
                taskId,
                mail == null ? null : mail.template().name(),
                mail == null ? null : mail.recipient(),
                mail == null ? null : mail.userId(),
                state,
                attempts,
                lastFailureAt,
                nextAttemptAt,
                error);
    }

    private static MailMessage readable(String payload) {
        try {
            return MailPayload.read(payload);
        } catch (IllegalArgumentException e) {
            return null; // clipped or foreign: the row is still shown and can be re-sent
        }
    }
}
