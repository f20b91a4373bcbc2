package org.bss.portal.technical;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bss.account.OrganizationDataValidator;
import org.bss.catalog.InvalidTechnicalServicesFileException;
import org.bss.catalog.TechnicalServiceDefinition;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.catalog.TechnicalServiceEditor;
import org.bss.catalog.TechnicalServiceService;
import org.bss.catalog.XmlProblem;
import org.bss.common.BssException;
import org.bss.portal.PortalMessages;

/**
 * Technical service &gt; Edit description (App. G.7): the description, license, access information and tags of a
 * technical service in a chosen language. The license stays while services are defined on it (TechnicalServiceEditor).
 */
@Named
@ViewScoped
public class TechnicalServiceDescriptionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TechnicalServiceService technicalServices;

    @EJB
    private TechnicalServiceEditor editor;

    private long key;
    private String serviceId;
    private TechnicalServiceDefinition.Texts stored;
    private final TechnicalServiceTextsForm form = new TechnicalServiceTextsForm();
    private List<String> problems = List.of();

    /** Reads the technical service named by the view parameter; the texts of the page's language first. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            technicalServices.listTechnicalServiceDetails().stream()
                    .filter(d -> d.key() == key)
                    .findFirst()
                    .ifPresentOrElse(this::show, () -> PortalMessages.error(context, null, "technical.texts.notFound"));
            if (serviceId != null && form.getLanguage() == null) {
                form.setLanguage(PortalMessages.locale(context).getLanguage());
                form.fill(stored);
            }
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    /** Another language chosen: its texts. */
    public void changeLanguage() {
        form.fill(stored);
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        problems = List.of();
        try {
            show(editor.localize(key, form.texts(), PortalMessages.locale(context)));
            PortalMessages.info(
                    context,
                    null,
                    "technical.texts.saved",
                    serviceId,
                    PortalMessages.text(context, "account.language." + form.getLanguage()));
        } catch (InvalidTechnicalServicesFileException e) {
            problems = e.problems().stream().map(XmlProblem::message).toList();
            PortalMessages.error(context, null, e);
            context.validationFailed();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    private void show(TechnicalServiceDetails details) {
        serviceId = details.definition().id();
        stored = details.definition().texts();
    }

    public List<String> getLanguages() {
        return OrganizationDataValidator.LOCALES;
    }

    public long getKey() {
        return key;
    }

    public void setKey(long key) {
        this.key = key;
    }

    public String getServiceId() {
        return serviceId;
    }

    public TechnicalServiceTextsForm getForm() {
        return form;
    }

    public List<String> getProblems() {
        return problems;
    }
}
