package org.bss.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bss.common.ValidationException;
import org.bss.common.persistence.InstantConverter;

/**
 * A service a supplier sells (table service, SVC-2): defined on a technical service, with texts per locale and the
 * technical service's parameters as the supplier set them. Its definition changes only while it is inactive.
 */
@Entity
@Table(name = "service")
public class MarketableService {

    @Id
    @SequenceGenerator(name = "service_seq", sequenceName = "service_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_seq")
    @Column(name = "service_key")
    private long key;

    @Column(name = "org_key", nullable = false)
    private long supplierKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ts_key", nullable = false)
    private TechnicalService technicalService;

    @Column(name = "service_id", nullable = false, length = 100)
    private String serviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ServiceStatus status;

    @Column(name = "auto_assign_user", nullable = false)
    private boolean autoAssignUser;

    /** The service this is a customer-specific copy of (null: a service of its own). */
    @Column(name = "template_key")
    private Long templateKey;

    /** The customer a customer-specific copy is for (null: a service of its own). */
    @Column(name = "customer_key")
    private Long customerKey;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "service_text", joinColumns = @JoinColumn(name = "service_key"))
    private List<ServiceText> texts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_parameter", joinColumns = @JoinColumn(name = "service_key"))
    private List<ServiceParameter> parameters = new ArrayList<>();

    protected MarketableService() {}

    MarketableService(long supplierKey, TechnicalService technicalService, NewService service, Instant now) {
        this.supplierKey = supplierKey;
        this.technicalService = technicalService;
        this.serviceId = service.serviceId();
        this.status = ServiceStatus.INACTIVE;
        this.autoAssignUser = service.autoAssignUser();
        this.createdAt = now;
        this.updatedAt = now;
        localize(service.texts(), now);
        settle(service.parameters());
    }

    /** A copy under another id: inactive, with this service's texts and parameters. */
    MarketableService copy(String newServiceId, Instant now) {
        MarketableService copy = new MarketableService();
        copy.supplierKey = supplierKey;
        copy.technicalService = technicalService;
        copy.serviceId = ServiceIds.check(newServiceId);
        copy.status = ServiceStatus.INACTIVE;
        copy.autoAssignUser = autoAssignUser;
        copy.createdAt = now;
        copy.updatedAt = now;
        texts.forEach(t -> copy.texts.add(new ServiceText(t.texts())));
        parameters.forEach(p -> copy.parameters.add(new ServiceParameter(p.setting())));
        return copy;
    }

    /**
     * The copy that carries a customer's own price model (G.6): texts and parameters of this service, id
     * {@code <id>#<customer key>}; never listed, published or sold by itself.
     *
     * @throws ServiceStateException this service is itself a customer's copy
     */
    MarketableService forCustomer(long customer, Instant now) {
        if (isCustomerCopy()) {
            throw new ServiceStateException("catalog.customerPm.ofCopy", serviceId);
        }
        MarketableService copy = new MarketableService();
        copy.supplierKey = supplierKey;
        copy.technicalService = technicalService;
        copy.serviceId = serviceId + "#" + customer;
        copy.status = ServiceStatus.INACTIVE;
        copy.autoAssignUser = autoAssignUser;
        copy.templateKey = key;
        copy.customerKey = customer;
        copy.createdAt = now;
        copy.updatedAt = now;
        texts.forEach(t -> copy.texts.add(new ServiceText(t.texts())));
        parameters.forEach(p -> copy.parameters.add(new ServiceParameter(p.setting())));
        return copy;
    }

    /** Whether this is a customer-specific copy of another service. */
    public boolean isCustomerCopy() {
        return templateKey != null;
    }

    /** Takes a new definition: id, texts of one locale, auto-assignment, parameters. */
    void change(ServiceChange change, Instant now) {
        requireInactive();
        this.serviceId = change.serviceId();
        this.autoAssignUser = change.autoAssignUser();
        localize(change.texts(), now);
        settle(change.parameters());
    }

    /** Replaces the texts of one locale; a locale left without any text is removed. */
    final void localize(ServiceTexts localized, Instant now) {
        texts.removeIf(t -> t.locale().equals(localized.locale()));
        if (localized.name() != null || localized.shortDescription() != null || localized.description() != null) {
            texts.add(new ServiceText(localized));
        }
        this.updatedAt = now;
    }

    /**
     * Follows a re-import of its technical service: its settings are checked against the new definition, and
     * parameters the definition added get their defaults.
     *
     * @throws ServiceStateException the service is not inactive (a service on sale keeps what it was sold with)
     * @throws ValidationException a parameter it sets is gone, or its value no longer fits (the reason names both)
     */
    void adopt(TechnicalServiceDefinition definition) {
        if (status != ServiceStatus.INACTIVE) {
            throw new ServiceStateException("catalog.ts.serviceNotInactive", definition.id(), serviceId);
        }
        Set<String> ids =
                definition.parameters().stream().map(ParameterDefinition::id).collect(Collectors.toSet());
        List<ParameterSetting> kept = new ArrayList<>();
        for (ParameterSetting setting : parameters()) {
            if (!ids.contains(setting.id())) {
                throw new ValidationException("catalog.ts.parameterInUse", definition.id(), setting.id(), serviceId);
            }
            kept.add(setting);
        }
        List<ParameterSetting> settled;
        try {
            settled = ServiceParameters.settle(definition, kept);
        } catch (ValidationException e) {
            throw new ValidationException(
                    "catalog.ts.settingBroken", definition.id(), e.arguments()[0], serviceId, e.getMessage());
        }
        parameters.clear();
        settled.forEach(p -> parameters.add(new ServiceParameter(p)));
    }

    /**
     * Puts the service on sale. The marketplace feature calls it once the service has a price model and is published
     * where its supplier may sell (docs/marketplaces.md).
     *
     * @throws ServiceStateException the service is not inactive
     */
    public void activate(Instant now) {
        requireInactive();
        this.status = ServiceStatus.ACTIVE;
        this.updatedAt = now;
    }

    /**
     * The marketplace owner holds back a service on sale (SUSPENDED).
     *
     * @throws ServiceStateException it is not on sale
     */
    public void suspend(Instant now) {
        if (status != ServiceStatus.ACTIVE) {
            throw new ServiceStateException("catalog.service.notActive", serviceId, status.name());
        }
        this.status = ServiceStatus.SUSPENDED;
        this.updatedAt = now;
    }

    /**
     * The marketplace owner puts a suspended service back on sale (ACTIVE).
     *
     * @throws ServiceStateException it is not suspended
     */
    public void resume(Instant now) {
        if (status != ServiceStatus.SUSPENDED) {
            throw new ServiceStateException("catalog.service.notSuspended", serviceId, status.name());
        }
        this.status = ServiceStatus.ACTIVE;
        this.updatedAt = now;
    }

    /** Takes the service off sale (a suspended one too); an inactive one stays as it is. */
    public void deactivate(Instant now) {
        if (status != ServiceStatus.INACTIVE) {
            this.status = ServiceStatus.INACTIVE;
            this.updatedAt = now;
        }
    }

    /** @throws ServiceStateException the service is on sale or suspended */
    public void requireInactive() {
        if (status != ServiceStatus.INACTIVE) {
            throw new ServiceStateException("catalog.service.notInactive", serviceId, status.name());
        }
    }

    private void settle(List<ParameterSetting> requested) {
        List<ParameterSetting> settled = ServiceParameters.settle(technicalService.definition(), requested);
        parameters.clear();
        settled.forEach(s -> parameters.add(new ServiceParameter(s)));
    }

    /** The texts of a locale, if the service has any in it. */
    public Optional<ServiceTexts> texts(String locale) {
        return texts.stream().filter(t -> t.locale().equals(locale)).findFirst().map(ServiceText::texts);
    }

    public List<ServiceTexts> allTexts() {
        return texts.stream().map(ServiceText::texts).toList();
    }

    public List<ParameterSetting> parameters() {
        return parameters.stream().map(ServiceParameter::setting).toList();
    }

    public long getKey() {
        return key;
    }

    /** The service a customer-specific copy copies (null for a service of its own). */
    public Long getTemplateKey() {
        return templateKey;
    }

    /** The customer of a customer-specific copy (null for a service of its own). */
    public Long getCustomerKey() {
        return customerKey;
    }

    public long getSupplierKey() {
        return supplierKey;
    }

    public TechnicalService getTechnicalService() {
        return technicalService;
    }

    public String getServiceId() {
        return serviceId;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public boolean isAutoAssignUser() {
        return autoAssignUser;
    }

    public int getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
