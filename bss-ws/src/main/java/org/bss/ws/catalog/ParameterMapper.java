package org.bss.ws.catalog;

import java.util.List;
import java.util.Locale;
import org.bss.catalog.ParameterDefinition;
import org.bss.ws.vo.ParameterModificationType;
import org.bss.ws.vo.ParameterType;
import org.bss.ws.vo.ParameterValueType;
import org.bss.ws.vo.VOParameterDefinition;
import org.bss.ws.vo.VOParameterOption;

/**
 * A technical service's parameter definitions as {@link VOParameterDefinition}s. The file's parameters are the
 * service's own (SERVICE_PARAMETER); what the file leaves out is false (mandatory, configurable) or absent. Options and
 * parameters have no keys of their own: they are parts of the stored definition, addressed by id (ADR 0010), so
 * {@code key} and {@code version} are 0.
 */
final class ParameterMapper {

    private ParameterMapper() {}

    static VOParameterDefinition toVO(ParameterDefinition parameter, Locale caller) {
        VOParameterDefinition vo = new VOParameterDefinition();
        vo.setConfigurable(Boolean.TRUE.equals(parameter.configurable()));
        vo.setDefaultValue(parameter.defaultValue());
        vo.setDescription(LocalizedTexts.pick(parameter.descriptions(), caller));
        vo.setMandatory(Boolean.TRUE.equals(parameter.mandatory()));
        vo.setMaxValue(parameter.maxValue());
        vo.setMinValue(parameter.minValue());
        vo.setModificationType(
                parameter.modificationType() == null
                        ? ParameterModificationType.STANDARD
                        : ParameterModificationType.valueOf(
                                parameter.modificationType().name()));
        vo.setParameterId(parameter.id());
        vo.setParameterOptions(options(parameter, caller));
        vo.setParameterType(ParameterType.SERVICE_PARAMETER);
        vo.setValueType(ParameterValueType.valueOf(parameter.valueType().name()));
        return vo;
    }

    private static List<VOParameterOption> options(ParameterDefinition parameter, Locale caller) {
        return parameter.options().stream()
                .map(option -> {
                    VOParameterOption vo = new VOParameterOption();
                    vo.setOptionDescription(LocalizedTexts.pick(option.names(), caller));
                    vo.setOptionId(option.id());
                    vo.setParamDefId(parameter.id());
                    return vo;
                })
                .toList();
    }
}
