package org.bss.ws.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionHandlerTest {

    @Test
    void absentEmptyAndV19AreAccepted() {
        assertThat(VersionHandler.isSupported(null)).isTrue();
        assertThat(VersionHandler.isSupported("")).isTrue();
        assertThat(VersionHandler.isSupported("v1.9")).isTrue();
    }

    @Test
    void otherVersionsAreRefusedWithTheContractText() {
        assertThat(VersionHandler.isSupported("v1.0")).isFalse();
        assertThat(VersionHandler.isSupported("1.9")).isFalse();
        assertThat(VersionHandler.refusal("v1.0"))
                .isEqualTo(
                        "The API version v1.0 specified in the header of the SOAP message in not supported by the server. Supported versions: v1.9");
    }
}
