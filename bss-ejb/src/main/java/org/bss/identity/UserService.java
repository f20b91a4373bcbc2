package org.bss.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bss.account.Organization;
import org.bss.account.Organizations;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditPairs;
import org.bss.audit.AuditTrail;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.persistence.PageTotal;
import org.bss.common.security.Roles;
import org.bss.identity.ldap.LdapMembership;

/**
 * Managing the users of an organization (USR-2..4): create, read, list, edit, roles, delete, lock, unlock, reset the
 * password. Organization administrators act on their own organization, the operator on any ({@link UserAccess});
 * role rules in {@link UserRoleRules}, field rules in {@link UserDataValidator}. Each change is audited and the user
 * is told by mail where USR-3 says so; mails leave only when the transaction commits. The container only requires a
 * login: {@link UserAccess} refuses everything else as a business error (no container stack trace for a user's
 * mistake, one place for the rule).
 */
@Stateless
public class UserService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private UserMails mails;

    @EJB
    private LdapMembership ldap;

    @Inject
    private Event<AccessWithdrawn> withdrawn;

    @Resource
    private SessionContext context;

    /**
     * Creates a user with roles in an organization ({@code null}: the caller's own). The user gets a random initial
     * password by mail and must change it at the first login.
     */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserView createUser(String organizationId, UserData data, Set<String> roles) {
        PlatformUser caller = caller();
        Organization org = organizationId == null ? caller.getOrganization() : organization(organizationId);
        UserAccess.checkManages(caller, org);
        if (ldap.isLdapOrganization(org.getKey())) {
            throw new OperationNotPermittedException("identity.user.ldapOrganization");
        }
        UserCreator.Created created = UserCreator.create(em, clock.instant(), org, data, roles);
        PlatformUser user = created.user();
        audit.record(
                AuditOperation.CREATE_USER,
                AuditPairs.of("user", user.getUserId())
                        .add("email", user.getEmail())
                        .list("userRoles", new TreeSet<>(user.getRoles()))
                        .add("locale", user.getLocale()));
        mails.userCreated(user, created.initialPassword());
        em.flush(); // the view carries the stored version
        return UserView.of(user);
    }

    /** A user the caller may see: oneself, or (administrator, operator) a user it manages. */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserView getUser(String userId) {
        PlatformUser user = user(userId);
        UserAccess.checkSees(caller(), user);
        return UserView.of(user);
    }

    /** One page of the users of an organization ({@code null}: the caller's own). */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserPage listUsers(String organizationId, UserListQuery query) {
        PlatformUser caller = caller();
        Organization org = organizationId == null ? caller.getOrganization() : organization(organizationId);
        UserAccess.checkManages(caller, org);
        String where = " from PlatformUser u where u.organization = :org"
                + (query.filter() == null
                        ? ""
                        : " and (lower(u.userId) like :f escape '\\' or lower(u.email) like :f escape '\\'"
                                + " or lower(u.firstName) like :f escape '\\' or lower(u.lastName) like :f escape '\\')");
        TypedQuery<Long> count =
                em.createQuery("select count(u)" + where, Long.class).setParameter("org", org);
        TypedQuery<PlatformUser> page = em.createQuery(
                        "select u" + where + " order by " + query.orderBy(), PlatformUser.class)
                .setParameter("org", org)
                .setFirstResult(query.offset())
                .setMaxResults(query.limit());
        if (query.filter() != null) {
            String like = "%"
                    + query.filter().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            count.setParameter("f", like);
            page.setParameter("f", like);
        }
        List<UserView> items = page.getResultList().stream().map(UserView::of).toList();
        long total = PageTotal.of(items.size(), query.offset(), query.limit(), count::getSingleResult);
        return new UserPage(items, total, query.offset(), query.limit());
    }

    /** The user roles the organization may give ({@code null}: the caller's own organization). */
    @RolesAllowed(Roles.LOGGED_IN)
    public Set<String> availableRoles(String organizationId) {
        PlatformUser caller = caller();
        Organization org = organizationId == null ? caller.getOrganization() : organization(organizationId);
        UserAccess.checkManages(caller, org);
        return UserRoleRules.available(org.getRoles());
    }

    /**
     * Edits a user's fields (not the user id, roles or state); a user may edit oneself. A null field keeps its value.
     * @throws ConcurrentModificationException the user changed since {@code expectedVersion}
     */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserView updateUser(String userId, UserData data, long expectedVersion) {
        PlatformUser caller = caller();
        PlatformUser user = user(userId);
        if (caller.getKey() != user.getKey()) {
            UserAccess.checkSees(caller, user);
            UserAccess.checkManages(caller, user.getOrganization());
        }
        checkVersion(user, expectedVersion);
        UserData merged = new UserData(
                        null,
                        data.email(),
                        data.locale(),
                        data.salutation(),
                        data.firstName(),
                        data.lastName(),
                        data.additionalName(),
                        data.address(),
                        data.phone())
                .over(UserData.of(user));
        UserDataValidator.validate(merged);
        checkMappedFieldsKept(user, merged);
        user.apply(merged);
        em.flush();
        audit.record(
                AuditOperation.UPDATE_USER,
                AuditPairs.of("user", user.getUserId())
                        .add("email", user.getEmail())
                        .add("firstName", user.getFirstName())
                        .add("lastName", user.getLastName())
                        .add("locale", user.getLocale()));
        return UserView.of(user);
    }

    /**
     * Makes the user's roles exactly {@code roles}; the organization keeps an administrator. A {@code null} version
     * skips the stale check (SOAP setUserRoles carries none).
     */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserView setRoles(String userId, Set<String> roles, Long expectedVersion) {
        PlatformUser user = managed(userId);
        if (expectedVersion != null) {
            checkVersion(user, expectedVersion);
        }
        return changeRoles(user, roles == null ? Set.of() : roles);
    }

    /** Adds roles, keeping the user's others (SOAP grantUserRoles). */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserView grantRoles(String userId, Set<String> roles) {
        PlatformUser user = managed(userId);
        Set<String> newRoles = new TreeSet<>(user.getRoles());
        newRoles.addAll(roles == null ? Set.of() : roles);
        return changeRoles(user, newRoles);
    }

    /** Removes roles, keeping the user's others (SOAP revokeUserRoles); the organization keeps an administrator. */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserView revokeRoles(String userId, Set<String> roles) {
        PlatformUser user = managed(userId);
        Set<String> newRoles = new TreeSet<>(user.getRoles());
        newRoles.removeAll(roles == null ? Set.of() : roles);
        return changeRoles(user, newRoles);
    }

    private UserView changeRoles(PlatformUser user, Set<String> newRoles) {
        UserRoleRules.checkAssignable(user.getOrganization().getRoles(), newRoles);
        if (user.getRoles().contains(Roles.ORGANIZATION_ADMIN)) {
            UserRoleRules.checkAdministratorRemains(
                    otherAdministrators(user), newRoles.contains(Roles.ORGANIZATION_ADMIN));
        }
        boolean roleRemoved = !newRoles.containsAll(user.getRoles());
        user.getRoles().clear();
        user.getRoles().addAll(newRoles);
        if (roleRemoved) {
            withdrawn.fire(new AccessWithdrawn(user.getKey(), AccessWithdrawn.Cause.ROLE_REMOVED));
        }
        em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        em.refresh(user); // the view carries the version the next change must name
        audit.record(
                AuditOperation.CHANGE_USER_ROLES,
                AuditPairs.of("user", user.getUserId()).list("userRoles", new TreeSet<>(newRoles)));
        return UserView.of(user);
    }

    /** Deletes a user; not oneself, not the last administrator. A {@code null} version skips the stale check. */
    @RolesAllowed(Roles.LOGGED_IN)
    public void deleteUser(String userId, Long expectedVersion) {
        PlatformUser caller = caller();
        PlatformUser user = managed(userId);
        if (caller.getKey() == user.getKey()) {
            throw new OperationNotPermittedException("identity.user.deleteSelf");
        }
        if (expectedVersion != null) {
            checkVersion(user, expectedVersion);
        }
        if (user.getRoles().contains(Roles.ORGANIZATION_ADMIN)) {
            UserRoleRules.checkAdministratorRemains(otherAdministrators(user), false);
        }
        audit.record(AuditOperation.DELETE_USER, AuditPairs.of("user", user.getUserId()));
        em.remove(user);
        em.flush();
    }

    /** Locks an account (USR-3); the user is told by mail. Locking oneself is refused. */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserView lockUser(String userId) {
        PlatformUser user = managed(userId);
        if (caller().getKey() == user.getKey()) {
            throw new OperationNotPermittedException("identity.user.lockSelf");
        }
        if (user.getStatus() != UserStatus.LOCKED) {
            user.setStatus(UserStatus.LOCKED);
            em.flush();
            withdrawn.fire(new AccessWithdrawn(user.getKey(), AccessWithdrawn.Cause.LOCKED));
            audit.record(AuditOperation.LOCK_USER, AuditPairs.of("user", user.getUserId()));
            mails.userLocked(user);
        }
        return UserView.of(user);
    }

    /** Unlocks an account and clears its failed-login count (USR-3); the user is told by mail. */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserView unlockUser(String userId) {
        PlatformUser user = managed(userId);
        if (user.getStatus() != UserStatus.ACTIVE || user.getFailedLoginCount() > 0) {
            user.setStatus(UserStatus.ACTIVE);
            em.flush();
            audit.record(AuditOperation.UNLOCK_USER, AuditPairs.of("user", user.getUserId()));
            mails.userUnlocked(user);
        }
        return UserView.of(user);
    }

    /**
     * Gives the user a temporary password by mail that must be changed at the next login (USR-3). Like the original
     * product, a reset also unlocks the account: the administrator has just vouched for the user.
     */
    @RolesAllowed(Roles.LOGGED_IN)
    public UserView resetPassword(String userId) {
        PlatformUser user = managed(userId);
        if (ldap.isLdapUser(user.getKey())) {
            throw new OperationNotPermittedException("identity.user.ldapPassword");
        }
        String password = user.assignGeneratedPassword(clock.instant());
        user.setStatus(UserStatus.ACTIVE);
        em.flush();
        withdrawn.fire(new AccessWithdrawn(user.getKey(), AccessWithdrawn.Cause.PASSWORD_RESET));
        audit.record(AuditOperation.RESET_PASSWORD, AuditPairs.of("user", user.getUserId()));
        mails.passwordReset(user, password);
        return UserView.of(user);
    }

    private PlatformUser managed(String userId) {
        PlatformUser caller = caller();
        UserAccess.checkAdministrator(caller);
        PlatformUser user = user(userId);
        UserAccess.checkSees(caller, user);
        UserAccess.checkManages(caller, user.getOrganization());
        return user;
    }

    /** The fields an LDAP directory maps are read-only here (USR-6): they change in the directory. */
    private void checkMappedFieldsKept(PlatformUser user, UserData merged) {
        if (!ldap.isLdapUser(user.getKey())) {
            return;
        }
        UserData current = UserData.of(user);
        for (String field : ldap.mappedFields(user.getOrganization().getKey())) {
            if (!java.util.Objects.equals(blankToNull(field(current, field)), blankToNull(field(merged, field)))) {
                throw new ValidationException("identity.user.ldapField", field);
            }
        }
    }

    private static String field(UserData d, String name) {
        return switch (name) {
            case "email" -> d.email();
            case "firstName" -> d.firstName();
            case "lastName" -> d.lastName();
            case "additionalName" -> d.additionalName();
            case "locale" -> d.locale();
            default -> d.userId();
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private long otherAdministrators(PlatformUser user) {
        return em.createQuery(
                        "select count(u) from PlatformUser u join u.roles r where u.organization = :org"
                                + " and r = :admin and u.key <> :key",
                        Long.class)
                .setParameter("org", user.getOrganization())
                .setParameter("admin", Roles.ORGANIZATION_ADMIN)
                .setParameter("key", user.getKey())
                .getSingleResult();
    }

    private static void checkVersion(PlatformUser user, long expectedVersion) {
        if (user.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException(
                    "identity.user.stale",
                    user.getUserId(),
                    String.valueOf(expectedVersion),
                    String.valueOf(user.getVersion()));
        }
    }

    private PlatformUser user(String userId) {
        PlatformUser user = userId == null ? null : Users.byUserId(em, userId);
        if (user == null) {
            throw new ObjectNotFoundException("identity.user.notFound", String.valueOf(userId));
        }
        return user;
    }

    private Organization organization(String organizationId) {
        return Organizations.get(em, organizationId);
    }

    private PlatformUser caller() {
        return Users.caller(em, context);
    }
}
