package org.bss.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedeliveryPolicyTest {

    @Test
    void retriesBeforeTheLastDeliveryAndParksAtIt() {
        assertThat(RedeliveryPolicy.afterFailure(1)).isEqualTo(RedeliveryPolicy.Decision.RETRY);
        assertThat(RedeliveryPolicy.afterFailure(RedeliveryPolicy.MAX_DELIVERIES - 1))
                .isEqualTo(RedeliveryPolicy.Decision.RETRY);
        assertThat(RedeliveryPolicy.afterFailure(RedeliveryPolicy.MAX_DELIVERIES))
                .isEqualTo(RedeliveryPolicy.Decision.PARK);
        assertThat(RedeliveryPolicy.afterFailure(RedeliveryPolicy.MAX_DELIVERIES + 5))
                .isEqualTo(RedeliveryPolicy.Decision.PARK);
    }
}
