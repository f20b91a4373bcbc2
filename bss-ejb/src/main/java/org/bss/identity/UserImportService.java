package org.bss.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import org.bss.account.Organization;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.identity.csv.UserCsvContent;
import org.bss.identity.csv.UserCsvParser;
import org.bss.identity.ldap.LdapMembership;

/**
 * Importing users from a CSV file (USR-5, App. F). The file is parsed at once (a broken file is refused as a whole,
 * a broken line is rejected alone); then the users are created in the background in chunks, each committed on its
 * own, so progress is visible and a large file never holds one long transaction. An administrator imports into the
 * own organization and must give roles; the operator imports into any organization.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UserImportService {

    private static final Duration POLL = Duration.ofMillis(300);

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private UserImportStore store;

    @EJB
    private UserImportRunner runner;

    @EJB
    private LdapMembership ldap;

    @Resource
    private SessionContext context;

    /** Checks and parses the file, records the import and starts it; returns at once with its first state. */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserImportView startImport(String organizationId, byte[] csv) {
        PlatformUser caller = Users.caller(em, context);
        Organization org = organizationId == null ? caller.getOrganization() : store.organization(organizationId);
        UserAccess.checkManages(caller, org);
        if (ldap.isLdapOrganization(org.getKey())) {
            throw new OperationNotPermittedException("identity.user.ldapOrganization");
        }
        if (csv == null) {
            throw new ValidationException("identity.import.noFile");
        }
        UserCsvContent content = new UserCsvParser().parse(csv, !UserAccess.isOperator(caller));
        String importId = store.open(org, caller.getUserId(), content);
        runner.run(importId, org.getOrgId(), content.rows());
        return store.view(importId);
    }

    /** The state of an import of an organization the caller manages. */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserImportView getImport(String importId) {
        PlatformUser caller = Users.caller(em, context);
        UserImportView view = importId == null ? null : store.view(importId);
        if (view == null) {
            throw new ObjectNotFoundException("identity.import.notFound", String.valueOf(importId));
        }
        try {
            UserAccess.checkManages(caller, store.organization(view.organizationId()));
        } catch (ObjectNotFoundException otherOrganization) {
            throw new ObjectNotFoundException("identity.import.notFound", importId);
        }
        return view;
    }

    /** Starts an import and waits until it is done (SOAP, CLI), at most {@code timeout}; returns its state then. */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserImportView importAndWait(String organizationId, byte[] csv, Duration timeout) {
        UserImportView view = context.getBusinessObject(UserImportService.class).startImport(organizationId, csv);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!view.finished() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = store.view(view.importId());
        }
        return view;
    }

    /** The latest imports of an organization the caller manages, newest first. */
    @RolesAllowed(Roles.LOGGED_IN)
    public List<UserImportView> recentImports(String organizationId, int max) {
        PlatformUser caller = Users.caller(em, context);
        Organization org = organizationId == null ? caller.getOrganization() : store.organization(organizationId);
        UserAccess.checkManages(caller, org);
        return store.recent(org, Math.max(1, Math.min(max, 50)));
    }
}
