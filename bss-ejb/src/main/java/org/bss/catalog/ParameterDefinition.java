package org.bss.catalog;

import java.util.List;

/**
 * A parameter a technical service offers to services built on it. {@code mandatory}, {@code configurable},
 * {@code defaultValue}, {@code minValue} and {@code maxValue} are null when the file does not give them.
 */
public record ParameterDefinition(
        String id,
        Boolean mandatory,
        Boolean configurable,
        String defaultValue,
        Long minValue,
        Long maxValue,
        ValueType valueType,
        ModificationType modificationType,
        List<Option> options,
        List<LocalizedText> descriptions) {

    public ParameterDefinition {
        options = List.copyOf(options);
        descriptions = List.copyOf(descriptions);
    }

    public enum ValueType {
        BOOLEAN,
        INTEGER,
        LONG,
        STRING,
        ENUMERATION,
        PWD
    }

    /** Whether a subscriber may change the value later (STANDARD) or only when subscribing (ONE_TIME). */
    public enum ModificationType {
        STANDARD,
        ONE_TIME
    }

    /** One value of an ENUMERATION parameter, with its names. */
    public record Option(String id, List<LocalizedText> names) {

        public Option {
            names = List.copyOf(names);
        }
    }
}
