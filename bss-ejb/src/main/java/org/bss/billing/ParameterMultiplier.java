package org.bss.billing;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.bss.billing.input.PricedParameter;
import org.bss.billing.time.Fraction;

/**
 * What a parameter value multiplies its prices by: BOOLEAN 1/0, INTEGER/LONG the value, DURATION the value
 * in days (exact; given as milliseconds, like the original, or ISO-8601), STRING/PWD 0. ENUMERATION is
 * charged at the chosen option's own prices (multiplier 1).
 */
final class ParameterMultiplier {
    private static final long DAY_MS = 86_400_000L;

    private ParameterMultiplier() {}

    static Fraction of(PricedParameter p, String value) {
        String v = value == null ? "" : value.trim();
        try {
            return switch (p.type()) {
                case BOOLEAN -> booleanValue(v) ? Fraction.ONE : Fraction.ZERO;
                case INTEGER, LONG -> nonNegative(p, v, Long.parseLong(v));
                case DURATION ->
                    Fraction.of(nonNegative(p, v, durationMillis(v)).numerator().longValueExact(), DAY_MS);
                case ENUMERATION -> Fraction.ONE;
                case STRING, PWD -> Fraction.ZERO;
            };
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw new BillingInputException(
                    "parameter '" + p.id() + "' of type " + p.type() + " has value '" + value + "' that is not a valid "
                            + p.type(),
                    e);
        }
    }

    private static boolean booleanValue(String v) {
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false") || v.isEmpty()) {
            return false;
        }
        throw new NumberFormatException(v);
    }

    private static long durationMillis(String v) {
        return v.startsWith("P") || v.startsWith("p") ? Duration.parse(v).toMillis() : Long.parseLong(v);
    }

    private static Fraction nonNegative(PricedParameter p, String v, long n) {
        if (n < 0) {
            throw new BillingInputException("parameter '" + p.id() + "' has negative value " + v);
        }
        return Fraction.of(n);
    }
}
