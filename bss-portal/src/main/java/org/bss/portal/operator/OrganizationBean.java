package org.bss.portal.operator;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Set;
import org.bss.account.OrganizationService;
import org.bss.account.OrganizationView;
import org.bss.common.BssException;
import org.bss.common.ConcurrentModificationException;
import org.bss.config.PublicSettings;
import org.bss.portal.PortalMessages;

/**
 * Operation &gt; Manage organizations, one organization ({@code organization.xhtml?id=}): its data, and the fields
 * of table 5.2 edited against the version read (ORG-5; roles, settings and marketplace id are not changed here).
 * A save after someone else's change is refused by the service and offers a reload. Roles, distinguished name and
 * payment types: {@link OrganizationGrantsBean}.
 */
@Named
@ViewScoped
public class OrganizationBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String EDIT_FORM = "editForm";
    static final Set<String> EDIT_FIELDS = Set.of(
            "organization.name",
            "organization.email",
            "organization.address",
            "organization.phone",
            "organization.url",
            "organization.description",
            "organization.domicile",
            "organization.locale");

    @EJB
    private OrganizationService organizationService;

    @EJB
    private PublicSettings publicSettings;

    private String id;
    private ZoneId zone;
    private OrganizationDetails details;
    private OrganizationForm form;
    private long version;
    private boolean conflict;

    /** viewAction: reads the organization named by the id parameter. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            return;
        }
        zone = publicSettings.zoneId();
        try {
            OrganizationView view = organizationService.getOrganization(id == null ? "" : id.strip());
            refresh(view);
            form = OrganizationForm.of(view);
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    /** Saves the edited fields if nobody changed the organization since it was read. */
    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            OrganizationView view = organizationService.updateOrganization(details.getOrgId(), form.toData(), version);
            refresh(view);
            form = OrganizationForm.of(view);
            PortalMessages.info(context, null, "operator.org.saved", view.orgId());
        } catch (ConcurrentModificationException e) {
            conflict = true;
            PortalMessages.error(context, null, e);
            context.validationFailed();
        } catch (BssException e) {
            FieldMessages.show(context, EDIT_FORM, EDIT_FIELDS, e);
        }
    }

    /** Reads the stored organization again; unsaved edits are dropped. */
    public void reload() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            OrganizationView view = organizationService.getOrganization(details.getOrgId());
            refresh(view);
            form = OrganizationForm.of(view);
            PortalMessages.info(context, null, "operator.org.reloaded", view.orgId());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    /** Takes what the service returned after a change; edits in progress stay, against the new version. */
    public void refresh(OrganizationView view) {
        details = new OrganizationDetails(view, zone);
        version = view.version();
        conflict = false;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isFound() {
        return details != null;
    }

    public OrganizationDetails getDetails() {
        return details;
    }

    public OrganizationForm getForm() {
        return form;
    }

    public boolean isConflict() {
        return conflict;
    }
}
