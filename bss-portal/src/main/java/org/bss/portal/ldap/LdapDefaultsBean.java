package org.bss.portal.ldap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.bss.common.BssException;
import org.bss.identity.ldap.LdapService;
import org.bss.identity.ldap.LdapSettings;
import org.bss.portal.PortalMessages;
import org.bss.portal.operator.FieldMessages;
import org.primefaces.PrimeFaces;

/**
 * Operation &gt; Manage LDAP (App. G.5, guide 3.5.1/3.5.2): the platform defaults that every LDAP-managed organization
 * uses for the keys it does not set itself, saved after a confirmation (they change how those users log in), and the
 * connection test of the saved defaults. A service message about one key is shown at its field.
 */
@Named
@ViewScoped
public class LdapDefaultsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "settingsForm";

    @EJB
    private LdapService ldapService;

    private LdapSettingsForm form;
    private ConnectionTestOutcome test;

    @PostConstruct
    void load() {
        form = LdapSettingsForm.of(ldapService.getPlatformDefaults());
    }

    /** "Save": asks for confirmation when something changed. */
    public void confirmSave() {
        if (form.changedKeys().isEmpty()) {
            PortalMessages.info(FacesContext.getCurrentInstance(), null, "ldapForm.unchanged");
            return;
        }
        PrimeFaces.current().ajax().addCallbackParam("confirmSave", true);
    }

    /** Confirmed: replaces the platform defaults with the form's keys (empty fields are removed). */
    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            form = LdapSettingsForm.of(ldapService.setPlatformDefaults(form.toSettings()));
            test = null;
            PortalMessages.info(context, null, "operator.ldap.saved");
        } catch (BssException e) {
            FieldMessages.show(context, FORM, LdapSettings.KEYS, e);
        }
    }

    /** Tests the saved defaults alone (built-in defaults added), as guide 3.5.2 describes. */
    public void testConnection() {
        FacesContext context = FacesContext.getCurrentInstance();
        test = new ConnectionTestOutcome(ldapService.testPlatformDefaults(), PortalMessages.locale(context));
        if (!form.changedKeys().isEmpty()) {
            PortalMessages.warn(context, null, "operator.ldap.testUnsaved");
        }
    }

    /** Reads the stored defaults again; edits are dropped. */
    public void reload() {
        load();
        test = null;
    }

    public String getSaveQuestion() {
        return PortalMessages.text(
                FacesContext.getCurrentInstance(), "operator.ldap.saveQuestion", String.join(", ", form.changedKeys()));
    }

    /** App. C's own defaults, shown where a field is empty. */
    public Map<String, String> getBuiltInDefaults() {
        return LdapSettings.BUILT_IN_DEFAULTS;
    }

    public LdapSettingsForm getForm() {
        return form;
    }

    public ConnectionTestOutcome getTest() {
        return test;
    }
}
