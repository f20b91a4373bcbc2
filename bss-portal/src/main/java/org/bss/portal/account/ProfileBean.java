package org.bss.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bss.common.BssException;
import org.bss.identity.UserService;
import org.bss.identity.UserView;
import org.bss.identity.ldap.LdapMembership;
import org.bss.portal.PortalMessages;
import org.bss.portal.security.UserSession;

/**
 * Account &gt; Edit profile (App. G.1): the caller's own data and language (the language of the mails BSS sends).
 * The version read with the data goes back with the change: if someone else changed the user meanwhile, the service
 * refuses it and the page says so; "Reload" shows the current data.
 */
@Named
@ViewScoped
public class ProfileBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserService userService;

    @EJB
    private LdapMembership ldapMembership;

    @Inject
    private UserSession userSession;

    private UserForm form;
    private long version;
    private String organizationId;
    private boolean stale;

    @PostConstruct
    void load() {
        show(userService.getUser(userSession.getUserId()));
    }

    private void show(UserView user) {
        form = UserForm.of(user, ldapMembership.mappedFieldsOfUser(user.userId())); // LDAP fields read-only
        version = user.version();
        organizationId = user.organizationId();
        stale = false;
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            show(userService.updateUser(form.getUserId(), form.toData(false), version));
            PortalMessages.info(context, null, "account.profile.saved");
        } catch (BssException e) {
            stale = e.kind() == BssException.Kind.CONCURRENT_MODIFICATION;
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    /** Discards the edits and shows the stored data (after a conflict). */
    public void reload() {
        load();
        PortalMessages.info(FacesContext.getCurrentInstance(), null, "account.profile.reloaded");
    }

    public UserForm getForm() {
        return form;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public boolean isStale() {
        return stale;
    }
}
