package org.bss.billing.discount;

import java.math.BigDecimal;
import org.bss.common.ValidationException;

/**
 * What a discount is (the original's VODiscount checks): a value above 0 and at most 100 percent with at most two
 * decimals, a begin, and an end (if any) after the begin.
 */
public final class DiscountRules {

    public static final BigDecimal MAX = BigDecimal.valueOf(100);
    public static final int DECIMALS = 2;

    private DiscountRules() {}

    /**
     * @return the terms with the percent at two decimals
     * @throws ValidationException billing.discount.range (percent), billing.discount.required (begin),
     *         billing.discount.dateRange (end not after begin)
     */
    public static DiscountTerms check(DiscountTerms terms) {
        BigDecimal value = terms == null ? null : terms.percent();
        if (value == null
                || value.signum() <= 0
                || value.compareTo(MAX) > 0
                || value.stripTrailingZeros().scale() > DECIMALS) {
            throw new ValidationException("billing.discount.range", "discount.value", String.valueOf(value));
        }
        if (terms.begin() == null) {
            throw new ValidationException("billing.discount.required", "discount.startTime");
        }
        if (terms.end() != null && !terms.end().isAfter(terms.begin())) {
            throw new ValidationException(
                    "billing.discount.dateRange",
                    "discount.endTime",
                    terms.begin().toString(),
                    terms.end().toString());
        }
        return new DiscountTerms(value.setScale(DECIMALS), terms.begin(), terms.end());
    }
}
