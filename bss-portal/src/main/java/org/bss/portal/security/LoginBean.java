package org.bss.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import org.bss.portal.PortalMessages;
import org.bss.realm.spi.CredentialVerifier;

/**
 * Login with user id and password against bss-realm. The name is sent as {@code id:<userId>} so
 * that the realm never mistakes a numeric user id for a user key. A failure never says whether the
 * user id exists or the account is locked.
 */
@Named
@RequestScoped
public class LoginBean {

    private static final BssLog LOG = BssLog.system(LogFeature.PORTAL);

    private String userId;
    private String password;
    private boolean expired;
    private boolean loggedOut;

    /** viewAction: a logged-in user has nothing to do here; query flags become messages. */
    public void onLoad() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getRemoteUser() != null && !context.isPostback()) {
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
            context.responseComplete();
            return;
        }
        if (expired) {
            PortalMessages.warn(context, null, "login.expired");
        }
        if (loggedOut) {
            PortalMessages.info(context, null, "login.loggedOut");
        }
    }

    public String login() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        String id = userId == null ? "" : userId.trim();
        if (request.getRemoteUser() != null) {
            try {
                request.logout();
            } catch (ServletException e) {
                LOG.debug(LogMessage.PORTAL_LOGOUT_FAILED, e);
            }
        }
        // The container caches the principal only in an existing session (and then renews its id).
        request.getSession(true);
        try {
            request.login(CredentialVerifier.USER_ID_PREFIX + id, password == null ? "" : password);
        } catch (ServletException e) {
            LOG.debug(LogMessage.PORTAL_LOGIN_REFUSED, e);
            password = null;
            PortalMessages.error(context, null, "login.failed");
            return null;
        }
        // PasswordChangeFilter asks the identity service on the next request (with the new identity)
        // and sends a user who must change the password to the password page.
        request.getSession().removeAttribute(UserSession.MUST_CHANGE_PASSWORD);
        return "/index.xhtml?faces-redirect=true";
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
