package org.bss.identity.ldap;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bss.account.Organization;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditPairs;
import org.bss.audit.AuditTrail;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.identity.PlatformUser;
import org.bss.identity.Users;

/**
 * Users of LDAP-managed organizations (USR-6, G.1 "Import users"): import entries of the directory as BSS users
 * (no password in BSS, flag ldap_managed) and refresh a user's mapped fields from the directory.
 */
@Stateless
public class LdapUserService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    private final LdapDirectory directory = new LdapDirectory();

    /**
     * Imports the directory entries with these user ids into the organization, each with {@code roles} (a subset
     * of {@link LdapUserMapping#IMPORT_ROLES}). An id that is not in the directory, cannot be a BSS user id or is
     * taken is rejected with its reason; the others are imported. Audited as "Import users" (39017).
     *
     * @throws LdapUnavailableException the directory cannot be asked (nothing is imported)
     */
    @RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
    public LdapImportResult importUsers(String orgId, List<String> uids, Set<String> roles) {
        Organization org = new LdapAccess(em, context).organization(orgId);
        Set<String> given = roles == null ? Set.of() : new TreeSet<>(roles);
        for (String role : given) {
            if (!LdapUserMapping.IMPORT_ROLES.contains(role)) {
                throw new ValidationException(
                        "ldap.import.role", role, String.join(", ", new TreeSet<>(LdapUserMapping.IMPORT_ROLES)));
            }
        }
        Set<String> wanted = new LinkedHashSet<>();
        if (uids != null) {
            uids.stream()
                    .filter(u -> u != null && !u.isBlank())
                    .map(String::strip)
                    .forEach(wanted::add);
        }
        if (wanted.isEmpty()) {
            throw new ValidationException("ldap.import.none");
        }
        LdapStore store = new LdapStore(em);
        LdapSettings settings = settingsOf(store, org);
        Instant now = clock.instant();
        List<String> imported = new ArrayList<>();
        List<LdapImportResult.Rejection> rejected = new ArrayList<>();
        for (String uid : wanted) {
            Optional<LdapUser> entry = directory.find(settings, uid);
            Optional<LdapImportResult.Rejection> problem = entry.isEmpty()
                    ? Optional.of(new LdapImportResult.Rejection(
                            uid, "ldap.import.notFound", List.of(uid, settings.baseDn())))
                    : LdapUserMapping.check(entry.get());
            if (problem.isEmpty() && userIdTaken(entry.get().uid())) {
                problem = Optional.of(new LdapImportResult.Rejection(
                        uid, "ldap.import.duplicate", List.of(entry.get().uid())));
            }
            if (problem.isPresent()) {
                rejected.add(problem.get());
                continue;
            }
            PlatformUser user = new PlatformUser(entry.get().uid(), org, org.getLocale(), now);
            LdapUserMapping.apply(entry.get(), settings, user);
            user.getRoles().addAll(given);
            em.persist(user);
            em.flush();
            store.markLdapUser(user.getKey());
            imported.add(user.getUserId());
        }
        audit.record(
                AuditOperation.IMPORT_USERS,
                new AuditPairs()
                        .list("importedUsers", imported)
                        .list(
                                "rejectedRows",
                                rejected.stream()
                                        .map(LdapImportResult.Rejection::uid)
                                        .toList()));
        return new LdapImportResult(imported, rejected);
    }

    /**
     * Reads the user's mapped fields again from the directory (the user, an administrator of the same organization,
     * or the operator).
     *
     * @return the directory entry now applied
     * @throws ValidationException the user is not an LDAP user
     * @throws ObjectNotFoundException the user or its directory entry does not exist
     */
    @RolesAllowed(Roles.LOGGED_IN)
    public LdapUser refreshUser(String userId) {
        PlatformUser user = new LdapAccess(em, context).user(userId);
        LdapStore store = new LdapStore(em);
        if (!store.isLdapUser(user.getKey())) {
            throw new ValidationException("ldap.user.notLdap", user.getUserId());
        }
        LdapSettings settings = settingsOf(store, user.getOrganization());
        LdapUser entry = directory
                .find(settings, user.getUserId())
                .orElseThrow(
                        () -> new ObjectNotFoundException("ldap.import.notFound", user.getUserId(), settings.baseDn()));
        LdapUserMapping.check(entry).ifPresent(r -> {
            throw new ValidationException(r.messageKey(), r.arguments().toArray());
        });
        LdapUserMapping.apply(entry, settings, user);
        em.flush();
        return entry;
    }

    private static LdapSettings settingsOf(LdapStore store, Organization org) {
        if (!store.isLdapOrganization(org.getKey())) {
            throw new ValidationException("ldap.org.notLdap", org.getOrgId());
        }
        return store.effective(org.getKey());
    }

    private boolean userIdTaken(String userId) {
        return Users.byUserId(em, userId) != null;
    }
}
