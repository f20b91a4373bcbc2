package org.bss.portal.operator;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bss.account.OrganizationRole;
import org.bss.account.OrganizationService;
import org.bss.account.OrganizationView;
import org.bss.common.BssException;
import org.bss.portal.PortalMessages;

/**
 * What the operator grants an organization on its details page: roles (ORG-6, after a confirmation, because
 * roles cannot be taken back), the distinguished name (ORG-8; removing it is confirmed) and available payment
 * types (§7.3). The service checks every rule; the page shows its message at the field.
 */
@Named
@ViewScoped
public class OrganizationGrantsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ROLES_FORM = "rolesForm";
    static final String DN_FORM = "dnForm";
    static final String PAYMENT_FORM = "paymentForm";

    @EJB
    private OrganizationService organizationService;

    @Inject
    private OrganizationBean organization;

    private List<String> roles = new ArrayList<>();
    private BigDecimal operatorRevenueShare;
    private String distinguishedName;
    private boolean distinguishedNameRead;
    private List<String> paymentTypes = new ArrayList<>();

    /** "Add roles": asks for confirmation when roles are chosen. */
    public void confirmRoles() {
        if (roles.isEmpty()) {
            FacesContext context = FacesContext.getCurrentInstance();
            PortalMessages.error(
                    context,
                    ROLES_FORM + ":" + FieldMessages.componentId("organization.roles"),
                    "operator.roles.noneSelected");
            context.validationFailed();
        }
    }

    /** Confirmed: adds the chosen roles. */
    public void addRoles() {
        run(
                ROLES_FORM,
                Set.of("organization.roles", "organization.operatorrevshare"),
                () -> {
                    Set<OrganizationRole> chosen = EnumSet.noneOf(OrganizationRole.class);
                    roles.forEach(r -> chosen.add(OrganizationRole.parse("organization.roles", r)));
                    OrganizationView view = organizationService.addRoles(
                            organization.getDetails().getOrgId(), chosen, operatorRevenueShare);
                    roles = new ArrayList<>();
                    operatorRevenueShare = null;
                    return view;
                },
                "operator.roles.added");
    }

    public void saveDistinguishedName() {
        run(
                DN_FORM,
                Set.of("distinguishedName"),
                () -> organizationService.setDistinguishedName(
                        organization.getDetails().getOrgId(), distinguishedName),
                "operator.dn.set");
    }

    /** Confirmed: removes the distinguished name. */
    public void removeDistinguishedName() {
        run(
                DN_FORM,
                Set.of("distinguishedName"),
                () -> {
                    OrganizationView view = organizationService.setDistinguishedName(
                            organization.getDetails().getOrgId(), null);
                    distinguishedName = null;
                    return view;
                },
                "operator.dn.removed");
    }

    public void addPaymentTypes() {
        run(
                PAYMENT_FORM,
                Set.of("paymenttypes"),
                () -> {
                    OrganizationView view = organizationService.addAvailablePaymentTypes(
                            organization.getDetails().getOrgId(), new LinkedHashSet<>(paymentTypes));
                    paymentTypes = new ArrayList<>();
                    return view;
                },
                "operator.paymentTypes.added");
    }

    private interface Change {
        OrganizationView run();
    }

    private void run(String form, Set<String> fields, Change change, String successKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            OrganizationView view = change.run();
            organization.refresh(view);
            PortalMessages.info(context, null, successKey, view.orgId());
        } catch (BssException e) {
            FieldMessages.show(context, form, fields, e);
        }
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public BigDecimal getOperatorRevenueShare() {
        return operatorRevenueShare;
    }

    public void setOperatorRevenueShare(BigDecimal operatorRevenueShare) {
        this.operatorRevenueShare = operatorRevenueShare;
    }

    /** The name in the input: the stored one until the operator types another. */
    public String getDistinguishedName() {
        if (!distinguishedNameRead && organization.isFound()) {
            distinguishedName = organization.getDetails().getDistinguishedName();
            distinguishedNameRead = true;
        }
        return distinguishedName;
    }

    public void setDistinguishedName(String distinguishedName) {
        this.distinguishedName = distinguishedName;
        distinguishedNameRead = true;
    }

    public List<String> getPaymentTypes() {
        return paymentTypes;
    }

    public void setPaymentTypes(List<String> paymentTypes) {
        this.paymentTypes = paymentTypes == null ? new ArrayList<>() : new ArrayList<>(paymentTypes);
    }

    /** The question of the role confirmation: the chosen roles and the organization. */
    public String getRolesQuestion() {
        if (!organization.isFound()) {
            return "";
        }
        return PortalMessages.text(
                FacesContext.getCurrentInstance(),
                "operator.roles.question",
                String.join(", ", roles),
                organization.getDetails().getOrgId(),
                organization.getDetails().getName());
    }
}
