package org.bss.portal.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bss.common.BssException;
import org.bss.identity.UserService;
import org.bss.identity.UserStatus;
import org.bss.identity.UserView;
import org.bss.identity.ldap.LdapMembership;
import org.bss.portal.PortalMessages;

/**
 * Account &gt; Manage users &gt; edit ({@code /account/user.xhtml?id=}): a user's fields and roles. The fields are
 * saved first, then the roles if they changed, each with the version just read; a refused role change (the last
 * administrator, a role the organization lacks) is shown as the service's message and the roles stay as stored.
 */
@Named
@ViewScoped
public class UserEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserService userService;

    @EJB
    private LdapMembership ldapMembership;

    private String id;
    private UserForm form;
    private long version;
    private String organizationId;
    private boolean locked;
    private boolean passwordChangeRequired;
    private List<String> storedRoles = List.of();
    private List<String> roles = new ArrayList<>();
    private List<String> availableRoles = List.of();

    /** viewAction: reads the user of {@code ?id=}; an unknown or foreign user gives a message and no form. */
    public void onLoad() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || form != null) {
            return;
        }
        if (id == null || id.isBlank()) {
            PortalMessages.error(context, null, "account.user.noId");
            return;
        }
        try {
            UserView user = userService.getUser(id.strip());
            Set<String> offered = new TreeSet<>(userService.availableRoles(user.organizationId()));
            offered.addAll(user.roles());
            availableRoles = List.copyOf(offered);
            show(user);
        } catch (BssException e) {
            form = null;
            PortalMessages.error(context, null, e);
        }
    }

    private void show(UserView user) {
        form = UserForm.of(user, ldapMembership.mappedFieldsOfUser(user.userId())); // LDAP fields read-only
        version = user.version();
        organizationId = user.organizationId();
        locked = user.status() == UserStatus.LOCKED;
        passwordChangeRequired = user.passwordChangeRequired();
        storedRoles = List.copyOf(new TreeSet<>(user.roles()));
        roles = new ArrayList<>(storedRoles);
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (form == null) {
            return;
        }
        List<String> wantedRoles = roles == null ? List.of() : List.copyOf(roles);
        UserView saved;
        try {
            saved = userService.updateUser(form.getUserId(), form.toData(false), version);
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
            return;
        }
        show(saved);
        if (!new TreeSet<>(wantedRoles).equals(new TreeSet<>(storedRoles))) {
            try {
                show(userService.setRoles(saved.userId(), Set.copyOf(wantedRoles), saved.version()));
            } catch (BssException e) {
                PortalMessages.warn(context, null, "account.user.savedWithoutRoles", saved.userId());
                PortalMessages.error(context, null, e);
                context.validationFailed();
                return;
            }
        }
        PortalMessages.info(context, null, "account.user.saved", saved.userId());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UserForm getForm() {
        return form;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getAvailableRoles() {
        return availableRoles;
    }
}
