package org.bss.portal.ldap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bss.account.OrganizationService;
import org.bss.identity.ldap.LdapMembership;
import org.bss.portal.security.UserSession;

/**
 * Which organization the LDAP pages of the Account menu (LDAP settings, Import LDAP users; App. G.1) are about: the
 * caller's own, or for the operator the one of {@code ?org=} (like Manage users). They exist only for an
 * LDAP-managed organization: any other gets the 403 page, whoever types the address (web.xml already keeps out
 * users who are neither administrator nor operator; the services check everything again).
 */
@RequestScoped
public class LdapPages {

    @EJB
    private OrganizationService organizationService;

    @EJB
    private LdapMembership ldapMembership;

    @Inject
    private UserSession userSession;

    /**
     * The organization id the page shows, or null when the page is not for this caller and organization (the 403
     * page has been sent then and the response is complete).
     */
    public String ldapOrganizationOrForbid(String requested) {
        boolean other = requested != null && !requested.isBlank() && userSession.isOperator();
        String orgId = other
                ? requested.strip()
                : organizationService.getOwnOrganization().orgId();
        if (ldapMembership.isLdapOrganization(orgId)) {
            return orgId;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return null;
    }
}
