package org.bss.billing.result;

import java.math.BigDecimal;
import java.util.List;
import org.bss.billing.input.SteppedPrice;
import org.bss.billing.time.Fraction;

/**
 * A stepped price applied to {@code entityCount}: step {@code appliedStep} (index into steps) is the first
 * whose limit ≥ n; amount = (n − freeEntityCount) × price + additionalPrice, rounded.
 */
public record SteppedCharge(
        List<SteppedPrice> steps,
        int appliedStep,
        Fraction entityCount,
        Fraction stepEntityCount,
        BigDecimal stepAmount,
        BigDecimal amount) {
    public SteppedPrice applied() {
        return steps.get(appliedStep);
    }
}
