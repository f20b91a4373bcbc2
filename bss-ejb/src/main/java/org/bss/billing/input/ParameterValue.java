package org.bss.billing.input;

import java.time.Instant;
import java.util.Objects;

/** From {@code from} on (until the parameter's next value) the parameter has {@code value}. */
public record ParameterValue(String parameterId, Instant from, String value) {
    public ParameterValue {
        Objects.requireNonNull(parameterId, "parameter id");
        Objects.requireNonNull(from, "parameter value time");
    }
}
