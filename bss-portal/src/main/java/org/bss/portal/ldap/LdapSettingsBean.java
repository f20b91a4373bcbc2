package org.bss.portal.ldap;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bss.common.BssException;
import org.bss.identity.ldap.LdapService;
import org.bss.identity.ldap.LdapSettings;
import org.bss.portal.PortalMessages;
import org.bss.portal.operator.FieldMessages;
import org.primefaces.PrimeFaces;

/**
 * Account &gt; LDAP settings (App. G.1, guide 3.5): the own keys of an LDAP-managed organization, edited and saved
 * after a confirmation (they decide how its users log in), and the connection test of the values in the form before
 * they are saved (guide 3.5.2). A service message about one key is shown at its field, and nothing is saved.
 */
@Named
@ViewScoped
public class LdapSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "settingsForm";

    @EJB
    private LdapService ldapService;

    @Inject
    private LdapPages pages;

    private String org;
    private String organizationId;
    private LdapSettingsForm form;
    private ConnectionTestOutcome test;

    /** viewAction: the organization (403 unless LDAP-managed) and its stored keys. */
    public void onLoad() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            return;
        }
        organizationId = pages.ldapOrganizationOrForbid(org);
        if (organizationId != null) {
            form = LdapSettingsForm.of(ldapService.getOrganizationSettings(organizationId));
        }
    }

    /** "Save": asks for confirmation when something changed. */
    public void confirmSave() {
        if (form.changedKeys().isEmpty()) {
            PortalMessages.info(FacesContext.getCurrentInstance(), null, "ldapForm.unchanged");
            return;
        }
        PrimeFaces.current().ajax().addCallbackParam("confirmSave", true);
    }

    /** Confirmed: replaces the organization's keys with the form's. */
    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            form = LdapSettingsForm.of(ldapService.setOrganizationSettings(organizationId, form.toSettings()));
            test = null;
            PortalMessages.info(context, null, "account.ldap.settings.saved", organizationId);
        } catch (BssException e) {
            FieldMessages.show(context, FORM, LdapSettings.KEYS, e);
        }
    }

    /** Tests the values in the form (over the platform defaults) without saving them. */
    public void testConnection() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            test = new ConnectionTestOutcome(
                    ldapService.testSettings(organizationId, form.toSettings()), PortalMessages.locale(context));
        } catch (BssException e) {
            test = null;
            PortalMessages.error(context, null, e);
        }
    }

    /** Reads the stored keys again; edits are dropped. */
    public void reload() {
        form = LdapSettingsForm.of(ldapService.getOrganizationSettings(organizationId));
        test = null;
    }

    /** The question of the confirmation: which keys change, for which organization. */
    public String getSaveQuestion() {
        return form == null
                ? ""
                : PortalMessages.text(
                        FacesContext.getCurrentInstance(),
                        "account.ldap.settings.saveQuestion",
                        organizationId,
                        String.join(", ", form.changedKeys()));
    }

    public String getOrg() {
        return org;
    }

    public void setOrg(String org) {
        this.org = org;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public LdapSettingsForm getForm() {
        return form;
    }

    public ConnectionTestOutcome getTest() {
        return test;
    }
}
