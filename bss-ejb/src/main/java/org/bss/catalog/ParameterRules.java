package org.bss.catalog;

import java.util.ArrayList;
import java.util.List;
import org.bss.catalog.ParameterDefinition.ValueType;

/**
 * What the schema cannot say about a parameter definition: options belong to ENUMERATION parameters and only to
 * them; a range runs upwards; a default is a value of the parameter's type, inside its range, one of its options.
 */
final class ParameterRules {

    /** A broken rule: its message key and arguments. */
    record Broken(String key, List<Object> arguments) {

        Broken(String key, Object... arguments) {
            this(key, List.of(arguments));
        }
    }

    private ParameterRules() {}

    static List<Broken> problems(ParameterDefinition p) {
        List<Broken> broken = new ArrayList<>();
        boolean enumeration = p.valueType() == ValueType.ENUMERATION;
        if (enumeration && p.options().isEmpty()) {
            broken.add(new Broken("catalog.ts.enumerationWithoutOptions", p.id()));
        }
        if (!enumeration && !p.options().isEmpty()) {
            broken.add(new Broken("catalog.ts.optionsOfNoEnumeration", p.id(), p.valueType()));
        }
        if (p.minValue() != null && p.maxValue() != null && p.minValue() > p.maxValue()) {
            broken.add(new Broken("catalog.ts.rangeReversed", p.id(), p.minValue(), p.maxValue()));
        }
        if (p.defaultValue() != null && !p.defaultValue().isEmpty()) {
            defaultValue(p, broken);
        }
        return broken;
    }

    private static void defaultValue(ParameterDefinition p, List<Broken> broken) {
        ParameterValue.check(p, p.defaultValue())
                .ifPresent(fault -> broken.add(
                        switch (fault) {
                            case NOT_OF_TYPE ->
                                new Broken("catalog.ts.defaultNotOfType", p.id(), p.defaultValue(), p.valueType());
                            case OUT_OF_RANGE -> new Broken("catalog.ts.defaultOutOfRange", p.id(), p.defaultValue());
                            case NO_OPTION -> new Broken("catalog.ts.defaultNoOption", p.id(), p.defaultValue());
                        }));
    }
}
