package org.bss.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;

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
        return export(from, to, null);
    }

    /**
     * The same, narrowed to the operations of one user ({@code userId}, the first pair of each entry; null or blank:
     * every user). The cap counts the narrowed entries.
     */
    public List<String> export(LocalDate from, LocalDate to, String userId) {
        ZoneId zone = settings.zoneId();
        AuditPeriod period = AuditPeriod.of(from, to, zone);
        String user = userId == null || userId.isBlank() ? null : userId.strip();
        String where =
                " where a.occurredAt >= :start and a.occurredAt < :end" + (user == null ? "" : " and a.userId = :user");
        long max = settings.longValue(ConfigKeys.AUDIT_LOG_MAX_ENTRIES_RETRIEVED);
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        TypedQuery<AuditEntry> entries =
                em.createQuery("select a from AuditEntry a" + where + " order by a.occurredAt, a.id", AuditEntry.class);
        for (TypedQuery<?> q : List.of(count, entries)) {
            q.setParameter("start", period.start()).setParameter("end", period.endExclusive());
            if (user != null) {
                q.setParameter("user", user);
            }
        }
        AuditPeriod.checkCount(count.getSingleResult(), max);
        return entries.setMaxResults(Math.toIntExact(max)).getResultList().stream()
                .map(e -> AuditLine.format(e, zone))
                .toList();
    }
}
