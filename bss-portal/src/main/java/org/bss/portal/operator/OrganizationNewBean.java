package org.bss.portal.operator;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bss.account.CreatedOrganization;
import org.bss.account.OrganizationRole;
import org.bss.common.BssException;
import org.bss.onboarding.NewOrganization;
import org.bss.onboarding.OrganizationRegistration;
import org.bss.portal.PortalMessages;

/**
 * Operation &gt; Register organization (App. G.5, guide §5.1): the fields of table 5.2 for the organization and
 * its first administrator, its roles, marketplace id and operator revenue share. The service checks everything
 * (ORG-3, ORG-4); its message appears at the field it names. After success the page shows the new organization's
 * id and the administrator's user id, user key and initial password — once, it is not stored in clear anywhere.
 */
@Named
@ViewScoped
public class OrganizationNewBean implements Serializable {

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
            "organization.roles",
            "organization.marketplaceid",
            "organization.operatorrevshare",
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
    private OrganizationRegistration registration;

    private OrganizationForm organization = new OrganizationForm();
    private AdministratorForm administrator = new AdministratorForm();
    private List<String> roles = new ArrayList<>();
    private String marketplaceId;
    private BigDecimal operatorRevenueShare;
    private Created created;

    /**
     * What the page shows after success (the password lives only in this view). The getters are for EL 5, which
     * does not resolve record accessors.
     */
    public record Created(
            String orgId, String name, String administratorUserId, long administratorUserKey, String initialPassword)
            implements Serializable {
        public String getOrgId() {
            return orgId;
        }

        public String getName() {
            return name;
        }

        public String getAdministratorUserId() {
            return administratorUserId;
        }

        public long getAdministratorUserKey() {
            return administratorUserKey;
        }

        public String getInitialPassword() {
            return initialPassword;
        }
    }

    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            Set<OrganizationRole> chosen = EnumSet.noneOf(OrganizationRole.class);
            roles.forEach(r -> chosen.add(OrganizationRole.parse("organization.roles", r)));
            CreatedOrganization result = registration.register(
                    new NewOrganization(
                            organization.toData(), administrator.toData(), chosen, marketplaceId, operatorRevenueShare),
                    null);
            created = new Created(
                    result.orgId(),
                    result.organization().name(),
                    result.administratorUserId(),
                    result.administratorUserKey(),
                    result.initialPassword());
            PortalMessages.info(
                    context,
                    null,
                    "operator.new.created",
                    result.orgId(),
                    result.organization().name());
        } catch (BssException e) {
            FieldMessages.show(context, FORM, FIELDS, e);
        }
    }

    /** Clears the page for the next organization. */
    public void registerAnother() {
        organization = new OrganizationForm();
        administrator = new AdministratorForm();
        roles = new ArrayList<>();
        marketplaceId = null;
        operatorRevenueShare = null;
        created = null;
    }

    public OrganizationForm getOrganization() {
        return organization;
    }

    public AdministratorForm getAdministrator() {
        return administrator;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public BigDecimal getOperatorRevenueShare() {
        return operatorRevenueShare;
    }

    public void setOperatorRevenueShare(BigDecimal operatorRevenueShare) {
        this.operatorRevenueShare = operatorRevenueShare;
    }

    public Created getCreated() {
        return created;
    }
}
