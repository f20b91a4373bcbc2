package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Video Pro", "video-pro_2.0", "ビデオ会議", "Team (EU) [beta] @1"})
    void lettersDigitsSpacesAndTheOriginalsSymbolsAreIds(String id) {
        assertThat(ServiceIds.check(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a<b", "a;b", " lead", "trail ", "tab\tid", "a\u202Eb"})
    void otherCharactersAndEdgeSpacesAreRefused(String id) {
        assertThat(catchThrowableOfType(ValidationException.class, () -> ServiceIds.check(id))
                        .messageKey())
                .isEqualTo("catalog.service.idChars");
    }

    @Test
    void anIdHasOneToFortyCharacters() {
        assertThat(ServiceIds.check("x".repeat(40))).hasSize(40);
        assertThat(catchThrowableOfType(ValidationException.class, () -> ServiceIds.check("x".repeat(41)))
                        .messageKey())
                .isEqualTo("catalog.service.idTooLong");
        assertThat(catchThrowableOfType(ValidationException.class, () -> ServiceIds.check(" "))
                        .messageKey())
                .isEqualTo("catalog.service.idRequired");
    }
}
