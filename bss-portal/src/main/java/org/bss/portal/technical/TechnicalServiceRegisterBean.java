package org.bss.portal.technical;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bss.catalog.InvalidTechnicalServicesFileException;
import org.bss.catalog.TechnicalServiceDefinition;
import org.bss.catalog.TechnicalServiceDefinition.AccessType;
import org.bss.catalog.TechnicalServiceEditor;
import org.bss.catalog.XmlProblem;
import org.bss.common.BssException;
import org.bss.portal.PortalMessages;

/**
 * Technical service &gt; Register technical service (App. G.7): a technical service entered by hand, without
 * parameters, events, roles or operations (a file adds them later), its texts in the page's language. The rules are
 * those of a technical-services file (TechnicalServiceEditor); each broken one is listed.
 */
@Named
@ViewScoped
public class TechnicalServiceRegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TechnicalServiceEditor editor;

    @Inject
    private TechnicalServicesBean list;

    private final TechnicalServiceForm form = new TechnicalServiceForm();
    private List<String> problems = List.of();

    public void register() {
        FacesContext context = FacesContext.getCurrentInstance();
        problems = List.of();
        try {
            TechnicalServiceDefinition definition =
                    form.definition(PortalMessages.locale(context).getLanguage());
            String id = editor.register(definition, PortalMessages.locale(context))
                    .definition()
                    .id();
            PortalMessages.info(context, null, "technical.register.done", id);
            form.clear();
            list.load();
        } catch (InvalidTechnicalServicesFileException e) {
            problems = e.problems().stream().map(XmlProblem::message).toList();
            PortalMessages.error(context, null, e);
            context.validationFailed();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    public AccessType[] getAccessTypes() {
        return AccessType.values();
    }

    public TechnicalServiceForm getForm() {
        return form;
    }

    public List<String> getProblems() {
        return problems;
    }
}
