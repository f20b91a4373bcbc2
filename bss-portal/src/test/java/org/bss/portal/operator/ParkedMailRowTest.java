package org.bss.portal.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.bss.mail.ParkedMail;
import org.bss.task.DeadTaskState;
import org.junit.jupiter.api.Test;

class ParkedMailRowTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static ParkedMail mail(DeadTaskState state, Instant next) {
        return new ParkedMail(
                "t-1",
                "USER_CREATED",
                "jdoe@example.org",
                "jdoe",
                state,
                1,
                Instant.parse("2027-01-01T15:05:00Z"),
                next,
                "connection refused");
    }

    @Test
    void aWaitingMailShowsItsTimesInThePlatformZoneAndCanBeResent() {
        ParkedMailRow row =
                new ParkedMailRow(mail(DeadTaskState.WAITING, Instant.parse("2027-01-01T15:06:00Z")), "Waiting", TOKYO);

        assertThat(row.getTaskId()).isEqualTo("t-1");
        assertThat(row.getTemplate()).isEqualTo("USER_CREATED");
        assertThat(row.getRecipient()).isEqualTo("jdoe@example.org");
        assertThat(row.getUserId()).isEqualTo("jdoe");
        assertThat(row.getState()).isEqualTo("WAITING");
        assertThat(row.getStateName()).isEqualTo("Waiting");
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getLastFailure()).isEqualTo("2027-01-02 00:05:00 +09:00");
        assertThat(row.getNextAttempt()).isEqualTo("2027-01-02 00:06:00 +09:00");
        assertThat(row.getError()).isEqualTo("connection refused");
        assertThat(row.isResendable()).isTrue();
    }

    @Test
    void aMailOnTheQueueCannotBeResentAndAParkedOneCan() {
        assertThat(new ParkedMailRow(mail(DeadTaskState.SENDING, null), "Sending", TOKYO).isResendable())
                .isFalse();
        ParkedMailRow parked = new ParkedMailRow(mail(DeadTaskState.PARKED, null), "Parked", TOKYO);
        assertThat(parked.isResendable()).isTrue();
        assertThat(parked.getNextAttempt()).isNull();
    }
}
