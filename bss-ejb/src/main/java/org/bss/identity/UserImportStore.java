package org.bss.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.bss.account.Organization;
import org.bss.account.Organizations;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditPairs;
import org.bss.audit.AuditTrail;
import org.bss.common.BssException;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;
import org.bss.identity.csv.RejectedRow;
import org.bss.identity.csv.UserCsvContent;
import org.bss.identity.csv.UserCsvRow;

/**
 * The transactions of an import: open it, create one chunk of users (each chunk commits on its own; a refused row
 * is recorded with its reason and creates nothing), finish it with one audit entry. Internal to the import.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UserImportStore {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private UserMails mails;

    @EJB
    private AuditTrail audit;

    public String open(Organization org, String requestedBy, UserCsvContent content) {
        String id = UUID.randomUUID().toString();
        int total = content.rows().size() + content.rejected().size();
        em.persist(new UserImport(
                id, org.getKey(), requestedBy, total, content.rejected().size(), clock.instant()));
        content.rejected().forEach(row -> em.persist(new UserImportRejection(id, row)));
        return id;
    }

    public void importChunk(String importId, String organizationId, List<UserCsvRow> rows) {
        Organization org = organization(organizationId);
        int imported = 0;
        int rejected = 0;
        for (UserCsvRow row : rows) {
            UserData data = new UserData(
                    row.userId(),
                    row.email(),
                    row.locale(),
                    row.salutation(),
                    row.firstName(),
                    row.lastName(),
                    null,
                    null,
                    null);
            try {
                UserCreator.Created created =
                        UserCreator.create(em, clock.instant(), org, data, new TreeSet<>(row.roles()));
                mails.userCreated(created.user(), created.initialPassword());
                imported++;
            } catch (BssException e) {
                List<String> params = java.util.Arrays.stream(e.arguments())
                        .map(String::valueOf)
                        .toList();
                em.persist(new UserImportRejection(
                        importId, new RejectedRow(row.line(), row.userId(), e.messageKey(), params)));
                rejected++;
            }
        }
        em.find(UserImport.class, importId).progress(imported, rejected, clock.instant());
    }

    public void finish(String importId, UserImport.Status status) {
        UserImport imp = em.find(UserImport.class, importId);
        imp.finish(status, clock.instant());
        // the target organization is named: the operator imports into other organizations than its own
        Organization target = em.find(Organization.class, imp.getOrganizationKey());
        audit.record(
                AuditOperation.IMPORT_USERS,
                AuditPairs.of("organizationId", target.getOrgId())
                        .add("organizationName", target.getName())
                        .add("importedUsers", imp.getImportedUsers())
                        .add("rejectedRows", imp.getRejectedRows()));
        BssLog.system()
                .info(
                        LogMessage.USER_IMPORT_FINISHED,
                        importId,
                        imp.getOrganizationKey(),
                        imp.getImportedUsers(),
                        imp.getRejectedRows());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public UserImportView view(String importId) {
        UserImport imp = em.find(UserImport.class, importId);
        if (imp == null) {
            return null;
        }
        Instant now = clock.instant();
        UserImport.Status status = imp.statusAt(now);
        List<RejectedRow> rejected = status == UserImport.Status.RUNNING
                ? List.of()
                : em
                        .createQuery(
                                "select r from UserImportRejection r where r.importId = :id", UserImportRejection.class)
                        .setParameter("id", importId)
                        .getResultList()
                        .stream()
                        .map(UserImportRejection::toRow)
                        .sorted(Comparator.comparingInt(RejectedRow::line))
                        .toList();
        Organization org = em.find(Organization.class, imp.getOrganizationKey());
        return new UserImportView(
                imp.getImportId(),
                org.getOrgId(),
                status,
                imp.getTotalRows(),
                imp.getProcessedRows(),
                imp.getImportedUsers(),
                imp.getRejectedRows(),
                imp.getStartedAt(),
                imp.finishedAt(now),
                rejected);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UserImportView> recent(Organization org, int max) {
        return em
                .createQuery(
                        "select i.importId from UserImport i where i.organizationKey = :org order by i.startedAt desc",
                        String.class)
                .setParameter("org", org.getKey())
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(this::view)
                .filter(Objects::nonNull)
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Organization organization(String organizationId) {
        return Organizations.get(em, organizationId);
    }
}
