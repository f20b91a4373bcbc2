package org.bss.portal.supplier;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bss.account.OrganizationDataValidator;
import org.bss.catalog.MarketableServiceService;
import org.bss.catalog.ServiceTexts;
import org.bss.catalog.ServiceView;
import org.bss.common.BssException;
import org.bss.portal.PortalMessages;

/**
 * Service &gt; Edit texts (App. G.3 "Update service", its texts): name, short description and description of the
 * service in a chosen language; any status (texts are no part of what a subscription bought).
 */
@Named
@ViewScoped
public class SupplierTextsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MarketableServiceService services;

    @Inject
    private SupplierServiceBean page;

    private String language;
    private String name;
    private String shortDescription;
    private String description;

    /** The texts of the page's language. */
    public void load() {
        language = SupplierServicesBean.language(FacesContext.getCurrentInstance());
        changeLanguage();
    }

    /** Another language chosen: its texts (none: empty). */
    public void changeLanguage() {
        ServiceView service = page.getService();
        ServiceTexts texts = service == null
                ? null
                : service.texts().stream()
                        .filter(t -> t.locale().equals(language))
                        .findFirst()
                        .orElse(null);
        name = texts == null ? null : texts.name();
        shortDescription = texts == null ? null : texts.shortDescription();
        description = texts == null ? null : texts.description();
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            ServiceView service = page.getService();
            services.localize(
                    service.key(), new ServiceTexts(language, name, shortDescription, description), service.version());
            PortalMessages.info(
                    context,
                    null,
                    "supplier.texts.saved",
                    service.serviceId(),
                    PortalMessages.text(context, "account.language." + language));
            page.load();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    public List<String> getLanguages() {
        return OrganizationDataValidator.LOCALES;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
