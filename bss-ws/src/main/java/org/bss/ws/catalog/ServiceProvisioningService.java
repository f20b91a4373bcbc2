package org.bss.ws.catalog;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bss.catalog.CustomerPriceModelService;
import org.bss.catalog.CustomerPriceModelView;
import org.bss.catalog.MarketableServiceService;
import org.bss.catalog.NewService;
import org.bss.catalog.PriceModelLocalization;
import org.bss.catalog.PriceModelService;
import org.bss.catalog.ServiceChange;
import org.bss.catalog.ServiceTexts;
import org.bss.catalog.ServiceView;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.catalog.TechnicalServiceEditor;
import org.bss.catalog.TechnicalServiceService;
import org.bss.catalog.UpgradeOptionService;
import org.bss.common.persistence.Page;
import org.bss.common.persistence.PageRequest;
import org.bss.common.security.Roles;
import org.bss.config.ConfigurationService;
import org.bss.identity.IdentityService;
import org.bss.marketplace.MarketplaceCatalog;
import org.bss.marketplace.OfferedService;
import org.bss.marketplace.PublishingService;
import org.bss.marketplace.ServiceSuspension;
import org.bss.marketplace.Supplier;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.CurrencyException;
import org.bss.ws.faults.DeletionConstraintException;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.FaultTarget;
import org.bss.ws.faults.ImportException;
import org.bss.ws.faults.NonUniqueBusinessKeyException;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.OperationPendingException;
import org.bss.ws.faults.OrganizationAuthoritiesException;
import org.bss.ws.faults.PriceModelException;
import org.bss.ws.faults.ServiceCompatibilityException;
import org.bss.ws.faults.ServiceNotPublishedException;
import org.bss.ws.faults.ServiceOperationException;
import org.bss.ws.faults.ServiceStateException;
import org.bss.ws.faults.TechnicalServiceNotAliveException;
import org.bss.ws.faults.UpdateConstraintException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.tagging.SoapLocales;
import org.bss.ws.vo.BaseVO;
import org.bss.ws.vo.OrganizationRoleType;
import org.bss.ws.vo.VOCatalogEntry;
import org.bss.ws.vo.VOCompatibleService;
import org.bss.ws.vo.VOCustomerService;
import org.bss.ws.vo.VOImageResource;
import org.bss.ws.vo.VOLocalizedText;
import org.bss.ws.vo.VOOrganization;
import org.bss.ws.vo.VOPriceModel;
import org.bss.ws.vo.VOPriceModelLocalization;
import org.bss.ws.vo.VOService;
import org.bss.ws.vo.VOServiceActivation;
import org.bss.ws.vo.VOServiceDetails;
import org.bss.ws.vo.VOServiceEntry;
import org.bss.ws.vo.VOServiceLocalization;
import org.bss.ws.vo.VOTechnicalService;

/**
 * SOAP face of the catalog (ws-contract §2.4) at {@code /ServiceProvisioningService/BASIC}, document/literal wrapped in
 * {@code http://oscm.org/xsd} (docs/soap.md lists the operations offered and when the rest come), over the catalog's
 * services, which decide who may do what: technology managers of technology providers their own technical services,
 * service managers of suppliers what they are allowed to use and their own services. Technical
 * services are addressed by the VO's {@code key}; another provider's key is "not found". The operations that take a
 * VOTechnicalService also declare ValidationException, which the contract does not: a key or version that is no
 * number is refused with it, as on every endpoint (BaseVO).
 */
@Stateless(name = "ServiceProvisioningService")
@WebService(
        name = "ServiceProvisioningService",
        serviceName = "ServiceProvisioningService",
        portName = "ServiceProvisioningServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles({Roles.LOGGED_IN, Roles.TECHNOLOGY_MANAGER, Roles.SERVICE_MANAGER})
@RolesAllowed(Roles.LOGGED_IN)
public class ServiceProvisioningService {

    @EJB
    private TechnicalServiceService technicalServices;

    @EJB
    private IdentityService credentials;

    @EJB
    private MarketableServiceService services;

    @EJB
    private PriceModelService priceModels;

    @EJB
    private CustomerPriceModelService customerPrices;

    @EJB
    private PublishingService publishing;

    @EJB
    private ConfigurationService configuration;

    @EJB
    private MarketplaceCatalog catalog;

    @EJB
    private ServiceSuspension suspension;

    @EJB
    private UpgradeOptionService upgradeOptions;

    @EJB
    private TechnicalServiceEditor editor;

    /**
     * TECHNOLOGY_PROVIDER: the caller's own technical services; SUPPLIER: those the caller's organization is allowed
     * to use. No technical services are seen through another role.
     */
    @WebMethod
    public List<VOTechnicalService> getTechnicalServices(@WebParam(name = "role") OrganizationRoleType role)
            throws OrganizationAuthoritiesException {
        List<TechnicalServiceDetails> found;
        if (role == OrganizationRoleType.TECHNOLOGY_PROVIDER) {
            found = technicalServices.listTechnicalServiceDetails();
        } else if (role == OrganizationRoleType.SUPPLIER) {
            found = technicalServices.listTechnicalServicesForSupplier();
        } else {
            found = List.of();
        }
        Locale caller = locale();
        return found.stream().map(s -> TechnicalServiceMapper.toVO(s, caller)).toList();
    }

    /**
     * Imports a technical-services file (format 1.9) whole; returns the empty string. A file with problems is refused
     * whole: ImportException with every problem's line and column, in the caller's language.
     */
    @WebMethod
    public String importTechnicalServices(@WebParam(name = "xml") byte[] xml)
            throws ImportException, OperationNotPermittedException {
        technicalServices.importTechnicalServices(xml == null ? new byte[0] : xml, locale());
        return "";
    }

    /** The given technical services (by key) as one technical-services file; none given: all of the caller's. */
    @WebMethod
    public byte[] exportTechnicalServices(
            @WebParam(name = "technicalServices") List<VOTechnicalService> technicalServicesToExport)
            throws OrganizationAuthoritiesException, ObjectNotFoundException, OperationNotPermittedException,
                    ValidationException {
        Set<String> ids = new LinkedHashSet<>();
        if (technicalServicesToExport != null) {
            for (VOTechnicalService service : technicalServicesToExport) {
                ids.add(technicalServices.technicalServiceId(key(service)));
            }
        }
        return technicalServices.exportTechnicalServices(ids);
    }

    /**
     * Deletes the caller's technical service of the VO's key, when its version is the one the caller read and no
     * service is defined on it.
     */
    @WebMethod
    public void deleteTechnicalService(@WebParam(name = "technicalService") VOTechnicalService technicalService)
            throws OrganizationAuthoritiesException, ObjectNotFoundException, DeletionConstraintException,
                    ConcurrentModificationException, ValidationException {
        String id = technicalServices.technicalServiceId(key(technicalService));
        technicalServices.deleteTechnicalService(id, technicalService.getVersion());
    }

    /** Pings the provisioning URL of the caller's technical service; not answering 2xx is the fault. */
    @WebMethod
    public void validateTechnicalServiceCommunication(
            @WebParam(name = "technicalService") VOTechnicalService technicalService)
            throws ObjectNotFoundException, OperationNotPermittedException, TechnicalServiceNotAliveException,
                    ValidationException {
        technicalServices.requireCommunication(technicalServices.technicalServiceId(key(technicalService)));
    }

    /**
     * Registers a technical service without parameters, events, roles or operations (G.7): id, build, access type,
     * URLs, provisioning version, billing identifier, and texts and tags in the caller's language; checked as the
     * same definition in a technical-services file.
     */
    @WebMethod
    public VOTechnicalService createTechnicalService(
            @WebParam(name = "technicalService") VOTechnicalService technicalService)
            throws OrganizationAuthoritiesException, ValidationException, NonUniqueBusinessKeyException {
        Locale caller = locale();
        VOTechnicalService given = ServiceInput.required(technicalService, "technicalService");
        return TechnicalServiceMapper.toVO(editor.register(TechnicalServiceMapper.bare(given, caller), caller), caller);
    }

    /**
     * Replaces the description, license, access information and tags of the caller's language of the caller's
     * technical service (by key); the license of a technical service in use stays (UpdateConstraintException).
     */
    @WebMethod
    public void saveTechnicalServiceLocalization(
            @WebParam(name = "technicalService") VOTechnicalService technicalService)
            throws OrganizationAuthoritiesException, ObjectNotFoundException, OperationNotPermittedException,
                    UpdateConstraintException, ValidationException {
        Locale caller = locale();
        editor.localize(
                key(ServiceInput.required(technicalService, "technicalService")),
                TechnicalServiceMapper.texts(technicalService, caller),
                caller);
    }

    /** The caller's supplier organization's services, in the caller's language. */
    @WebMethod
    public List<VOService> getSuppliedServices() {
        Map<Long, TechnicalServiceDetails> technical = usable();
        Locale caller = locale();
        List<VOService> all = new ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            Page<ServiceView> page = services.list(new PageRequest(offset, PageRequest.MAX_LIMIT));
            page.items()
                    .forEach(s -> all.add(
                            ServiceMapper.fill(new VOService(), s, technical.get(s.technicalServiceKey()), caller)));
            if (offset + PageRequest.MAX_LIMIT >= page.total()) {
                return all;
            }
        }
    }

    /** One of the caller's services with its technical service and price model. */
    @WebMethod
    public VOServiceDetails getServiceDetails(@WebParam(name = "service") VOService service)
            throws ObjectNotFoundException, OperationNotPermittedException, ValidationException {
        return details(services.get(key(service)));
    }

    /**
     * Defines an inactive service on a technical service the caller may use, with the VO's id, texts (in the caller's
     * language) and parameters. An image is not stored (BSS keeps no service images yet): one sent is refused.
     */
    @WebMethod
    public VOServiceDetails createService(
            @WebParam(name = "technicalService") VOTechnicalService technicalService,
            @WebParam(name = "service") VOService service,
            @WebParam(name = "imageResource") VOImageResource imageResource)
            throws OrganizationAuthoritiesException, ObjectNotFoundException, OperationNotPermittedException,
                    ValidationException, NonUniqueBusinessKeyException, ConcurrentModificationException {
        ServiceInput.noImage(imageResource);
        VOService given = ServiceInput.required(service, "service");
        ServiceView created = services.define(new NewService(
                key(technicalService),
                given.getServiceId(),
                ServiceInput.texts(given, language()),
                false,
                ServiceInput.parameters(given)));
        return details(created);
    }

    /** Changes an inactive service: id, texts in the caller's language, parameters; checks the version read. */
    @WebMethod
    public VOServiceDetails updateService(
            @WebParam(name = "service") VOServiceDetails service,
            @WebParam(name = "imageResource") VOImageResource imageResource)
            throws ObjectNotFoundException, OrganizationAuthoritiesException, OperationNotPermittedException,
                    ValidationException, NonUniqueBusinessKeyException, ServiceStateException,
                    ConcurrentModificationException {
        ServiceInput.noImage(imageResource);
        VOService given = ServiceInput.required(service, "service");
        ServiceView stored = services.get(key(given));
        ServiceView changed = services.change(
                stored.key(),
                new ServiceChange(
                        given.getServiceId(),
                        ServiceInput.texts(given, language()),
                        stored.autoAssignUser(),
                        ServiceInput.parameters(given)),
                given.getVersion());
        return details(changed);
    }

    /** Deletes an inactive service with its price model; checks the version read. */
    @WebMethod
    public void deleteService(@WebParam(name = "service") VOService service)
            throws OrganizationAuthoritiesException, OperationNotPermittedException, ObjectNotFoundException,
                    ServiceOperationException, ServiceStateException, ConcurrentModificationException,
                    ValidationException {
        services.delete(
                key(service), (long) ServiceInput.required(service, "service").getVersion(), language());
    }

    /** True while the service is inactive, the only status in which it may be deleted. */
    @WebMethod
    public boolean statusAllowsDeletion(@WebParam(name = "service") VOService service)
            throws OperationNotPermittedException, ObjectNotFoundException, ConcurrentModificationException,
                    ValidationException {
        return services.get(key(service)).status() == org.bss.catalog.ServiceStatus.INACTIVE;
    }

    /** An inactive copy of the service (texts, parameters, price model) under a new id. */
    @WebMethod
    public VOServiceDetails copyService(
            @WebParam(name = "service") VOService service, @WebParam(name = "serviceId") String serviceId)
            throws ObjectNotFoundException, OrganizationAuthoritiesException, OperationNotPermittedException,
                    ServiceStateException, ConcurrentModificationException, NonUniqueBusinessKeyException,
                    ValidationException {
        return details(services.copy(key(service), serviceId, language()));
    }

    /** The service's names, short descriptions and descriptions in every language. */
    @WebMethod
    public VOServiceLocalization getServiceLocalization(@WebParam(name = "service") VOService service)
            throws ObjectNotFoundException, OperationNotPermittedException, ValidationException {
        return ServiceLocalizations.toVO(services.get(key(service)).texts());
    }

    /** Sets the texts of the languages the VO names (a text left out keeps its value); checks the version read. */
    @WebMethod
    public void saveServiceLocalization(
            @WebParam(name = "service") VOService service,
            @WebParam(name = "localization") VOServiceLocalization localization)
            throws ObjectNotFoundException, OperationNotPermittedException, ValidationException,
                    ConcurrentModificationException {
        ServiceView stored = services.get(key(service));
        long version = ServiceInput.required(service, "service").getVersion();
        for (ServiceTexts texts :
                ServiceLocalizations.merged(ServiceInput.required(localization, "localization"), stored.texts())) {
            version = services.localize(stored.key(), texts, version).version();
        }
    }

    /**
     * Creates or replaces the price model of an inactive service; its description and license, when given, are the
     * texts in the caller's language. The price model's version is checked when the VO carries its key.
     */
    @WebMethod
    public VOServiceDetails savePriceModel(
            @WebParam(name = "service") VOServiceDetails service,
            @WebParam(name = "priceModel") VOPriceModel priceModel)
            throws ObjectNotFoundException, OperationNotPermittedException, CurrencyException, ValidationException,
                    ServiceStateException, PriceModelException, ConcurrentModificationException {
        long serviceKey = key(service);
        VOPriceModel given = ServiceInput.required(priceModel, "priceModel");
        priceModels.save(
                serviceKey,
                PriceModelMapper.toTerms(given),
                given.getKey() == 0 ? null : (long) given.getVersion(),
                language());
        PriceModelLocalization texts = ServiceInput.priceModelTexts(given, language());
        if (!texts.descriptions().isEmpty() || !texts.licenses().isEmpty()) {
            priceModels.localize(serviceKey, texts, language());
        }
        return details(services.get(serviceKey));
    }

    /**
     * A customer's own price model for a service (G.6): the service names a first one, the customer-specific service
     * (from getServiceForCustomer) a change. Returns the customer-specific service with the price model.
     */
    @WebMethod
    public VOServiceDetails savePriceModelForCustomer(
            @WebParam(name = "service") VOServiceDetails service,
            @WebParam(name = "priceModel") VOPriceModel priceModel,
            @WebParam(name = "customer") VOOrganization customer)
            throws OrganizationAuthoritiesException, ObjectNotFoundException, OperationNotPermittedException,
                    CurrencyException, ValidationException, ServiceStateException, PriceModelException,
                    ServiceOperationException, ConcurrentModificationException {
        VOPriceModel given = ServiceInput.required(priceModel, "priceModel");
        CustomerPriceModelView saved = customerPrices.saveFor(
                key(service),
                CustomerServiceMapper.customerId(customer),
                PriceModelMapper.toTerms(given),
                given.getKey() == 0 ? null : (long) given.getVersion(),
                language());
        return CustomerServiceMapper.details(saved, usable().get(saved.service().technicalServiceKey()), locale());
    }

    /** The customer-specific service of the customer for the service, null while the customer has none. */
    @WebMethod
    public VOServiceDetails getServiceForCustomer(
            @WebParam(name = "customer") VOOrganization customer, @WebParam(name = "service") VOService service)
            throws OperationNotPermittedException, ObjectNotFoundException, ValidationException {
        Optional<CustomerPriceModelView> found =
                customerPrices.find(key(service), CustomerServiceMapper.customerId(customer));
        if (found.isEmpty()) {
            return null;
        }
        return CustomerServiceMapper.details(
                found.get(), usable().get(found.get().service().technicalServiceKey()), locale());
    }

    /** The customer-specific services of one customer of the caller's, with their price models. */
    @WebMethod
    public List<VOService> getServicesForCustomer(@WebParam(name = "customer") VOOrganization customer)
            throws ObjectNotFoundException, OperationNotPermittedException, ValidationException {
        List<CustomerPriceModelView> views = customerPrices.ofCustomer(CustomerServiceMapper.customerId(customer));
        Map<Long, TechnicalServiceDetails> technical = usable();
        Locale caller = locale();
        return views.stream()
                .map(v ->
                        CustomerServiceMapper.brief(v, technical.get(v.service().technicalServiceKey()), caller))
                .toList();
    }

    /** Every customer-specific service of the caller's organization, each with its customer. */
    @WebMethod
    public List<VOCustomerService> getAllCustomerSpecificServices() throws OrganizationAuthoritiesException {
        List<CustomerPriceModelView> views = customerPrices.all();
        Map<Long, TechnicalServiceDetails> technical = usable();
        Locale caller = locale();
        return views.stream()
                .map(v -> CustomerServiceMapper.withCustomer(
                        v, technical.get(v.service().technicalServiceKey()), caller))
                .toList();
    }

    /** The price model's descriptions and licenses in every language. */
    @WebMethod
    public VOPriceModelLocalization getPriceModelLocalization(@WebParam(name = "priceModel") VOPriceModel priceModel)
            throws ObjectNotFoundException, OperationNotPermittedException, ValidationException {
        return ServiceLocalizations.toVO(priceModels.localization(priceModels.serviceOf(key(priceModel))));
    }

    /** Sets the price model's texts in the languages the VO names. */
    @WebMethod
    public void savePriceModelLocalization(
            @WebParam(name = "priceModel") VOPriceModel priceModel,
            @WebParam(name = "localization") VOPriceModelLocalization localization)
            throws ObjectNotFoundException, OperationNotPermittedException, ConcurrentModificationException,
                    ValidationException {
        priceModels.localize(
                priceModels.serviceOf(key(priceModel)),
                ServiceLocalizations.toTexts(ServiceInput.required(localization, "localization")),
                language());
    }

    /** The license texts of the service's technical service, to start a price model's license from. */
    @WebMethod
    public List<VOLocalizedText> getPriceModelLicenseTemplateLocalization(
            @WebParam(name = "service") VOServiceDetails service)
            throws ObjectNotFoundException, OperationNotPermittedException, ValidationException {
        return ServiceLocalizations.localizedTexts(priceModels.licenseTemplates(key(service)));
    }

    /** The ISO codes of the currencies a price model may use. */
    @WebMethod
    public List<String> getSupportedCurrencies() {
        return configuration.getCurrencies();
    }

    /** Puts an inactive service on sale: it needs a price model and a marketplace it is published on. */
    @WebMethod
    public VOService activateService(@WebParam(name = "service") VOService service)
            throws ObjectNotFoundException, ServiceStateException, OrganizationAuthoritiesException,
                    OperationNotPermittedException, ServiceOperationException, TechnicalServiceNotAliveException,
                    ServiceNotPublishedException, OperationPendingException, ValidationException {
        long serviceKey = key(service);
        publishing.activate(serviceKey, language());
        return brief(services.get(serviceKey));
    }

    /**
     * Activates and deactivates services in one transaction (all or nothing), in the order given. An activation with a
     * catalog entry naming a marketplace publishes the service there first (shown in the catalog as the entry says;
     * the service must be inactive); a deactivation takes the service off sale first, then publishes it as its entry
     * says.
     */
    @WebMethod
    public List<VOService> setActivationStates(@WebParam(name = "activations") List<VOServiceActivation> activations)
            throws ObjectNotFoundException, ServiceStateException, OrganizationAuthoritiesException,
                    OperationNotPermittedException, ServiceOperationException, TechnicalServiceNotAliveException,
                    ServiceNotPublishedException, OperationPendingException, ValidationException {
        String language = language();
        List<Long> keys = new ArrayList<>();
        for (VOServiceActivation activation : activations == null ? List.<VOServiceActivation>of() : activations) {
            long serviceKey = activation == null ? 0 : key(activation.getService());
            VOCatalogEntry entry = activation == null ? null : entry(activation.getCatalogEntries());
            if (activation != null && activation.isActive()) {
                publish(serviceKey, entry, language);
                publishing.activate(serviceKey, language);
            } else {
                publishing.deactivate(serviceKey, language);
                publish(serviceKey, entry, language);
            }
            keys.add(serviceKey);
        }
        return keys.stream().map(k -> brief(services.get(k))).toList();
    }

    private void publish(long serviceKey, VOCatalogEntry entry, String language) {
        if (entry != null) {
            publishing.publish(
                    serviceKey, entry.getMarketplace().getMarketplaceId(), entry.isVisibleInCatalog(), language);
        }
    }

    /** The first entry that names a marketplace, or null. */
    private static VOCatalogEntry entry(List<VOCatalogEntry> entries) {
        return entries == null
                ? null
                : entries.stream()
                        .filter(e -> e != null && e.getMarketplace() != null)
                        .findFirst()
                        .orElse(null);
    }

    /** Takes a service off sale. */
    @WebMethod
    public VOService deactivateService(@WebParam(name = "service") VOService service)
            throws ObjectNotFoundException, ServiceStateException, OrganizationAuthoritiesException,
                    OperationNotPermittedException, ServiceOperationException, OperationPendingException,
                    ValidationException {
        long serviceKey = key(service);
        publishing.deactivate(serviceKey, language());
        return brief(services.get(serviceKey));
    }

    /** The services on sale and shown on the marketplace, by service id; an unknown marketplace offers none. */
    @WebMethod
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a refusal inside must not doom this call
    public List<VOService> getServicesForMarketplace(@WebParam(name = "marketplaceId") String marketplaceId) {
        Locale caller = locale();
        try {
            return catalog.offered(marketplaceId).stream()
                    .map(o -> offered(new VOService(), o, caller))
                    .toList();
        } catch (org.bss.common.ObjectNotFoundException e) {
            return List.of();
        }
    }

    /**
     * The other services on the same technical service that are on sale and shown on the marketplace, by service id;
     * texts in the locale (none given: the caller's language).
     */
    @WebMethod
    public List<VOService> getRelatedServicesForMarketplace(
            @WebParam(name = "service") VOService service,
            @WebParam(name = "marketplaceId") String marketplaceId,
            @WebParam(name = "locale") String locale)
            throws ObjectNotFoundException, ValidationException {
        Locale language = locale == null ? locale() : Locale.forLanguageTag(SoapLocales.language(locale));
        return catalog.related(key(service), marketplaceId).stream()
                .map(o -> offered(new VOService(), o, language))
                .toList();
    }

    /** The service if it is on sale and shown on the marketplace, texts in the locale; else null. */
    @WebMethod
    @FaultTarget(objectClass = "MARKETPLACE")
    public VOServiceEntry getServiceForMarketplace(
            @WebParam(name = "serviceKey") Long serviceKey,
            @WebParam(name = "marketplaceId") String marketplaceId,
            @WebParam(name = "locale") String locale)
            throws ObjectNotFoundException, OperationNotPermittedException {
        Locale language = Locale.forLanguageTag(SoapLocales.language(locale));
        return catalog.offered(serviceKey == null ? 0 : serviceKey, marketplaceId)
                .map(o -> offered(new VOServiceEntry(), o, language))
                .orElse(null);
    }

    /** The organization that sells the service: key, id and name. */
    @WebMethod
    @FaultTarget(objectClass = "SERVICE")
    public VOOrganization getServiceSeller(
            @WebParam(name = "serviceKey") long serviceKey, @WebParam(name = "locale") String locale)
            throws ObjectNotFoundException {
        Supplier seller = catalog.seller(serviceKey);
        VOOrganization vo = new VOOrganization();
        vo.setKey(seller.key());
        vo.setOrganizationId(seller.organizationId());
        vo.setName(seller.name());
        return vo;
    }

    /**
     * The owner of the marketplace the service is published on holds it back (SUSPENDED); the reason is not kept (no
     * mail to the supplier yet).
     */
    @WebMethod
    @FaultTarget(objectClass = "SERVICE")
    public VOService suspendService(
            @WebParam(name = "service") VOService service, @WebParam(name = "reason") String reason)
            throws ObjectNotFoundException, OperationNotPermittedException, ServiceStateException {
        return offered(new VOService(), suspension.suspend(key(service)), locale());
    }

    /** The marketplace owner puts a suspended service back on sale. */
    @WebMethod
    @FaultTarget(objectClass = "SERVICE")
    public VOService resumeService(@WebParam(name = "service") VOService service)
            throws ObjectNotFoundException, OperationNotPermittedException, ServiceStateException {
        return offered(new VOService(), suspension.resume(key(service)), locale());
    }

    /** The services a subscription of the caller's service may be up- or downgraded to, by service id. */
    @WebMethod
    public List<VOService> getCompatibleServices(@WebParam(name = "service") VOService service)
            throws OrganizationAuthoritiesException, ObjectNotFoundException, OperationNotPermittedException,
                    ValidationException {
        return upgradeOptions.options(key(service)).stream().map(this::brief).toList();
    }

    /**
     * Makes exactly the given services (by key) the up/downgrade options of the caller's inactive service; an empty
     * list withdraws all. Options are the supplier's other services on the same technical service.
     */
    @WebMethod
    public void setCompatibleServices(
            @WebParam(name = "service") VOService service,
            @WebParam(name = "compatibleServices") List<VOService> compatibleServices)
            throws OrganizationAuthoritiesException, ObjectNotFoundException, OperationNotPermittedException,
                    ServiceCompatibilityException, ServiceStateException, ConcurrentModificationException,
                    ValidationException {
        List<Long> keys = compatibleServices == null
                ? List.of()
                : compatibleServices.stream()
                        .map(ServiceProvisioningService::key)
                        .toList();
        upgradeOptions.define(key(service), keys, language());
    }

    /** The caller's other services on the same technical service, each marked when it is an option now. */
    @WebMethod
    public List<VOCompatibleService> getPotentialCompatibleServices(@WebParam(name = "service") VOService service)
            throws ObjectNotFoundException, OperationNotPermittedException, ValidationException {
        Map<Long, TechnicalServiceDetails> technical = usable();
        Locale caller = locale();
        return upgradeOptions.candidates(key(service)).stream()
                .map(c -> {
                    VOCompatibleService vo = ServiceMapper.fill(
                            new VOCompatibleService(),
                            c.service(),
                            technical.get(c.service().technicalServiceKey()),
                            caller);
                    vo.setCompatible(c.compatible());
                    return vo;
                })
                .toList();
    }

    /** Whether a subscription of the caller's service may move to another service, or one of another to it. */
    @WebMethod
    public boolean isPartOfUpgradePath(@WebParam(name = "service") VOService service)
            throws ObjectNotFoundException, OperationNotPermittedException, ValidationException {
        return upgradeOptions.onUpgradePath(key(service));
    }

    private static <V extends VOService> V offered(V vo, OfferedService offered, Locale caller) {
        return ServiceMapper.fill(vo, offered.service(), offered.technical(), caller);
    }

    private VOServiceDetails details(ServiceView service) {
        Locale caller = locale();
        TechnicalServiceDetails technical = usable().get(service.technicalServiceKey());
        VOPriceModel priceModel = priceModels
                .find(service.key())
                .map(pm -> PriceModelMapper.toVO(
                        pm, priceModels.localization(service.key()), technical.definition(), caller))
                .orElse(null);
        VOServiceDetails vo = ServiceMapper.fill(new VOServiceDetails(), service, technical, caller);
        vo.setPriceModel(priceModel);
        vo.setTechnicalService(technical == null ? null : TechnicalServiceMapper.toVO(technical, caller));
        return vo;
    }

    private VOService brief(ServiceView service) {
        return ServiceMapper.fill(new VOService(), service, usable().get(service.technicalServiceKey()), locale());
    }

    /** The technical services the caller's organization may define services on, by key. */
    private Map<Long, TechnicalServiceDetails> usable() {
        return technicalServices.listTechnicalServicesForSupplier().stream()
                .collect(Collectors.toMap(TechnicalServiceDetails::key, Function.identity()));
    }

    private String language() {
        return locale().getLanguage();
    }

    private static long key(BaseVO vo) {
        return vo == null ? 0 : vo.getKey();
    }

    /** The key a VO addresses; a missing VO addresses nothing (0 is no stored key). */
    private static long key(VOTechnicalService service) {
        return service == null ? 0 : service.getKey();
    }

    private Locale locale() {
        return credentials.currentUser().locale();
    }
}
