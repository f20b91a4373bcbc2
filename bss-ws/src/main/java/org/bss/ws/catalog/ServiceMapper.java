package org.bss.ws.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bss.catalog.ParameterDefinition;
import org.bss.catalog.ParameterSetting;
import org.bss.catalog.ServiceTexts;
import org.bss.catalog.ServiceView;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.ws.vo.OfferingType;
import org.bss.ws.vo.ServiceAccessType;
import org.bss.ws.vo.ServiceStatus;
import org.bss.ws.vo.VOParameter;
import org.bss.ws.vo.VOService;

/**
 * A supplier's service as the contract's VOService: identity, status, texts in the caller's language (else English,
 * else the first), access and parameters with their definitions from the technical service.
 */
public final class ServiceMapper {

    private ServiceMapper() {}

    /** Fills a VOService (or VOServiceDetails) with the service; technical may be null (no longer usable). */
    public static <V extends VOService> V fill(
            V vo, ServiceView service, TechnicalServiceDetails technical, Locale caller) {
        vo.setKey(service.key());
        vo.setVersion(service.version());
        vo.setServiceId(service.serviceId());
        vo.setStatus(ServiceStatus.valueOf(service.status().name()));
        vo.setSellerId(service.supplierId());
        vo.setOfferingType(OfferingType.DIRECT);
        vo.setTechnicalId(service.technicalServiceId());
        ServiceTexts texts = texts(service.texts(), caller);
        if (texts != null) {
            vo.setName(texts.name());
            vo.setShortDescription(texts.shortDescription());
            vo.setDescription(texts.description());
        }
        if (technical != null) {
            vo.setAccessType(ServiceAccessType.valueOf(
                    technical.definition().accessType().name()));
            vo.setBaseURL(technical.definition().baseUrl());
            vo.setTags(LocalizedTexts.all(technical.definition().texts().tags(), caller));
            vo.setParameters(parameters(service.parameters(), technical, caller));
        }
        return vo;
    }

    /** The texts in the caller's language, else English, else the first; null without texts. */
    static ServiceTexts texts(List<ServiceTexts> all, Locale caller) {
        String wanted = caller == null ? "en" : caller.getLanguage();
        return all.stream()
                .filter(t -> t.locale().equals(wanted))
                .findFirst()
                .or(() -> all.stream().filter(t -> t.locale().equals("en")).findFirst())
                .or(() -> all.stream().findFirst())
                .orElse(null);
    }

    private static List<VOParameter> parameters(
            List<ParameterSetting> settings, TechnicalServiceDetails technical, Locale caller) {
        Map<String, ParameterDefinition> definitions = technical.definition().parameters().stream()
                .collect(Collectors.toMap(ParameterDefinition::id, Function.identity()));
        return settings.stream()
                .filter(s -> definitions.containsKey(s.id()))
                .map(s -> {
                    VOParameter p = new VOParameter();
                    p.setConfigurable(s.configurable());
                    p.setValue(s.value());
                    p.setParameterDefinition(ParameterMapper.toVO(definitions.get(s.id()), caller));
                    return p;
                })
                .toList();
    }
}
