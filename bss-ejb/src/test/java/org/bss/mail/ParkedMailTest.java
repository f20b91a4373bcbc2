package org.bss.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.bss.task.DeadTaskState;
import org.junit.jupiter.api.Test;

class ParkedMailTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void showsTemplateRecipientAndUserButNoParameter() {
        MailMessage mail = MailFixtures.complete(MailTemplate.USER_CREATED, Locale.GERMAN);
        String kept = MailPayload.withoutSecrets(MailPayload.write(mail));

        ParkedMail parked = ParkedMail.of("t-1", kept, DeadTaskState.PARKED, 5, AT, null, "refused");

        assertThat(parked.template()).isEqualTo("USER_CREATED");
        assertThat(parked.recipient()).isEqualTo("jdoe@example.org");
        assertThat(parked.userId()).isEqualTo(MailFixtures.value(MailParams.USER_ID));
        assertThat(parked.state()).isEqualTo(DeadTaskState.PARKED);
        assertThat(parked.attempts()).isEqualTo(5);
        assertThat(parked.toString()).doesNotContain(MailFixtures.value(MailParams.PASSWORD));
    }

    @Test
    void anUnreadablePayloadIsStillListed() {
        ParkedMail parked = ParkedMail.of("t-2", "template=NO_SUCH_TEMPLATE\n", DeadTaskState.WAITING, 1, AT, AT, "x");

        assertThat(parked.taskId()).isEqualTo("t-2");
        assertThat(parked.template()).isNull();
        assertThat(parked.recipient()).isNull();
    }
}
