package org.bss.portal.marketplace;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bss.account.CreatedOrganization;
import org.bss.account.OrganizationData;
import org.bss.common.BssException;
import org.bss.customer.CustomerRegistration;
import org.bss.customer.NewCustomer;
import org.bss.identity.UserData;
import org.bss.portal.PortalMessages;

/**
 * The service portal's customer self-registration (ORG-2, MKT-4): a visitor registers an organization with its first
 * administrator on the marketplace; it becomes a customer of the marketplace's owner when the owner sells. Only while
 * CUSTOMER_SELF_REGISTRATION_ENABLED (the service says so otherwise). The initial password goes out by mail.
 */
@Named
@ViewScoped
public class SelfRegistrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerRegistration registration;

    private String marketplaceId;
    private String organizationName;
    private String organizationEmail;
    private String domicile;
    private String userId;
    private String email;
    private String salutation = "MR";
    private String firstName;
    private String lastName;
    private String registeredOrganization;

    public void register() {
        FacesContext context = FacesContext.getCurrentInstance();
        String language = PortalMessages.locale(context).getLanguage();
        try {
            CreatedOrganization created = registration.selfRegister(
                    new NewCustomer(
                            new OrganizationData(
                                    organizationName, organizationEmail, null, null, null, null, domicile, language),
                            new UserData(userId, email, language, salutation, firstName, lastName, null, null, null),
                            marketplaceId),
                    null);
            registeredOrganization = created.orgId();
            PortalMessages.info(
                    context, null, "market.register.done", created.orgId(), created.administratorUserId(), email);
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    public String getRegisteredOrganization() {
        return registeredOrganization;
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganizationName(String organizationName) {
        this.organizationName = organizationName;
    }

    public String getOrganizationEmail() {
        return organizationEmail;
    }

    public void setOrganizationEmail(String organizationEmail) {
        this.organizationEmail = organizationEmail;
    }

    public String getDomicile() {
        return domicile;
    }

    public void setDomicile(String domicile) {
        this.domicile = domicile;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSalutation() {
        return salutation;
    }

    public void setSalutation(String salutation) {
        this.salutation = salutation;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
