package org.bss.web.resource.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bss.mail.ParkedMail;
import org.bss.task.DeadTaskState;
import org.junit.jupiter.api.Test;

class ParkedMailDtoTest {

    @Test
    void aWaitingMailShowsItsNextAttemptAsAnInstant() {
        ParkedMailDto dto = ParkedMailDto.of(new ParkedMail(
                "t-1",
                "USER_LOCKED",
                "jdoe@example.org",
                "jdoe",
                DeadTaskState.WAITING,
                2,
                Instant.parse("2027-01-05T10:00:00Z"),
                Instant.parse("2027-01-05T10:05:00Z"),
                "connection refused"));

        assertThat(dto.taskId).isEqualTo("t-1");
        assertThat(dto.template).isEqualTo("USER_LOCKED");
        assertThat(dto.recipient).isEqualTo("jdoe@example.org");
        assertThat(dto.userId).isEqualTo("jdoe");
        assertThat(dto.state).isEqualTo("WAITING");
        assertThat(dto.attempts).isEqualTo(2);
        assertThat(dto.lastFailureAt).isEqualTo("2027-01-05T10:00:00Z");
        assertThat(dto.nextAttemptAt).isEqualTo("2027-01-05T10:05:00Z");
        assertThat(dto.error).isEqualTo("connection refused");
    }

    @Test
    void aParkedMailHasNoNextAttempt() {
        ParkedMailDto dto = ParkedMailDto.of(new ParkedMail(
                "t-2", null, null, null, DeadTaskState.PARKED, 5, Instant.parse("2027-01-05T10:00:00Z"), null, "x"));

        assertThat(dto.state).isEqualTo("PARKED");
        assertThat(dto.nextAttemptAt).isNull();
        assertThat(dto.template).isNull();
    }
}
