package org.bss.catalog;

import java.util.List;
import org.bss.catalog.ParameterDefinition.ModificationType;
import org.bss.catalog.ParameterDefinition.Option;
import org.bss.catalog.ParameterDefinition.ValueType;
import org.bss.catalog.TechnicalServiceDefinition.AccessType;
import org.bss.catalog.TechnicalServiceDefinition.Provisioning;
import org.bss.catalog.TechnicalServiceDefinition.Texts;

/** Technical-service definitions built in code for the catalog's tests. */
final class Definitions {

    private Definitions() {}

    static TechnicalServiceDefinition technicalService(String id, ParameterDefinition... parameters) {
        return new TechnicalServiceDefinition(
                id,
                null,
                AccessType.LOGIN,
                new Provisioning(null, "http://localhost/provisioning", "1.0", null, null, null),
                "http://localhost/app",
                null,
                false,
                false,
                null,
                new Texts(List.of(), List.of(new LocalizedText("en", "A service")), List.of(), List.of()),
                List.of(parameters),
                List.of(),
                List.of(),
                List.of());
    }

    /** A LONG parameter in [min, max] with a default, configurable and mandatory as given. */
    static ParameterDefinition number(
            String id, boolean configurable, boolean mandatory, String def, long min, long max) {
        return new ParameterDefinition(
                id,
                mandatory,
                configurable,
                def,
                min,
                max,
                ValueType.LONG,
                ModificationType.STANDARD,
                List.of(),
                named(id));
    }

    static ParameterDefinition enumeration(String id, String def, String... options) {
        return new ParameterDefinition(
                id,
                false,
                true,
                def,
                null,
                null,
                ValueType.ENUMERATION,
                ModificationType.STANDARD,
                List.of(options).stream().map(o -> new Option(o, named(o))).toList(),
                named(id));
    }

    private static List<LocalizedText> named(String name) {
        return List.of(new LocalizedText("en", name));
    }

    static ParameterDefinition password(String id) {
        return new ParameterDefinition(
                id, false, true, null, null, null, ValueType.PWD, ModificationType.STANDARD, List.of(), named(id));
    }
}
