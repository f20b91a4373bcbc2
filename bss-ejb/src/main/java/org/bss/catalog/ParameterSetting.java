package org.bss.catalog;

/**
 * A parameter of the technical service as set on a service: its value (null: none) and whether a customer may change
 * it when subscribing.
 */
public record ParameterSetting(String id, String value, boolean configurable) {

    public ParameterSetting {
        value = value == null || value.isEmpty() ? null : value;
    }
}
