package org.bss.catalog;

import java.util.List;

/** An operation a subscriber may start on the application, at its {@code actionUrl}. */
public record OperationDefinition(
        String id,
        String actionUrl,
        List<LocalizedText> names,
        List<LocalizedText> descriptions,
        List<Parameter> parameters) {

    public OperationDefinition {
        names = List.copyOf(names);
        descriptions = List.copyOf(descriptions);
        parameters = List.copyOf(parameters);
    }

    public enum ParameterType {
        INPUT_STRING,
        REQUEST_SELECT
    }

    /** A value the subscriber gives when starting the operation. */
    public record Parameter(String id, ParameterType type, boolean mandatory, List<LocalizedText> names) {

        public Parameter {
            names = List.copyOf(names);
        }
    }
}
