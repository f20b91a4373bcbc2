package org.bss.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.bss.account.OrganizationService;
import org.bss.account.OrganizationView;
import org.bss.account.PaymentType;
import org.bss.identity.UserListQuery;
import org.bss.identity.UserService;
import org.bss.identity.UserView;
import org.bss.portal.PortalMessages;
import org.bss.portal.security.UserSession;

/**
 * Account &gt; Organization profile (App. G.1), read-only for every user: the caller's own organization as
 * {@link OrganizationService#getOwnOrganization()} gives it (the operator keeps the data, ORG-5), the caller's roles
 * and, for administrators, the number of users and the user roles the organization may give (USR-4).
 */
@Named
@RequestScoped
public class OwnOrganizationBean {

    @EJB
    private OrganizationService organizationService;

    @EJB
    private UserService userService;

    @Inject
    private UserSession userSession;

    private OrganizationView organization;
    private List<String> ownRoles;
    private Long userCount;
    private List<String> availableRoles;

    @PostConstruct
    void load() {
        organization = organizationService.getOwnOrganization();
        UserView self = userService.getUser(userSession.getUserId());
        ownRoles = List.copyOf(new TreeSet<>(self.roles()));
        if (userSession.isAdministrator()) {
            userCount = userService
                    .listUsers(organization.orgId(), new UserListQuery(0, 1, null, "userId", false))
                    .total();
            availableRoles = List.copyOf(userService.availableRoles(organization.orgId()));
        }
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public String getOrganizationId() {
        return organization.orgId();
    }

    /** The organization roles (PLATFORM_OPERATOR, SUPPLIER, ...); empty for a customer. */
    public List<String> getOrganizationRoles() {
        return List.copyOf(organization.roles());
    }

    /** The available payment types by id, in {@link PaymentType} order; empty for none. */
    public List<String> getPaymentTypes() {
        return PaymentType.fromStored(organization.paymentTypes()).stream()
                .map(Enum::name)
                .toList();
    }

    /** The country of domicile by its name in the view's language, e.g. "Germany (DE)"; null when not set. */
    public String getDomicile() {
        String code = organization.domicile();
        if (code == null || code.isBlank()) {
            return null;
        }
        return new Locale("", code).getDisplayCountry(viewLocale()) + " (" + code + ")";
    }

    /** The organization's default language by its name in the view's language, e.g. "English (en)". */
    public String getLocale() {
        String code = organization.locale();
        if (code == null || code.isBlank()) {
            return null;
        }
        return Locale.forLanguageTag(code).getDisplayLanguage(viewLocale()) + " (" + code + ")";
    }

    /** Users of an LDAP organization come from the directory (USR-6). */
    public boolean isLdapManaged() {
        return userSession.isLdapOrganization();
    }

    public List<String> getOwnRoles() {
        return ownRoles;
    }

    /** Null for users who do not manage users. */
    public Long getUserCount() {
        return userCount;
    }

    public List<String> getAvailableRoles() {
        return availableRoles;
    }

    private static Locale viewLocale() {
        return PortalMessages.locale(FacesContext.getCurrentInstance());
    }
}
