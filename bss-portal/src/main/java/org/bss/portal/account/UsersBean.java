package org.bss.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bss.common.BssException;
import org.bss.identity.UserListQuery;
import org.bss.identity.UserPage;
import org.bss.identity.UserService;
import org.bss.identity.ldap.LdapMembership;
import org.bss.portal.PortalMessages;
import org.bss.portal.security.UserSession;
import org.primefaces.component.datatable.DataTable;

/**
 * Account &gt; Manage users (App. G.1, USR-2..4): the users of the own organization (the operator may pick another
 * one) in a lazily paged, sortable, filterable table, with lock, unlock, reset password and delete per row. Every
 * rule (own organization only, last administrator, not oneself) is the service's; its message is shown. An LDAP
 * organization's users come from the directory: no register, import or reset password is offered for it.
 */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "usersForm:users";
    static final String ORGANIZATION_FIELD = "orgForm:organizationId";

    @EJB
    private UserService userService;

    @EJB
    private LdapMembership ldapMembership;

    @Inject
    private UserSession userSession;

    private UserLazyModel users;
    private String filter;
    /** What the operator typed; {@link #shownOrganizationId} is the organization the table shows (null: own). */
    private String organizationId;

    private String shownOrganizationId;
    /** Whether the shown organization is LDAP-managed; null until asked. */
    private Boolean ldapOrganization;

    @PostConstruct
    void init() {
        users = new UserLazyModel((UserLazyModel.Source) this::page);
    }

    /** viewAction: {@code ?org=} (operator) selects the organization at once. */
    public void onLoad() {
        if (organizationId != null && !organizationId.isBlank() && userSession.isOperator()) {
            showOrganization();
        }
    }

    UserPage page(UserListQuery query) {
        return userService.listUsers(shownOrganizationId, query);
    }

    /** Operator: shows the users of the organization typed in the field (blank: the own one). */
    public void showOrganization() {
        FacesContext context = FacesContext.getCurrentInstance();
        String wanted = organizationId == null || organizationId.isBlank() ? null : organizationId.strip();
        try {
            userService.listUsers(wanted, new UserListQuery(0, 1, null, "userId", false));
        } catch (BssException e) {
            PortalMessages.error(context, ORGANIZATION_FIELD, e);
            context.validationFailed();
            return;
        }
        shownOrganizationId = wanted;
        ldapOrganization = null;
        toFirstPage(context);
    }

    /** The filter box changed: back to the first page. */
    public void applyFilter() {
        users.setFilter(filter);
        toFirstPage(FacesContext.getCurrentInstance());
    }

    public void lock(UserRow row) {
        act(row, "account.users.locked", () -> userService.lockUser(row.getUserId()));
    }

    public void unlock(UserRow row) {
        act(row, "account.users.unlocked", () -> userService.unlockUser(row.getUserId()));
    }

    public void resetPassword(UserRow row) {
        act(row, "account.users.passwordReset", () -> userService.resetPassword(row.getUserId()));
    }

    public void delete(UserRow row) {
        act(row, "account.users.deleted", () -> userService.deleteUser(row.getUserId(), row.getVersion()));
    }

    private void act(UserRow row, String doneKey, Runnable action) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (row == null) {
            return;
        }
        try {
            action.run();
            PortalMessages.info(context, null, doneKey, row.getUserId());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    /** The question of a confirmation dialog, e.g. "Do you really want to delete the user u1?". */
    public String question(String key, UserRow row) {
        return PortalMessages.text(FacesContext.getCurrentInstance(), key, row == null ? "" : row.getUserId());
    }

    public boolean isSelf(UserRow row) {
        return row != null && row.getUserId().equals(userSession.getUserId());
    }

    private static void toFirstPage(FacesContext context) {
        UIComponent table = context.getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public UserLazyModel getUsers() {
        return users;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    /** Whether the organization shown is LDAP-managed (USR-6): its users and passwords are the directory's. */
    public boolean isLdapOrganization() {
        if (ldapOrganization == null) {
            ldapOrganization = shownOrganizationId == null
                    ? userSession.isLdapOrganization()
                    : ldapMembership.isLdapOrganization(shownOrganizationId);
        }
        return ldapOrganization;
    }

    /** The organization whose users are shown; null for the caller's own. */
    public String getShownOrganizationId() {
        return shownOrganizationId;
    }
}
