package org.bss.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.bss.common.ConflictException;
import org.junit.jupiter.api.Test;

class DeadTaskTest {

    private static final RetrySchedule SCHEDULE = RetrySchedule.of(Duration.ofMinutes(1), Duration.ofMinutes(5));
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final Task task = new Task("t-1", "mail", "template=USER_LOCKED\nparam.password=secret\n", 3);
    private final DeadTask failed = new DeadTask(task);

    @Test
    void aFailedAttemptWaitsForTheNextOneUntilTheScheduleEndsThenIsParked() {
        failed.failed(task, "kept", "connection refused", T0, SCHEDULE);
        assertThat(failed.state()).isEqualTo(DeadTaskState.WAITING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.retryAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(failed.parkedAt()).isEqualTo(T0);
        assertThat(failed.deliveries()).isEqualTo(3);

        failed.resubmitted();
        Instant t1 = T0.plus(Duration.ofMinutes(1));
        failed.failed(task, "kept", "connection refused", t1, SCHEDULE);
        assertThat(failed.state()).isEqualTo(DeadTaskState.WAITING);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.retryAt()).isEqualTo(t1.plus(Duration.ofMinutes(5)));

        failed.resubmitted();
        failed.failed(task, "kept", "still refused", t1.plus(Duration.ofMinutes(5)), SCHEDULE);
        assertThat(failed.state()).isEqualTo(DeadTaskState.PARKED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.retryAt()).isNull();
        assertThat(failed.error()).isEqualTo("still refused");
    }

    @Test
    void aLateRedeliveryOfTheSameAttemptIsNotANewAttempt() {
        failed.failed(task, "kept", "refused", T0, SCHEDULE);
        failed.failed(task, "kept", "refused again", T0.plusSeconds(5), SCHEDULE);

        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.retryAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(failed.error()).isEqualTo("refused again");
    }

    @Test
    void isDueFromItsRetryTimeOnAndOnlyWhileWaiting() {
        failed.failed(task, "kept", "refused", T0, SCHEDULE);
        Instant due = T0.plus(Duration.ofMinutes(1));
        assertThat(failed.isDue(due.minusMillis(1))).isFalse();
        assertThat(failed.isDue(due)).isTrue();
        assertThat(failed.isDue(due.plus(Duration.ofDays(3)))).isTrue();

        failed.resubmitted();
        assertThat(failed.state()).isEqualTo(DeadTaskState.SENDING);
        assertThat(failed.isDue(due.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void theOperatorsResendStartsTheScheduleOverButNotTwice() {
        failed.failed(task, "kept", "refused", T0, RetrySchedule.NONE);
        assertThat(failed.state()).isEqualTo(DeadTaskState.PARKED);

        failed.resent();
        assertThat(failed.state()).isEqualTo(DeadTaskState.SENDING);
        assertThat(failed.attempts()).isZero();
        assertThatThrownBy(failed::resent).isInstanceOf(ConflictException.class);

        failed.failed(task, "kept", "refused", T0.plusSeconds(30), SCHEDULE);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.retryAt()).isEqualTo(T0.plusSeconds(30).plus(Duration.ofMinutes(1)));
    }

    @Test
    void theNextAttemptGetsTheWholePayloadTheOperatorOnlyTheKeptOne() {
        failed.failed(task, "kept without secrets", "refused", T0, SCHEDULE);
        assertThat(failed.payload()).isEqualTo("kept without secrets");
        assertThat(failed.nextPayload()).isEqualTo(task.payload());
    }

    @Test
    void aPayloadTooLongToKeepIsParkedAtOnce() {
        Task huge = new Task("t-2", "mail", "x".repeat(DeadTask.MAX_RETRY_PAYLOAD + 1), 3);
        DeadTask row = new DeadTask(huge);
        row.failed(huge, "x".repeat(5000), "refused", T0, SCHEDULE);
        assertThat(row.state()).isEqualTo(DeadTaskState.PARKED);
        assertThat(row.payload()).hasSize(2000);
    }
}
