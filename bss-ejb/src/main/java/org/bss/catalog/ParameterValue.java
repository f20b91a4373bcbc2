package org.bss.catalog;

import java.util.Optional;
import org.bss.catalog.ParameterDefinition.ValueType;

/**
 * Whether a text is a value of a parameter: of its type, inside its range, one of its options. The one rule for a
 * definition's default and for the value a supplier sets on a service.
 */
final class ParameterValue {

    /** How a value fails its parameter. */
    enum Fault {
        NOT_OF_TYPE,
        OUT_OF_RANGE,
        NO_OPTION
    }

    private ParameterValue() {}

    /** The fault of a non-empty value, empty when it is a value of the parameter. */
    static Optional<Fault> check(ParameterDefinition p, String value) {
        String v = value.strip();
        return switch (p.valueType()) {
            case BOOLEAN -> v.equals("true") || v.equals("false") ? Optional.empty() : Optional.of(Fault.NOT_OF_TYPE);
            case INTEGER, LONG -> number(p, v);
            case ENUMERATION ->
                p.options().stream().anyMatch(o -> o.id().equals(v)) ? Optional.empty() : Optional.of(Fault.NO_OPTION);
            case STRING, PWD -> Optional.empty();
        };
    }

    private static Optional<Fault> number(ParameterDefinition p, String v) {
        long number;
        try {
            number = p.valueType() == ValueType.INTEGER ? Integer.parseInt(v) : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return Optional.of(Fault.NOT_OF_TYPE);
        }
        boolean below = p.minValue() != null && number < p.minValue();
        boolean above = p.maxValue() != null && number > p.maxValue();
        return below || above ? Optional.of(Fault.OUT_OF_RANGE) : Optional.empty();
    }
}
