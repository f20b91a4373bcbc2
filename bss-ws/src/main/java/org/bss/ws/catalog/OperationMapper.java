package org.bss.ws.catalog;

import java.util.Locale;
import org.bss.catalog.OperationDefinition;
import org.bss.ws.vo.OperationParameterType;
import org.bss.ws.vo.VOServiceOperationParameter;
import org.bss.ws.vo.VOTechnicalServiceOperation;

/**
 * A technical service's operations as {@link VOTechnicalServiceOperation}s, with their parameters (no value: a
 * definition has none). Parts of the stored definition: {@code key} and {@code version} 0.
 */
final class OperationMapper {

    private OperationMapper() {}

    static VOTechnicalServiceOperation toVO(OperationDefinition operation, Locale caller) {
        VOTechnicalServiceOperation vo = new VOTechnicalServiceOperation();
        vo.setOperationDescription(LocalizedTexts.pick(operation.descriptions(), caller));
        vo.setOperationId(operation.id());
        vo.setOperationName(LocalizedTexts.pick(operation.names(), caller));
        vo.setOperationParameters(
                operation.parameters().stream().map(p -> parameter(p, caller)).toList());
        return vo;
    }

    private static VOServiceOperationParameter parameter(OperationDefinition.Parameter parameter, Locale caller) {
        VOServiceOperationParameter vo = new VOServiceOperationParameter();
        vo.setMandatory(parameter.mandatory());
        vo.setParameterId(parameter.id());
        vo.setParameterName(LocalizedTexts.pick(parameter.names(), caller));
        vo.setType(
                parameter.type() == null
                        ? null
                        : OperationParameterType.valueOf(parameter.type().name()));
        return vo;
    }
}
