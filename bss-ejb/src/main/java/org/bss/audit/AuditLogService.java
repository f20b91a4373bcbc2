package org.bss.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;
import org.bss.identity.Roles;

/**
 * The operator's audit log export (AUD-3, guide §4.2): the entries of a period of calendar days, as AUD-4 lines,
 * oldest first. Surfaces (portal "Export audit log", CLI {@code getuseroperationlog}, REST) call this and only
 * show or save the lines.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditLogService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private SettingsReader settings;

    /**
     * The entries from {@code from} to {@code to} (both inclusive, days in TIME_ZONE_ID) as export lines.
     *
     * @throws org.bss.common.ValidationException audit.period.missing, audit.period.reversed, or
     *         audit.tooManyEntries when the period holds more than AUDIT_LOG_MAX_ENTRIES_RETRIEVED entries
     */
    public List<String> export(LocalDate from, LocalDate to) {
        ZoneId zone = settings.zoneId();
        AuditPeriod period = AuditPeriod.of(from, to, zone);
        long max = settings.longValue(ConfigKeys.AUDIT_LOG_MAX_ENTRIES_RETRIEVED);
        long count = em.createQuery("select count(a) from AuditEntry a where a.occurredAt >= :start and a.occurredAt < :end", Long.class)
                .setParameter("start", period.start())
                .setParameter("end", period.endExclusive())
                .getSingleResult();
        AuditPeriod.checkCount(count, max);
        return em.createQuery("select a from AuditEntry a where a.occurredAt >= :start and a.occurredAt < :end "
                        + "order by a.occurredAt, a.id", AuditEntry.class)
                .setParameter("start", period.start())
                .setParameter("end", period.endExclusive())
                .setMaxResults(Math.toIntExact(max))
                .getResultList()
                .stream()
                .map(e -> AuditLine.format(e, zone))
                .toList();
    }
}
