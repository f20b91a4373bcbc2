package org.bss.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bss.common.ValidationException;

/**
 * The parameters of a service, checked against its technical service: every parameter the definition has gets a
 * setting (one not given keeps the definition's default, fixed); a parameter the definition does not mark
 * configurable keeps its default; a value is of the parameter's type, range and options; a mandatory parameter has a
 * value or is left to the customer.
 */
final class ServiceParameters {

    static final int VALUE_MAX = 255;

    private ServiceParameters() {}

    static List<ParameterSetting> settle(TechnicalServiceDefinition definition, List<ParameterSetting> requested) {
        Map<String, ParameterDefinition> parameters = definition.parameters().stream()
                .collect(Collectors.toMap(ParameterDefinition::id, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (ParameterSetting setting : requested) {
            if (!seen.add(setting.id())) {
                throw new ValidationException("catalog.service.parameterTwice", setting.id());
            }
            if (!parameters.containsKey(setting.id())) {
                throw new ValidationException("catalog.service.unknownParameter", setting.id(), definition.id());
            }
        }
        Map<String, ParameterSetting> given =
                requested.stream().collect(Collectors.toMap(ParameterSetting::id, Function.identity()));
        List<ParameterSetting> settled = new ArrayList<>();
        for (ParameterDefinition p : definition.parameters()) {
            ParameterSetting fixed = new ParameterSetting(p.id(), p.defaultValue(), false);
            ParameterSetting setting = given.getOrDefault(p.id(), fixed);
            settled.add(check(p, Boolean.TRUE.equals(p.configurable()) ? setting : fixedOnly(p, setting, fixed)));
        }
        return settled;
    }

    private static ParameterSetting fixedOnly(ParameterDefinition p, ParameterSetting setting, ParameterSetting fixed) {
        if (!setting.equals(fixed)) {
            throw new ValidationException("catalog.service.parameterNotConfigurable", p.id());
        }
        return fixed;
    }

    private static ParameterSetting check(ParameterDefinition p, ParameterSetting setting) {
        String value = setting.value();
        if (value == null) {
            if (Boolean.TRUE.equals(p.mandatory()) && !setting.configurable()) {
                throw new ValidationException("catalog.service.parameterRequired", p.id());
            }
            return setting;
        }
        if (value.length() > VALUE_MAX) {
            throw new ValidationException("catalog.service.parameterTooLong", p.id(), String.valueOf(VALUE_MAX));
        }
        ParameterValue.check(p, value).ifPresent(fault -> {
            throw switch (fault) {
                case NOT_OF_TYPE ->
                    new ValidationException(
                            "catalog.service.parameterNotOfType",
                            p.id(),
                            value,
                            p.valueType().name());
                case OUT_OF_RANGE ->
                    new ValidationException("catalog.service.parameterOutOfRange", p.id(), value, range(p));
                case NO_OPTION -> new ValidationException("catalog.service.parameterNoOption", p.id(), value);
            };
        });
        return setting;
    }

    private static String range(ParameterDefinition p) {
        return (p.minValue() == null ? "…" : p.minValue().toString())
                + " – "
                + (p.maxValue() == null ? "…" : p.maxValue().toString());
    }
}
