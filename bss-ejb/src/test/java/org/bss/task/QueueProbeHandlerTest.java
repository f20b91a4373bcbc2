package org.bss.task;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueueProbeHandlerTest {

    private final QueueProbeHandler probe = new QueueProbeHandler();

    @Test
    void aPlainProbeSucceedsOnFirstDelivery() {
        assertThatCode(() -> probe.handle(new Task("t1", "probe", "", 1))).doesNotThrowAnyException();
    }

    @Test
    void failsOnTheAskedDeliveriesOnly() {
        assertThatThrownBy(() -> probe.handle(new Task("t2", "probe", "failDeliveries=1", 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("delivery 1");
        assertThatCode(() -> probe.handle(new Task("t2", "probe", "failDeliveries=1", 2)))
                .doesNotThrowAnyException();
    }

    @Test
    void malformedCountsMeanNoFailure() {
        assertThatCode(() -> probe.handle(new Task("t3", "probe", "failDeliveries=x", 1)))
                .doesNotThrowAnyException();
    }
}
