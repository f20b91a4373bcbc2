package org.bss.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bss.audit.AuditPairs;
import org.bss.catalog.ParameterDefinition.ValueType;

/** The pairs of the service operations of App. D.3 (serviceId and serviceName first). */
public final class ServiceAudit {

    /** A password parameter's value never reaches the audit log. */
    static final String MASK = "*****";

    private ServiceAudit() {}

    /** serviceId and serviceName (in the locale, when the service has a name there): the pairs every D.3 entry starts with. */
    public static AuditPairs of(MarketableService s, String locale) {
        return AuditPairs.of("serviceId", s.getServiceId()).add("serviceName", name(s, locale));
    }

    /** D.3.9 Define service and D.3.47 Update service: which texts were given, not the texts. */
    static AuditPairs definition(MarketableService s, ServiceTexts texts, boolean withTechnicalService) {
        AuditPairs pairs = of(s, texts.locale());
        if (withTechnicalService) {
            pairs.add("technServiceName", s.getTechnicalService().getTsId());
        }
        return pairs.yesNo("shortDescription", texts.shortDescription() != null)
                .yesNo("description", texts.description() != null)
                .add("locale", texts.locale())
                .yesNo("autoAssignUser", s.isAutoAssignUser());
    }

    /** D.3.44 Localize service. */
    static AuditPairs localized(MarketableService s, ServiceTexts texts) {
        return of(s, texts.locale())
                .yesNo("shortDescription", texts.shortDescription() != null)
                .yesNo("description", texts.description() != null)
                .add("locale", texts.locale());
    }

    /** D.3.48 Update service parameter: one entry per parameter whose setting changed. */
    static List<AuditPairs> parameters(
            MarketableService s, String locale, List<ParameterSetting> before, List<ParameterSetting> after) {
        Set<String> secret = s.getTechnicalService().definition().parameters().stream()
                .filter(p -> p.valueType() == ValueType.PWD)
                .map(ParameterDefinition::id)
                .collect(Collectors.toSet());
        return after.stream()
                .filter(setting -> !before.contains(setting))
                .map(setting -> of(s, locale)
                        .add("parameterName", setting.id())
                        .onOff("userOption", setting.configurable())
                        .add("parameterValue", secret.contains(setting.id()) ? MASK : setting.value()))
                .toList();
    }

    private static String name(MarketableService s, String locale) {
        return s.texts(locale).map(ServiceTexts::name).orElse(null);
    }
}
