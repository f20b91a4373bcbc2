package org.bss.portal.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.bss.common.BssException;
import org.bss.identity.IdentityService;
import org.bss.portal.PortalMessages;

/** Change of the caller's own password (forced after login when the password is initial or reset). */
@Named
@RequestScoped
public class PasswordBean {

    @EJB
    private IdentityService identityService;

    @Inject
    private UserSession userSession;

    private String oldPassword;
    private String newPassword;
    private String confirmation;

    public String change() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (newPassword == null || !newPassword.equals(confirmation)) {
            PortalMessages.error(context, "passwordForm:confirmation", "password.mismatch");
            context.validationFailed();
            return null;
        }
        try {
            identityService.changePassword(userSession.getUserId(), oldPassword, newPassword);
        } catch (BssException e) {
            String field = e.kind() == BssException.Kind.AUTHENTICATION
                    ? "passwordForm:oldPassword"
                    : "passwordForm:newPassword";
            PortalMessages.error(context, field, e);
            context.validationFailed();
            return null;
        }
        ExternalContext external = context.getExternalContext();
        HttpSession session = (HttpSession) external.getSession(true);
        session.setAttribute(UserSession.MUST_CHANGE_PASSWORD, false);
        PortalMessages.info(context, null, "password.changed");
        external.getFlash().setKeepMessages(true);
        return "/index.xhtml?faces-redirect=true";
    }

    public String getOldPassword() {
        return oldPassword;
    }

    public void setOldPassword(String oldPassword) {
        this.oldPassword = oldPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
