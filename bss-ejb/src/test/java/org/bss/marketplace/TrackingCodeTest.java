package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void aCodeIsKeptWithoutSurroundingSpacesUpToFourThousandCharacters() {
        assertThat(TrackingCode.check("\n<script>track('shop')</script>\n"))
                .isEqualTo("<script>track('shop')</script>");
        assertThat(TrackingCode.check("x".repeat(4000))).hasSize(4000);
        assertThat(TrackingCode.check(null)).isNull();
        assertThat(TrackingCode.check("   ")).isNull();

        ValidationException tooLong =
                catchThrowableOfType(ValidationException.class, () -> TrackingCode.check("x".repeat(4001)));
        assertThat(tooLong.messageKey()).isEqualTo("marketplace.trackingCode.tooLong");
        assertThat(tooLong.arguments()).containsExactly("4000", "4001");
    }
}
