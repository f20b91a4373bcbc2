package org.bss.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.bss.account.Organization;
import org.bss.common.ConflictException;
import org.bss.common.security.Roles;

/**
 * A technology provider registers a technical service by hand and edits its texts (G.7 "Register technical service",
 * "Edit description"). Both go through the one rule of technical services: the definition is checked as the same
 * definition in a technical-services file would be (ADR 0010), so a registered service exports and re-imports as is.
 */
@Stateless
@RolesAllowed(Roles.TECHNOLOGY_MANAGER)
public class TechnicalServiceEditor {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Event<ServiceListingChanged> listingChanged;

    /**
     * Registers a technical service without parameters, events, roles or operations (a file adds them later).
     *
     * @throws InvalidTechnicalServicesFileException the definition breaks a rule of the format (each problem named)
     * @throws ConflictException the provider has a technical service of that id
     */
    public TechnicalServiceDetails register(TechnicalServiceDefinition definition, Locale locale) {
        Organization provider = ProviderCaller.provider(em, context);
        TechnicalServiceDefinition checked = checked(definition, locale);
        if (TechnicalServices.find(em, provider.getKey(), checked.id()).isPresent()) {
            throw new ConflictException("catalog.ts.idTaken", checked.id());
        }
        TechnicalService created = new TechnicalService(provider.getKey(), checked, clock.instant());
        em.persist(created);
        em.flush();
        return TechnicalServiceDetails.of(created);
    }

    /**
     * Replaces the texts of one language. The license stays as it is while services are defined on the technical
     * service (their customers agreed to it).
     *
     * @throws org.bss.common.ObjectNotFoundException the provider has no technical service of that key
     * @throws ConflictException a changed license of a technical service in use
     */
    public TechnicalServiceDetails localize(long key, TechnicalServiceTexts texts, Locale locale) {
        TechnicalService service = ProviderCaller.own(em, ProviderCaller.provider(em, context), key);
        TechnicalServiceDefinition stored = service.definition();
        List<MarketableService> services = MarketableServices.onTechnicalService(em, key);
        if (!services.isEmpty() && texts.changesLicense(stored.texts())) {
            throw new ConflictException("catalog.ts.licenseInUse", stored.id());
        }
        TechnicalServiceDefinition changed = new TechnicalServiceDefinition(
                stored.id(),
                stored.build(),
                stored.accessType(),
                stored.provisioning(),
                stored.baseUrl(),
                stored.loginPath(),
                stored.onlyOneSubscriptionPerUser(),
                stored.allowingOnBehalfActing(),
                stored.billingIdentifier(),
                texts.into(stored.texts()),
                stored.parameters(),
                stored.events(),
                stored.roles(),
                stored.operations());
        service.replace(checked(changed, locale), clock.instant());
        em.flush();
        services.forEach(s -> listingChanged.fire(ServiceListingChanged.changed(s.getKey())));
        return TechnicalServiceDetails.of(service);
    }

    private static TechnicalServiceDefinition checked(TechnicalServiceDefinition definition, Locale locale) {
        return TechnicalServicesFile.read(TechnicalServicesFile.write(List.of(definition)), locale)
                .get(0);
    }
}
