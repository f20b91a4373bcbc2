package org.bss.portal.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import org.bss.account.OrganizationService;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import org.bss.common.security.Roles;
import org.bss.identity.AuthenticatedUser;
import org.bss.identity.IdentityService;
import org.bss.identity.ldap.LdapMembership;

/**
 * The logged-in user as the pages see it: user id for the header, role checks for the menu (pages
 * are protected by web.xml and the EJBs regardless), whether the own organization is LDAP-managed (no registering,
 * import or password change to offer, App. G.1), the failed logins since the previous login, the forced-password-change
 * flag and logout.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BssLog LOG = BssLog.system(LogFeature.PORTAL);

    /** Session attribute: Boolean, true while the user must change the password. */
    public static final String MUST_CHANGE_PASSWORD = "org.bss.portal.mustChangePassword";

    @EJB
    private IdentityService identityService;

    @EJB
    private OrganizationService organizationService;

    @EJB
    private LdapMembership ldapMembership;

    private String principalName;
    private String userId;
    private boolean ldapOrganization;
    private int failedLoginsBeforeLogin;

    /** The user id of the caller (looked up once per principal). */
    public String getUserId() {
        HttpServletRequest request = request();
        String principal = request.getRemoteUser();
        if (principal == null) {
            return null;
        }
        if (!principal.equals(principalName)) {
            AuthenticatedUser user = identityService.currentUser();
            userId = user.userId();
            ldapOrganization = ldapMembership.isLdapOrganization(
                    organizationService.getOwnOrganization().orgId());
            failedLoginsBeforeLogin = identityService.failedLoginsBeforeLastLogin();
            principalName = principal;
        }
        return userId;
    }

    /**
     * Whether the caller's organization is LDAP-managed (USR-6): its users come from the directory, so the menus
     * offer neither "Register user", "Import users" nor "Change password". Read once per principal, like the user id.
     */
    public boolean isLdapOrganization() {
        return getUserId() != null && ldapOrganization;
    }

    /**
     * Failed login attempts on the account between the previous successful login and this one, for the notice on the
     * home page. Read with the user id, at the first page after login: before a forced password change, whose check
     * of the old password is a successful login too.
     */
    public int getFailedLoginsBeforeLogin() {
        return getUserId() == null ? 0 : failedLoginsBeforeLogin;
    }

    public boolean isLoggedIn() {
        return request().getRemoteUser() != null;
    }

    public boolean isOperator() {
        return request().isUserInRole(Roles.PLATFORM_OPERATOR);
    }

    /** Technology managers manage their organization's technical services (App. G.7) and their suppliers (G.1). */
    public boolean isTechnologyManager() {
        return request().isUserInRole(Roles.TECHNOLOGY_MANAGER);
    }

    /** Service managers manage their organization's services and price models (App. G.3, G.6). */
    public boolean isServiceManager() {
        return request().isUserInRole(Roles.SERVICE_MANAGER);
    }

    /** Marketplace managers of a marketplace owner manage its marketplaces (App. G.4). */
    public boolean isMarketplaceOwner() {
        return request().isUserInRole(Roles.MARKETPLACE_OWNER);
    }

    /** Organization administrators and the operator manage users (App. G.1). */
    public boolean isAdministrator() {
        return request().isUserInRole(Roles.ORGANIZATION_ADMIN) || isOperator();
    }

    public boolean isPasswordChangeRequired() {
        HttpSession session = request().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD));
    }

    /** Ends the container login and the session, then shows the login page. */
    public void logout() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.debug(LogMessage.PORTAL_LOGOUT_FAILED, e);
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
        context.responseComplete();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
