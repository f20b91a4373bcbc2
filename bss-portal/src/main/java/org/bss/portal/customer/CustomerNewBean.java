package org.bss.portal.customer;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.bss.account.CreatedOrganization;
import org.bss.common.BssException;
import org.bss.customer.CustomerRegistration;
import org.bss.customer.NewCustomer;
import org.bss.portal.PortalMessages;
import org.bss.portal.operator.AdministratorForm;
import org.bss.portal.operator.FieldMessages;
import org.bss.portal.operator.OrganizationForm;

/**
 * Customer &gt; Register customer (ORG-2, App. G.2): a supplier's service manager registers a customer organization
 * with its first administrator on a marketplace where the supplier may publish; the fields are those of the
 * operator's Register organization (the same includes and forms). The service checks everything, its message appears
 * at the field it names; the administrator's initial password goes out by mail.
 */
@Named
@ViewScoped
public class CustomerNewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "newForm";
    /** The fields of this page as the service names them (org.properties keys). */
    static final Set<String> FIELDS = Set.of(
            "organization.name",
            "organization.email",
            "organization.address",
            "organization.phone",
            "organization.url",
            "organization.description",
            "organization.domicile",
            "organization.locale",
            "organization.marketplaceid",
            "user.identifier",
            "user.email",
            "user.firstname",
            "user.lastname",
            "user.additionalname",
            "user.address",
            "user.phone",
            "user.locale",
            "user.salutation");

    @EJB
    private CustomerRegistration registration;

    private OrganizationForm organization = new OrganizationForm();
    private AdministratorForm administrator = new AdministratorForm();
    private String marketplaceId;
    private String createdOrgId;
    private String createdAdministrator;

    public void register() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            CreatedOrganization created = registration.register(
                    new NewCustomer(organization.toData(), administrator.toData(), marketplaceId));
            createdOrgId = created.orgId();
            createdAdministrator = created.administratorUserId();
            PortalMessages.info(
                    context,
                    null,
                    "customer.new.created",
                    created.orgId(),
                    created.organization().name(),
                    created.administratorUserId());
        } catch (BssException e) {
            FieldMessages.show(context, FORM, FIELDS, e);
        }
    }

    /** Clears the page for the next customer. */
    public void registerAnother() {
        organization = new OrganizationForm();
        administrator = new AdministratorForm();
        createdOrgId = null;
        createdAdministrator = null;
    }

    public OrganizationForm getOrganization() {
        return organization;
    }

    public AdministratorForm getAdministrator() {
        return administrator;
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public String getCreatedOrgId() {
        return createdOrgId;
    }

    public String getCreatedAdministrator() {
        return createdAdministrator;
    }
}
