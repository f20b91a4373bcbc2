package org.bss.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bss.account.Organization;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditTrail;
import org.bss.catalog.ServiceCompatibilityException.Reason;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;

/**
 * The up/downgrade options of a supplier's services (SVC-2, G.3 "Up/downgrade options"): the services a subscription
 * of a service may later move to. Options are the supplier's own services on the same technical service, set while
 * the service is inactive; each option added or withdrawn is audited (App. D.3.10, upDownGrade ON / OFF).
 */
@Stateless
@RolesAllowed(Roles.SERVICE_MANAGER)
public class UpgradeOptionService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditTrail audit;

    /** @throws ObjectNotFoundException the supplier has no such service */
    public List<ServiceView> options(long serviceKey) {
        Organization supplier = supplier();
        SupplierCaller.own(em, supplier, serviceKey);
        return views(UpgradePaths.targetsOf(em, serviceKey), supplier);
    }

    /** The supplier's other services on the same technical service, each marked when it is an option now. */
    public List<UpgradeCandidate> candidates(long serviceKey) {
        Organization supplier = supplier();
        MarketableService service = SupplierCaller.own(em, supplier, serviceKey);
        Set<Long> options = keys(UpgradePaths.targetsOf(em, serviceKey));
        return MarketableServices.onTechnicalService(
                        em, service.getTechnicalService().getKey())
                .stream()
                .filter(s -> s.getSupplierKey() == supplier.getKey() && s.getKey() != serviceKey && !s.isCustomerCopy())
                .map(s -> new UpgradeCandidate(ServiceView.of(s, supplier.getOrgId()), options.contains(s.getKey())))
                .toList();
    }

    /** Whether a subscription of the service may move to another service, or one of another to it. */
    public boolean onUpgradePath(long serviceKey) {
        SupplierCaller.own(em, supplier(), serviceKey);
        return UpgradePaths.touch(em, serviceKey);
    }

    /**
     * Makes exactly these services the options of the service; none: no option.
     *
     * @throws ObjectNotFoundException the supplier has no service of one of the keys
     * @throws ServiceStateException the service is not inactive
     * @throws ServiceCompatibilityException an option on another technical service, or the service itself
     */
    public List<ServiceView> define(long serviceKey, List<Long> optionKeys, String locale) {
        Organization supplier = supplier();
        MarketableService service = SupplierCaller.own(em, supplier, serviceKey);
        service.requireInactive();
        Map<Long, MarketableService> wanted = new LinkedHashMap<>();
        for (long key : optionKeys) {
            MarketableService option = SupplierCaller.own(em, supplier, key);
            if (key == serviceKey
                    || option.getTechnicalService().getKey()
                            != service.getTechnicalService().getKey()) {
                throw new ServiceCompatibilityException(
                        Reason.TECH_SERVICE,
                        "catalog.upgrade.technicalService",
                        option.getServiceId(),
                        service.getServiceId());
            }
            wanted.put(key, option);
        }
        List<MarketableService> before = UpgradePaths.targetsOf(em, serviceKey);
        UpgradePaths.deleteFrom(em, serviceKey);
        wanted.keySet().forEach(key -> em.persist(new UpgradePath(serviceKey, key)));
        em.flush();
        before.stream().filter(s -> !wanted.containsKey(s.getKey())).forEach(s -> record(service, s, "OFF", locale));
        Set<Long> had = keys(before);
        wanted.values().stream().filter(s -> !had.contains(s.getKey())).forEach(s -> record(service, s, "ON", locale));
        return views(UpgradePaths.targetsOf(em, serviceKey), supplier);
    }

    private void record(MarketableService service, MarketableService option, String upDownGrade, String locale) {
        audit.record(
                AuditOperation.DEFINE_UPGRADE_OPTIONS,
                ServiceAudit.of(service, locale)
                        .add("targetId", option.getServiceId())
                        .add(
                                "targetName",
                                option.texts(locale).map(ServiceTexts::name).orElse(null))
                        .add("upDownGrade", upDownGrade));
    }

    private static List<ServiceView> views(List<MarketableService> services, Organization supplier) {
        return services.stream()
                .map(s -> ServiceView.of(s, supplier.getOrgId()))
                .toList();
    }

    private static Set<Long> keys(List<MarketableService> services) {
        return services.stream().map(MarketableService::getKey).collect(Collectors.toSet());
    }

    private Organization supplier() {
        return SupplierCaller.supplier(em, context);
    }
}
