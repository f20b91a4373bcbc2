package org.bss.ws.gate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestLimitsTest {

    @Test
    void aRequestUpToTheLimitPasses() {
        assertThatCode(() -> RequestLimits.check("1048576", "getUser")).doesNotThrowAnyException();
        assertThatCode(() -> RequestLimits.check(" 33554432 ", "importUsers")).doesNotThrowAnyException();
    }

    @Test
    void aLargerRequestIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> RequestLimits.check("1048577", "getUser"))
                .isInstanceOf(Refusal.class)
                .hasMessage("The request has 1048577 bytes; getUser takes at most 1048576 bytes.");
        assertThatThrownBy(() -> RequestLimits.check("33554433", "importUsersInOwnOrganization"))
                .hasMessageContaining("at most 33554432 bytes");
        assertThatThrownBy(() -> RequestLimits.check("2000000", null)).hasMessageContaining("a request takes");
    }

    @Test
    void aRequestOfUnknownOrUnreadableSizeIsRefused() {
        assertThatThrownBy(() -> RequestLimits.check(null, "getUser"))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("no Content-Length");
        assertThatThrownBy(() -> RequestLimits.check("12a", "getUser")).hasMessageContaining("not a number");
    }
}
