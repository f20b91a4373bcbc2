package org.bss.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.account.Organizations;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.identity.Users;

/**
 * Technical services of the caller's organization, a technology provider (SVC-1, G.7): import from and export to
 * technical-services files, delete, and the suppliers that may define services on them (G.1 "Manage suppliers"). A file is taken whole or not at all: the first problem of any service refuses it.
 */
@Stateless
@RolesAllowed(Roles.TECHNOLOGY_MANAGER)
public class TechnicalServiceService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    private final ProvisioningPing ping = new ProvisioningPing();

    /**
     * Creates the file's technical services that the provider does not have and replaces the definitions of those it
     * has (same id). A technical service that services are defined on may change only as far as they all still fit:
     * they must be inactive, and no parameter they set may go or lose the value they set (their new parameters take
     * the defaults).
     *
     * @throws InvalidTechnicalServicesFileException every problem of the file; nothing is stored
     * @throws ServiceStateException a service on a changed technical service is not inactive; nothing is stored
     * @throws org.bss.common.ValidationException the change would break a service's parameters; nothing is stored
     */
    public TechnicalServiceImport importTechnicalServices(byte[] xml, Locale locale) {
        Organization provider = provider();
        List<TechnicalServiceDefinition> definitions = TechnicalServicesFile.read(xml, locale);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (TechnicalServiceDefinition definition : definitions) {
            TechnicalServices.find(em, provider.getKey(), definition.id())
                    .ifPresentOrElse(
                            existing -> {
                                existing.replace(definition, clock.instant());
                                MarketableServices.onTechnicalService(em, existing.getKey())
                                        .forEach(service -> service.adopt(definition));
                                updated.add(definition.id());
                            },
                            () -> {
                                em.persist(new TechnicalService(provider.getKey(), definition, clock.instant()));
                                created.add(definition.id());
                            });
        }
        return new TechnicalServiceImport(created, updated);
    }

    /** The provider's technical services, by id. */
    public List<TechnicalServiceSummary> listTechnicalServices() {
        return TechnicalServices.ofProvider(em, provider().getKey()).stream()
                .map(TechnicalServiceSummary::of)
                .toList();
    }

    /** The provider's technical services with key, version and whole definition (the SOAP view), by id. */
    public List<TechnicalServiceDetails> listTechnicalServiceDetails() {
        return TechnicalServices.ofProvider(em, provider().getKey()).stream()
                .map(TechnicalServiceDetails::of)
                .toList();
    }

    /**
     * The technical services the caller's organization, a supplier, is allowed to define services on (G.1 "Manage
     * suppliers"), by id; a service manager asks, as the one who will define the services.
     *
     * @throws OperationNotPermittedException the caller's organization is no supplier
     */
    @RolesAllowed(Roles.SERVICE_MANAGER)
    public List<TechnicalServiceDetails> listTechnicalServicesForSupplier() {
        Organization org = Users.caller(em, context).getOrganization();
        if (!org.organizationRoles().contains(OrganizationRole.SUPPLIER)) {
            throw new OperationNotPermittedException("catalog.ts.notSupplier", org.getOrgId());
        }
        return TechnicalServices.usableBy(em, org.getKey()).stream()
                .map(TechnicalServiceDetails::of)
                .toList();
    }

    /**
     * The id of the provider's technical service with this key (SOAP callers address technical services by key).
     *
     * @throws ObjectNotFoundException the provider has no technical service with this key (another provider's is
     *     not found either)
     */
    public String technicalServiceId(long key) {
        return ProviderCaller.own(em, provider(), key).getTsId();
    }

    /**
     * The given technical services of the provider (all when {@code ids} is empty) as one technical-services file.
     *
     * @throws ObjectNotFoundException an id the provider has no technical service of
     */
    public byte[] exportTechnicalServices(Set<String> ids) {
        Organization provider = provider();
        List<TechnicalService> services = TechnicalServices.ofProvider(em, provider.getKey()).stream()
                .filter(s -> ids.isEmpty() || ids.contains(s.getTsId()))
                .toList();
        for (String id : ids) {
            if (services.stream().noneMatch(s -> s.getTsId().equals(id))) {
                throw new ObjectNotFoundException("catalog.ts.notFound", id);
            }
        }
        return TechnicalServicesFile.write(
                services.stream().map(TechnicalService::definition).toList());
    }

    /**
     * Deletes one of the provider's technical services that no service is defined on.
     *
     * @throws ObjectNotFoundException the provider has no technical service of that id
     * @throws ConflictException services are defined on it (they are named)
     */
    public void deleteTechnicalService(String id) {
        remove(own(id));
    }

    /**
     * {@link #deleteTechnicalService(String)} of the version the caller read.
     *
     * @throws ConcurrentModificationException the technical service changed since {@code expectedVersion}
     * @throws ConflictException services are defined on it
     */
    public void deleteTechnicalService(String id, int expectedVersion) {
        TechnicalService service = own(id);
        if (service.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException(
                    "catalog.ts.stale", id, String.valueOf(expectedVersion), String.valueOf(service.getVersion()));
        }
        remove(service);
    }

    /** @throws ConflictException services are defined on it (they are named) */
    private void remove(TechnicalService service) {
        List<String> services = MarketableServices.idsOnTechnicalService(em, service.getKey());
        if (!services.isEmpty()) {
            throw new ConflictException("catalog.ts.inUse", service.getTsId(), String.join(", ", services));
        }
        em.remove(service);
    }

    /**
     * "Validate communication" (G.7): one GET of the technical service's provisioning URL, its result in words.
     *
     * @throws ValidationException the technical service has no provisioning URL
     */
    public CommunicationCheck validateCommunication(String id) {
        String url = own(id).definition().provisioning().url();
        if (url == null || url.isBlank()) {
            throw new ValidationException("catalog.ts.noProvisioningUrl", id);
        }
        ProvisioningPing.Result result = ping.ping(url);
        return new CommunicationCheck(url, result.reached(), result.status(), result.detail(), result.timedOut());
    }

    /**
     * {@link #validateCommunication(String)} for callers that take "not reached" as an error (SOAP).
     *
     * @throws ProvisioningNotReachedException the provisioning URL did not answer 2xx
     * @throws ValidationException the technical service has no provisioning URL
     */
    public void requireCommunication(String id) {
        CommunicationCheck check = validateCommunication(id);
        if (!check.reached()) {
            throw new ProvisioningNotReachedException(id, check);
        }
    }

    /** The organization ids of the suppliers that may define services on the technical service, sorted. */
    public List<String> listSuppliers(String id) {
        TechnicalService service = own(id);
        return service.supplierKeys().stream()
                .map(key -> em.find(Organization.class, key).getOrgId())
                .sorted()
                .toList();
    }

    /**
     * Allows these suppliers to define services on the technical service (those already allowed stay).
     *
     * @throws ObjectNotFoundException an unknown organization id; nothing changes
     * @throws ValidationException an organization that is no supplier; nothing changes
     */
    public List<String> addSuppliers(String id, List<String> orgIds) {
        TechnicalService service = own(id);
        List<Organization> suppliers = new ArrayList<>();
        for (String orgId : orgIds) {
            Organization org = Organizations.get(em, orgId);
            if (!org.organizationRoles().contains(OrganizationRole.SUPPLIER)) {
                throw new ValidationException("catalog.ts.notASupplier", orgId);
            }
            suppliers.add(org);
        }
        suppliers.forEach(org -> service.supplierKeys().add(org.getKey()));
        return listSuppliers(id);
    }

    /** No longer allows this supplier to define services on the technical service (not allowed: nothing changes). */
    public List<String> removeSupplier(String id, String orgId) {
        TechnicalService service = own(id);
        Organization org = Organizations.get(em, orgId);
        service.supplierKeys().remove(org.getKey());
        return listSuppliers(id);
    }

    private TechnicalService own(String id) {
        return TechnicalServices.find(em, provider().getKey(), id)
                .orElseThrow(() -> new ObjectNotFoundException("catalog.ts.notFound", id));
    }

    private Organization provider() {
        return ProviderCaller.provider(em, context);
    }
}
