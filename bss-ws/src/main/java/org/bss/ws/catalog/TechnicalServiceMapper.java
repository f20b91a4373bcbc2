package org.bss.ws.catalog;

import java.util.List;
import java.util.Locale;
import org.bss.catalog.EventDefinition;
import org.bss.catalog.RoleDefinition;
import org.bss.catalog.TechnicalServiceDefinition;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.catalog.TechnicalServiceTexts;
import org.bss.ws.vo.EventType;
import org.bss.ws.vo.ServiceAccessType;
import org.bss.ws.vo.VOEventDefinition;
import org.bss.ws.vo.VORoleDefinition;
import org.bss.ws.vo.VOTechnicalService;

/**
 * A stored technical service as {@link VOTechnicalService} (ws-contract §3.16), texts in the caller's language
 * ({@link LocalizedTexts}); parameters and operations by their own mappers.
 */
final class TechnicalServiceMapper {

    /** The format's billing identifier of services billed by BSS itself; any other one is billed outside. */
    static final String NATIVE_BILLING = "NATIVE_BILLING";

    private TechnicalServiceMapper() {}

    static VOTechnicalService toVO(TechnicalServiceDetails stored, Locale caller) {
        TechnicalServiceDefinition d = stored.definition();
        VOTechnicalService vo = new VOTechnicalService();
        vo.setKey(stored.key());
        vo.setVersion(stored.version());
        vo.setAccessInfo(LocalizedTexts.pick(d.texts().accessInfo(), caller));
        vo.setAccessType(ServiceAccessType.valueOf(d.accessType().name()));
        vo.setBaseUrl(d.baseUrl());
        vo.setBillingId(d.billingIdentifier());
        vo.setEventDefinitions(d.events().stream().map(e -> event(e, caller)).toList());
        vo.setExternalBilling(d.billingIdentifier() != null && !NATIVE_BILLING.equals(d.billingIdentifier()));
        vo.setLicense(LocalizedTexts.pick(d.texts().licenses(), caller));
        vo.setLoginPath(d.loginPath());
        vo.setParameterDefinitions(d.parameters().stream()
                .map(p -> ParameterMapper.toVO(p, caller))
                .toList());
        vo.setProvisioningUrl(d.provisioning() == null ? null : d.provisioning().url());
        vo.setProvisioningVersion(
                d.provisioning() == null ? null : d.provisioning().version());
        vo.setRoleDefinitions(d.roles().stream().map(r -> role(r, caller)).toList());
        vo.setTags(LocalizedTexts.all(d.texts().tags(), caller));
        vo.setTechnicalServiceBuildId(d.build());
        vo.setTechnicalServiceDescription(LocalizedTexts.pick(d.texts().descriptions(), caller));
        vo.setTechnicalServiceId(d.id());
        vo.setTechnicalServiceOperations(d.operations().stream()
                .map(o -> OperationMapper.toVO(o, caller))
                .toList());
        return vo;
    }

    /**
     * A bare definition for createTechnicalService (no parameters, events, roles or operations, as the contract says):
     * id, build, access type, URLs, provisioning version, billing identifier and the texts in the caller's language.
     */
    static TechnicalServiceDefinition bare(VOTechnicalService vo, Locale caller) {
        ServiceAccessType access = ServiceInput.required(vo.getAccessType(), "accessType");
        return new TechnicalServiceDefinition(
                ServiceInput.required(vo.getTechnicalServiceId(), "technicalServiceId"),
                vo.getTechnicalServiceBuildId(),
                TechnicalServiceDefinition.AccessType.valueOf(access.name()),
                new TechnicalServiceDefinition.Provisioning(
                        null, vo.getProvisioningUrl(), vo.getProvisioningVersion(), null, null, null),
                vo.getBaseUrl(),
                vo.getLoginPath(),
                false,
                false,
                vo.getBillingId(),
                texts(vo, caller)
                        .into(new TechnicalServiceDefinition.Texts(List.of(), List.of(), List.of(), List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** The VO's texts as those of the caller's language. */
    static TechnicalServiceTexts texts(VOTechnicalService vo, Locale caller) {
        return new TechnicalServiceTexts(
                caller.getLanguage(),
                vo.getTechnicalServiceDescription(),
                vo.getLicense(),
                vo.getAccessInfo(),
                vo.getTags());
    }

    /** The file's events are the application's own (SERVICE_EVENT); platform events are not part of a definition. */
    static VOEventDefinition event(EventDefinition event, Locale caller) {
        VOEventDefinition vo = new VOEventDefinition();
        vo.setEventDescription(LocalizedTexts.pick(event.descriptions(), caller));
        vo.setEventId(event.id());
        vo.setEventType(EventType.SERVICE_EVENT);
        return vo;
    }

    static VORoleDefinition role(RoleDefinition role, Locale caller) {
        VORoleDefinition vo = new VORoleDefinition();
        vo.setDescription(LocalizedTexts.pick(role.descriptions(), caller));
        vo.setName(LocalizedTexts.pick(role.names(), caller));
        vo.setRoleId(role.id());
        return vo;
    }
}
