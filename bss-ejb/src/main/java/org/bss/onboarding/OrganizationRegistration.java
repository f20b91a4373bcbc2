package org.bss.onboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.bss.account.CreatedOrganization;
import org.bss.account.Organization;
import org.bss.account.OrganizationAudit;
import org.bss.account.OrganizationDataValidator;
import org.bss.account.OrganizationFactory;
import org.bss.account.OrganizationRoleRules;
import org.bss.account.OrganizationService;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditTrail;
import org.bss.common.ConflictException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.identity.UserCreator;
import org.bss.identity.UserMails;
import org.bss.identity.ldap.LdapService;

/**
 * Registers an organization with its first administrator (ORG-4): ORGANIZATION_ADMIN plus the manager role of each
 * organization role, created on the one path of every user ({@link UserCreator}: a generated initial password that
 * must be changed at the first login), sent by mail (ORGANIZATION_CREATED) and returned once. With LDAP settings
 * (App. C) the organization is LDAP-managed from the start: its administrator must exist in the directory and signs
 * in with the LDAP password, so no password is returned and no mail sent. Anything refused leaves nothing behind.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class OrganizationRegistration {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private LdapService ldap;

    @EJB
    private UserMails mails;

    @EJB
    private OrganizationService organizations;

    /**
     * @param ldapSettings the keys of App. C, or null for an organization whose users have BSS passwords
     * @throws ValidationException a field of table 5.2 or a rule of ORG-3 broken
     * @throws ConflictException the administrator's user id is taken
     */
    public CreatedOrganization register(NewOrganization request, Map<String, String> ldapSettings) {
        OrganizationDataValidator.validate(request.organization());
        FirstAdministrator.validate(request.administrator());
        OrganizationRoleRules.checkNew(request.roles(), request.marketplaceId(), request.operatorRevenueShare());
        Instant now = clock.instant();
        Organization org = new OrganizationFactory(em)
                .organization(
                        request.organization(),
                        request.roles(),
                        request.marketplaceId(),
                        request.operatorRevenueShare(),
                        now);
        UserCreator.Created admin = UserCreator.create(
                em,
                now,
                org,
                FirstAdministrator.withLocale(request.administrator(), org.getLocale()),
                OrganizationRoleRules.administratorRoles(request.roles()));
        em.flush();
        audit.record(AuditOperation.CREATE_ORGANIZATION, OrganizationAudit.created(org));
        String password = admin.initialPassword();
        if (ldapSettings == null) {
            mails.organizationCreated(admin.user(), org.getOrgId(), password);
        } else {
            ldap.setOrganizationSettings(org.getOrgId(), ldapSettings);
            password = null;
        }
        return new CreatedOrganization(
                organizations.getOrganization(org.getOrgId()),
                admin.user().getUserId(),
                admin.user().getKey(),
                password);
    }
}
