package org.bss.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = RetrySchedule.of(Duration.ofMinutes(2), Duration.ofMinutes(7));

    @Test
    void eachFailedAttemptWaitsItsOwnTimeAndTheLastOneParks() {
        assertThat(schedule.waitAfter(1)).contains(Duration.ofMinutes(2));
        assertThat(schedule.waitAfter(2)).contains(Duration.ofMinutes(7));
        assertThat(schedule.waitAfter(3)).isEmpty();
        assertThat(schedule.waitAfter(40)).isEmpty();
        assertThat(schedule.attempts()).isEqualTo(3);
    }

    @Test
    void withoutWaitsTheFirstFailureParks() {
        assertThat(RetrySchedule.NONE.waitAfter(1)).isEmpty();
        assertThat(RetrySchedule.NONE.attempts()).isEqualTo(1);
    }

    @Test
    void refusesWaitsThatAreNotPositiveAndCountsThatDoNotStartAtOne() {
        assertThatThrownBy(() -> RetrySchedule.of(Duration.ofMinutes(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetrySchedule.of(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.waitAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsItsOwnCopyOfTheWaits() {
        List<Duration> waits = new java.util.ArrayList<>(List.of(Duration.ofMinutes(1)));
        RetrySchedule copy = new RetrySchedule(waits);
        waits.add(Duration.ofMinutes(9));
        assertThat(copy.waits()).containsExactly(Duration.ofMinutes(1));
    }
}
