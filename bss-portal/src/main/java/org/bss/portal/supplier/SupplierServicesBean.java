package org.bss.portal.supplier;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bss.catalog.MarketableServiceService;
import org.bss.catalog.NewService;
import org.bss.catalog.ServiceTexts;
import org.bss.catalog.ServiceView;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.catalog.TechnicalServiceService;
import org.bss.common.BssException;
import org.bss.common.persistence.Page;
import org.bss.common.persistence.PageRequest;
import org.bss.portal.PortalMessages;

/**
 * Service &gt; Manage services (App. G.3) for a supplier's service managers: the supplier's services, defining one on a
 * technical service it may use (id and texts in the view's language), deleting an inactive one after a confirmation.
 * Pricing, publishing and activation are on the service's own page.
 */
@Named
@ViewScoped
public class SupplierServicesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MarketableServiceService services;

    @EJB
    private TechnicalServiceService technicalServices;

    private List<ServiceView> rows = List.of();
    private List<TechnicalServiceDetails> technical = List.of();
    private Long technicalServiceKey;
    private String serviceId;
    private String name;
    private String shortDescription;

    @PostConstruct
    void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            technical = technicalServices.listTechnicalServicesForSupplier();
            List<ServiceView> all = new ArrayList<>();
            for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
                Page<ServiceView> page = services.list(new PageRequest(offset, PageRequest.MAX_LIMIT));
                all.addAll(page.items());
                if (offset + PageRequest.MAX_LIMIT >= page.total()) {
                    break;
                }
            }
            rows = all;
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    public void define() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            ServiceView created = services.define(new NewService(
                    technicalServiceKey == null ? 0 : technicalServiceKey,
                    serviceId,
                    new ServiceTexts(language(context), name, shortDescription, null),
                    false,
                    List.of()));
            PortalMessages.info(context, null, "supplier.services.defined", created.serviceId());
            serviceId = null;
            name = null;
            shortDescription = null;
            load();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    public void delete(ServiceView service) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            services.delete(service.key(), (long) service.version(), language(context));
            PortalMessages.info(context, null, "supplier.services.deleted", service.serviceId());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
        load();
    }

    /** The service's name in the view's language, else the first it has, else its id. */
    public String name(ServiceView service) {
        String language = language(FacesContext.getCurrentInstance());
        return service.texts().stream()
                .filter(t -> t.locale().equals(language))
                .findFirst()
                .or(() -> service.texts().stream().findFirst())
                .map(ServiceTexts::name)
                .orElse(service.serviceId());
    }

    public String question(ServiceView service) {
        return PortalMessages.text(
                FacesContext.getCurrentInstance(), "supplier.services.deleteQuestion", service.serviceId());
    }

    static String language(FacesContext context) {
        Locale locale = PortalMessages.locale(context);
        return locale.getLanguage();
    }

    public List<ServiceView> getRows() {
        return rows;
    }

    public List<TechnicalServiceDetails> getTechnical() {
        return technical;
    }

    public Long getTechnicalServiceKey() {
        return technicalServiceKey;
    }

    public void setTechnicalServiceKey(Long technicalServiceKey) {
        this.technicalServiceKey = technicalServiceKey;
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortDescription() {
        return shortDescription;
    }

    public void setShortDescription(String shortDescription) {
        this.shortDescription = shortDescription;
    }
}
