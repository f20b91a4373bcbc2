package org.bss.onboarding;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditPairs;
import org.bss.audit.AuditTrail;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;
import org.bss.identity.PlatformUser;
import org.bss.timer.DueWorkHandler;
import org.bss.timer.TimerKind;

/**
 * The unconfirmed-organization timer (ORG-7, §3.4.1): deletes each organization, with its users, whose
 * administrators never logged in within PERMITTED_PERIOD_UNCONFIRMED_ORGANIZATIONS after it was created.
 * The operator organization is never deleted, nor one that owns a marketplace (it is in use: the operator reassigns
 * or deletes the marketplace first). What features above keep about it goes first ({@link UnconfirmedOrganizationDeleting}).
 */
@Stateless
@Local(DueWorkHandler.class)
@PermitAll
public class UnconfirmedOrganizationsJob implements DueWorkHandler {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private SettingsReader settings;

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<UnconfirmedOrganizationDeleting> deleting;

    @Override
    public TimerKind kind() {
        return TimerKind.ORGANIZATION;
    }

    @Override
    public void run(Instant dueAt) {
        long permitted = settings.longValue(ConfigKeys.PERMITTED_PERIOD_UNCONFIRMED_ORGANIZATIONS);
        Instant createdBefore = cutoff(dueAt, permitted);
        List<Organization> candidates = em.createQuery(
                        "select o from Organization o where o.createdAt <= :createdBefore order by o.key",
                        Organization.class)
                .setParameter("createdBefore", createdBefore)
                .getResultList();
        for (Organization org : candidates) {
            if (org.isOperator()) {
                continue;
            }
            List<PlatformUser> users = em.createQuery(
                            "select u from PlatformUser u where u.organization = :org", PlatformUser.class)
                    .setParameter("org", org)
                    .getResultList();
            if (isUnconfirmed(org, users)) {
                deleting.fire(new UnconfirmedOrganizationDeleting(org.getKey()));
                users.forEach(em::remove);
                em.flush();
                em.remove(org);
                BssLog.system(LogFeature.ACCOUNT)
                        .info(LogMessage.ORGANIZATION_DELETED_UNCONFIRMED, org.getOrgId(), org.getKey(), users.size());
                audit.recordAsSystem(
                        AuditOperation.DELETE_UNCONFIRMED_ORGANIZATION,
                        AuditPairs.of("organizationId", org.getOrgId())
                                .add("organizationName", org.getName())
                                .add("deletedUsers", users.size()));
            }
        }
    }

    /** Organizations created at or before this instant have used up their permitted period. */
    static Instant cutoff(Instant dueAt, long permittedMillis) {
        return dueAt.minusMillis(permittedMillis);
    }

    /** No administrator of the organization has ever logged in (and it is neither the operator's nor an owner). */
    static boolean isUnconfirmed(Organization org, List<PlatformUser> users) {
        if (org.isOperator() || org.organizationRoles().contains(OrganizationRole.MARKETPLACE_OWNER)) {
            return false;
        }
        return users.stream()
                .filter(u -> u.getRoles().contains(Roles.ORGANIZATION_ADMIN))
                .allMatch(u -> u.getLastLoginAt() == null);
    }
}
