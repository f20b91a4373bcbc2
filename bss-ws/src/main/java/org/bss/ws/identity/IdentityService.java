package org.bss.ws.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bss.common.security.Roles;
import org.bss.identity.UserImportService;
import org.bss.identity.UserListQuery;
import org.bss.identity.UserPage;
import org.bss.identity.UserService;
import org.bss.identity.UserView;
import org.bss.identity.ldap.LdapImportResult;
import org.bss.identity.ldap.LdapService;
import org.bss.identity.ldap.LdapUser;
import org.bss.identity.ldap.LdapUserService;
import org.bss.ws.faults.BulkUserImportException;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.FaultId;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.FaultTable;
import org.bss.ws.faults.NonUniqueBusinessKeyException;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.SecurityCheckException;
import org.bss.ws.faults.UserDeletionConstraintException;
import org.bss.ws.faults.UserModificationConstraintException;
import org.bss.ws.faults.UserRoleAssignmentException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.faults.beans.ApplicationExceptionBean;
import org.bss.ws.faults.beans.ValidationExceptionBean;
import org.bss.ws.vo.UserAccountStatus;
import org.bss.ws.vo.UserRoleType;
import org.bss.ws.vo.VOUser;
import org.bss.ws.vo.VOUserDetails;

/**
 * SOAP face of user management (ws-contract §2.1) at {@code /IdentityService/BASIC}: the contract's operation and
 * parameter names, document/literal wrapped in {@code http://oscm.org/xsd}. A thin adapter over {@link UserService},
 * {@link UserImportService} and the credential service: who may do what is decided there (an administrator in the
 * own organization, the operator everywhere, users of other organizations are "not found"). Faults by
 * {@link FaultInterceptor}: the most specific fault each operation declares. Users are addressed by {@code userId};
 * {@code marketplaceId} is accepted and ignored (marketplaces come later). Operations of the contract not listed here
 * are not offered (docs/soap.md).
 */
@Stateless(name = "IdentityService")
@WebService(
        name = "IdentityService",
        serviceName = "IdentityService",
        portName = "IdentityServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles({Roles.LOGGED_IN, Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
@RolesAllowed(Roles.LOGGED_IN)
public class IdentityService {

    /** How long a synchronous import may run before the call returns (it goes on in the background). */
    static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(10);

    @EJB
    private UserService users;

    @EJB
    private UserImportService imports;

    @EJB
    private org.bss.identity.IdentityService credentials;

    @EJB
    private LdapService ldap;

    @EJB
    private LdapUserService ldapUsers;

    @WebMethod
    public VOUserDetails getUserDetails(@WebParam(name = "user") VOUser user)
            throws ObjectNotFoundException, OperationNotPermittedException {
        return UserMapper.toDetails(users.getUser(userId(user)));
    }

    /** Creates a user in the caller's organization; the initial password goes out by mail. */
    @WebMethod
    public VOUserDetails createUser(
            @WebParam(name = "user") VOUserDetails user,
            @WebParam(name = "roles") List<UserRoleType> roles,
            @WebParam(name = "marketplaceId") String marketplaceId)
            throws NonUniqueBusinessKeyException, ValidationException, UserRoleAssignmentException,
                    OperationNotPermittedException {
        return UserMapper.toDetails(users.createUser(null, UserMapper.toData(orEmpty(user)), UserRoles.toNames(roles)));
    }

    /** Changes the caller's own password; "must change" is cleared. */
    @WebMethod
    public void changePassword(
            @WebParam(name = "oldPassword") String oldPassword, @WebParam(name = "newPassword") String newPassword)
            throws SecurityCheckException, ValidationException {
        credentials.changePassword(credentials.currentUser().userId(), oldPassword, newPassword);
    }

    /** The roles the user's organization may give its users. */
    @WebMethod
    public List<UserRoleType> getAvailableUserRoles(@WebParam(name = "user") VOUser user)
            throws ObjectNotFoundException, OperationNotPermittedException {
        return UserRoles.toWire(users.availableRoles(users.getUser(userId(user)).organizationId()));
    }

    @WebMethod
    public void grantUserRoles(@WebParam(name = "user") VOUser user, @WebParam(name = "roles") List<UserRoleType> roles)
            throws ObjectNotFoundException, OperationNotPermittedException, UserRoleAssignmentException {
        changeRoles(user, roles, true);
    }

    @WebMethod
    public void setUserRoles(@WebParam(name = "user") VOUser user, @WebParam(name = "roles") List<UserRoleType> roles)
            throws ObjectNotFoundException, OperationNotPermittedException, UserModificationConstraintException,
                    UserRoleAssignmentException {
        users.setRoles(userId(user), UserRoles.toNames(roles), null);
    }

    /** Deletes a user; a VO read from the server ({@code key} set) must still carry the current version. */
    @WebMethod
    public void deleteUser(@WebParam(name = "user") VOUser user, @WebParam(name = "marketplaceId") String marketplaceId)
            throws UserDeletionConstraintException, ObjectNotFoundException, ConcurrentModificationException,
                    OperationNotPermittedException {
        Long version = user != null && user.getKey() != 0 ? Long.valueOf(user.getVersion()) : null;
        users.deleteUser(userId(user), version);
    }

    @WebMethod
    public void revokeUserRoles(
            @WebParam(name = "user") VOUser user, @WebParam(name = "roles") List<UserRoleType> roles)
            throws ObjectNotFoundException, UserModificationConstraintException, OperationNotPermittedException,
                    UserRoleAssignmentException {
        changeRoles(user, roles, false);
    }

    /** Every user of the caller's organization (administrators; the operator gets the operator organization's). */
    @WebMethod
    public List<VOUserDetails> getUsersForOrganization() throws OperationNotPermittedException {
        List<VOUserDetails> all = new ArrayList<>();
        UserPage page;
        do {
            page = users.listUsers(null, new UserListQuery(all.size(), UserListQuery.MAX_LIMIT, null, "userId", false));
            page.items().stream().map(UserMapper::toDetails).forEach(all::add);
        } while (!page.items().isEmpty() && all.size() < page.total());
        return all;
    }

    /** Locks an account; {@code newStatus} must be one of the LOCKED statuses. */
    @WebMethod
    public void lockUserAccount(
            @WebParam(name = "user") VOUser user,
            @WebParam(name = "newStatus") UserAccountStatus newStatus,
            @WebParam(name = "marketplaceId") String marketplaceId)
            throws OperationNotPermittedException, ObjectNotFoundException, ConcurrentModificationException {
        if (newStatus == null || !newStatus.isLocked()) {
            throw notALock(newStatus);
        }
        users.lockUser(userId(user));
    }

    /** Updates the user's data (not user id, roles or state) if {@code version} is still the stored one. */
    @WebMethod
    public VOUserDetails updateUser(@WebParam(name = "user") VOUserDetails user)
            throws OperationNotPermittedException, ObjectNotFoundException, ValidationException,
                    ConcurrentModificationException {
        VOUserDetails sent = orEmpty(user);
        return UserMapper.toDetails(users.updateUser(sent.getUserId(), UserMapper.toData(sent), sent.getVersion()));
    }

    /** Mails a temporary password that must be changed at the next login (and unlocks the account). */
    @WebMethod
    public void requestResetOfUserPassword(
            @WebParam(name = "user") VOUser user, @WebParam(name = "marketplaceId") String marketplaceId)
            throws ObjectNotFoundException, OperationNotPermittedException, ConcurrentModificationException {
        users.resetPassword(userId(user));
    }

    @WebMethod
    public void unlockUserAccount(
            @WebParam(name = "user") VOUser user, @WebParam(name = "marketplaceId") String marketplaceId)
            throws ObjectNotFoundException, OperationNotPermittedException, ConcurrentModificationException {
        users.unlockUser(userId(user));
    }

    /** Key, organization, status and roles of a user the caller may see. */
    @WebMethod
    public VOUser getUser(@WebParam(name = "user") VOUser user)
            throws ObjectNotFoundException, OperationNotPermittedException {
        return UserMapper.toUser(users.getUser(userId(user)));
    }

    @WebMethod
    public VOUserDetails getCurrentUserDetails() {
        return UserMapper.toDetails(users.getUser(credentials.currentUser().userId()));
    }

    /** The same as {@link #getCurrentUserDetails()}: a call to this endpoint is always authenticated. */
    @WebMethod
    public VOUserDetails getCurrentUserDetailsIfPresent() {
        return getCurrentUserDetails();
    }

    /** Imports users from CSV bytes (App. F) into the caller's organization and waits until it is done. */
    @WebMethod
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void importUsersInOwnOrganization(
            @WebParam(name = "csvData") byte[] csvData, @WebParam(name = "marketplaceId") String marketplaceId)
            throws BulkUserImportException, ObjectNotFoundException, OperationNotPermittedException {
        ImportResults.check(imports.importAndWait(null, csvData, IMPORT_TIMEOUT));
    }

    /** Imports users from CSV bytes into the given organization (the operator; an administrator only into its own). */
    @WebMethod
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void importUsers(
            @WebParam(name = "csvData") byte[] csvData,
            @WebParam(name = "organizationId") String organizationId,
            @WebParam(name = "marketplaceId") String marketplaceId)
            throws BulkUserImportException, ObjectNotFoundException, OperationNotPermittedException {
        // no organization is not "the caller's own" here: that is importUsersInOwnOrganization
        ImportResults.check(
                imports.importAndWait(organizationId == null ? "" : organizationId, csvData, IMPORT_TIMEOUT));
    }

    /**
     * Entries of the caller's organization's LDAP directory whose user id matches the pattern ({@code *} wildcard),
     * at most LDAP_SEARCH_LIMIT (more matching entries are left out; the REST search tells "truncated").
     */
    @WebMethod
    public List<VOUserDetails> searchLdapUsers(@WebParam(name = "userIdPattern") String userIdPattern)
            throws ValidationException {
        return ldap.searchUsers(ownOrganizationId(), userIdPattern).users().stream()
                .map(IdentityService::ldapDetails)
                .toList();
    }

    /**
     * Reads the caller's mapped fields (names, e-mail, language) again from the organization's directory. A login of
     * an LDAP user refreshes them too; this is the contract's explicit form. Refused for a user who is not LDAP-managed.
     */
    @WebMethod
    public void refreshLdapUser() throws ValidationException {
        ldapUsers.refreshUser(credentials.currentUser().userId());
    }

    /**
     * Imports directory entries, by the users' {@code userId} and with their {@code userRoles}, into the caller's
     * organization. Users not imported are reported in one fault (NonUniqueBusinessKeyException when each of them
     * was a user id in use, ValidationException otherwise, listing every one); the others are imported all the same.
     */
    @WebMethod
    public void importLdapUsers(
            @WebParam(name = "users") List<VOUserDetails> users, @WebParam(name = "marketplaceId") String marketplaceId)
            throws NonUniqueBusinessKeyException, ValidationException {
        Map<Set<String>, List<String>> byRoles = new LinkedHashMap<>();
        for (VOUserDetails user : users == null ? List.<VOUserDetails>of() : users) {
            if (user != null) {
                byRoles.computeIfAbsent(UserRoles.toNames(user.getUserRoles()), r -> new ArrayList<>())
                        .add(user.getUserId());
            }
        }
        String orgId = ownOrganizationId();
        List<LdapImportResult.Rejection> rejected = new ArrayList<>();
        if (byRoles.isEmpty()) {
            byRoles.put(Set.of(), List.of()); // the service names the missing user ids
        }
        byRoles.forEach((roles, uids) ->
                rejected.addAll(ldapUsers.importUsers(orgId, uids, roles).rejected()));
        // the users imported stay: these faults are thrown here, past the interceptor's rollback
        if (rejected.stream().allMatch(r -> "ldap.import.duplicate".equals(r.messageKey()))) {
            if (!rejected.isEmpty()) {
                throw FaultTable.fault(
                        new org.bss.common.ConflictException(
                                "account.user.duplicate", rejected.get(0).uid()),
                        NonUniqueBusinessKeyException.class);
            }
            return;
        }
        throw notImported(rejected);
    }

    private String ownOrganizationId() {
        return users.getUser(credentials.currentUser().userId()).organizationId();
    }

    private static VOUserDetails ldapDetails(LdapUser entry) {
        VOUserDetails vo = new VOUserDetails();
        vo.setUserId(entry.uid());
        vo.setEMail(entry.email());
        vo.setFirstName(entry.firstName());
        vo.setLastName(entry.lastName());
        vo.setAdditionalName(entry.additionalName());
        vo.setLocale(entry.locale());
        vo.setRemoteLdapActive(true);
        return vo;
    }

    /** Every user not imported, "uid: reason" (English) in the text and one by one in messageParams. */
    private static ValidationException notImported(List<LdapImportResult.Rejection> rejected) {
        FaultId id = FaultId.next();
        List<String> lines = rejected.stream()
                .map(r -> r.uid() + ": " + r.message(java.util.Locale.ENGLISH))
                .toList();
        String reason = switch (rejected.get(0).messageKey()) {
            case "ldap.import.notFound" -> "LDAP_USER_NOT_FOUND";
            case "ldap.import.userId" -> "LDAP_CREATED_ID_INVALID";
            default -> null;
        };
        ValidationExceptionBean bean =
                id.fill(new ValidationExceptionBean(), FaultTable.messageKey(ValidationException.class, reason), lines);
        bean.setMember("userId");
        bean.setReason(reason);
        return new ValidationException(
                id.text(rejected.size() + " users were not imported: " + String.join("; ", lines)), bean);
    }

    /** Unlocking is unlockUserAccount; lockUserAccount only locks. */
    static OperationNotPermittedException notALock(UserAccountStatus newStatus) {
        FaultId id = FaultId.next();
        return new OperationNotPermittedException(
                id.text("newStatus must be LOCKED, LOCKED_FAILED_LOGIN_ATTEMPTS or " + "LOCKED_NOT_CONFIRMED, not "
                        + newStatus + "; unlockUserAccount makes an account ACTIVE."),
                id.fill(
                        new ApplicationExceptionBean(),
                        FaultTable.messageKey(OperationNotPermittedException.class, null),
                        List.of(String.valueOf(newStatus))));
    }

    private UserView changeRoles(VOUser user, List<UserRoleType> roles, boolean grant) {
        Set<String> names = UserRoles.toNames(roles);
        return grant ? users.grantRoles(userId(user), names) : users.revokeRoles(userId(user), names);
    }

    private static String userId(VOUser user) {
        return user == null ? null : user.getUserId();
    }

    private static VOUserDetails orEmpty(VOUserDetails user) {
        return user == null ? new VOUserDetails() : user;
    }
}
