package org.bss.portal.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bss.common.BssException;
import org.bss.identity.UserService;
import org.bss.identity.UserView;
import org.bss.portal.PortalMessages;
import org.bss.portal.security.UserSession;

/**
 * Account &gt; Register user (App. G.1, USR-2): fields, language, salutation and the roles the organization may give.
 * The service makes the initial password and mails it; the new user must change it at the first login. The operator
 * may register into another organization (its roles are offered once the organization id is entered).
 */
@Named
@ViewScoped
public class UserNewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ORGANIZATION_FIELD = "userForm:organizationId";

    @EJB
    private UserService userService;

    @Inject
    private UserSession userSession;

    private final UserForm form = new UserForm();
    private String organizationId;
    private List<String> roles = new ArrayList<>();
    private List<String> availableRoles;

    /** The roles of the chosen organization (own by default). */
    public List<String> getAvailableRoles() {
        if (availableRoles == null) {
            loadRoles();
        }
        return availableRoles;
    }

    /** Operator changed the organization id: offer that organization's roles. */
    public void loadRoles() {
        try {
            availableRoles = List.copyOf(userService.availableRoles(organization()));
            roles.retainAll(availableRoles);
        } catch (BssException e) {
            availableRoles = List.of();
            FacesContext context = FacesContext.getCurrentInstance();
            PortalMessages.error(context, userSession.isOperator() ? ORGANIZATION_FIELD : null, e);
        }
    }

    public String create() {
        FacesContext context = FacesContext.getCurrentInstance();
        UserView created;
        try {
            created = userService.createUser(organization(), form.toData(true), Set.copyOf(roles));
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
            return null;
        }
        ExternalContext external = context.getExternalContext();
        PortalMessages.info(context, null, "account.userNew.created", created.userId(), created.email());
        external.getFlash().setKeepMessages(true);
        String org = organization() == null ? "" : "&org=" + URLEncoder.encode(organization(), StandardCharsets.UTF_8);
        return "/account/users.xhtml?faces-redirect=true" + org;
    }

    private String organization() {
        return organizationId == null || organizationId.isBlank() || !userSession.isOperator()
                ? null
                : organizationId.strip();
    }

    public UserForm getForm() {
        return form;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
