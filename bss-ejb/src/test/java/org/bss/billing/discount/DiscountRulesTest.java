package org.bss.billing.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A discount above 0 up to 100 percent with two decimals, a begin, an end after it (or none). */
class DiscountRulesTest {

    private static final Instant BEGIN = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "5", "12.50", "100"})
    void validPercents(String percent) {
        assertThat(DiscountRules.check(new DiscountTerms(new BigDecimal(percent), BEGIN, null))
                        .percent())
                .isEqualByComparingTo(percent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "100.01", "1.005"})
    void invalidPercents(String percent) {
        assertThatThrownBy(() -> DiscountRules.check(new DiscountTerms(new BigDecimal(percent), BEGIN, null)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((org.bss.common.BssException) e).messageKey())
                .isEqualTo("billing.discount.range");
    }

    @Test
    void aBeginIsRequiredAndTheEndFollowsIt() {
        assertThatThrownBy(() -> DiscountRules.check(new DiscountTerms(BigDecimal.TEN, null, null)))
                .extracting(e -> ((org.bss.common.BssException) e).messageKey())
                .isEqualTo("billing.discount.required");
        assertThatThrownBy(() -> DiscountRules.check(new DiscountTerms(BigDecimal.TEN, BEGIN, BEGIN)))
                .extracting(e -> ((org.bss.common.BssException) e).messageKey())
                .isEqualTo("billing.discount.dateRange");
        assertThat(DiscountRules.check(new DiscountTerms(BigDecimal.TEN, BEGIN, BEGIN.plusSeconds(1)))
                        .end())
                .isEqualTo(BEGIN.plusSeconds(1));
    }
}
