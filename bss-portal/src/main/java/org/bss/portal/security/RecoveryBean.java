package org.bss.portal.security;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bss.common.BssException;
import org.bss.identity.PasswordRecoveryService;
import org.bss.portal.PortalMessages;

/**
 * "Forgot password" (USR-3): the login page's dialog asks for a user id and always answers the same, whether or not
 * the user exists or may recover; the mailed link opens {@code /recover.xhtml?token=}, where the user sets a new
 * password and is sent back to the login page. View-scoped: the token of the link stays with the page's form.
 */
@Named
@ViewScoped
public class RecoveryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String NEW_PASSWORD_FIELD = "recoverForm:newPassword";

    @EJB
    private PasswordRecoveryService recoveryService;

    private String userId;
    private String token;
    private String newPassword;
    private String confirmation;

    /** Login page dialog: asks for a mail; the answer never tells whether the user id exists. */
    public void request() {
        recoveryService.requestRecovery(userId);
        userId = null;
        PortalMessages.info(FacesContext.getCurrentInstance(), null, "recovery.requested");
    }

    /** Recovery page: sets the new password with the token of the mail. */
    public String complete() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (newPassword == null || !newPassword.equals(confirmation)) {
            PortalMessages.error(context, "recoverForm:confirmation", "password.mismatch");
            context.validationFailed();
            return null;
        }
        try {
            recoveryService.completeRecovery(token, newPassword);
        } catch (BssException e) {
            PortalMessages.error(context, NEW_PASSWORD_FIELD, e);
            context.validationFailed();
            return null;
        }
        PortalMessages.info(context, null, "recovery.done");
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/login.xhtml?faces-redirect=true";
    }

    public boolean isTokenPresent() {
        return token != null && !token.isBlank();
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
