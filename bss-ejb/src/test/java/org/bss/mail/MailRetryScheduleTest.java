package org.bss.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.bss.task.RetrySchedule;
import org.junit.jupiter.api.Test;

/** The documented back-off of a mail whose delivery failed (docs/mail.md). */
class MailRetryScheduleTest {

    private final RetrySchedule schedule = new MailTaskHandler().retrySchedule();

    @Test
    void waitsOneFiveFifteenAndSixtyMinutesThenParks() {
        assertThat(schedule).isSameAs(MailTaskHandler.RETRY_SCHEDULE);
        assertThat(IntStream.rangeClosed(1, 4)
                        .mapToObj(n -> schedule.waitAfter(n).orElseThrow()))
                .containsExactly(
                        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));
        assertThat(schedule.waitAfter(5)).isEmpty();
        assertThat(schedule.attempts()).isEqualTo(5);
    }

    @Test
    void spansAnOutageOfMoreThanAnHour() {
        Duration span = schedule.waits().stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(span).isEqualTo(Duration.ofMinutes(81));
    }
}
