package org.bss.ws.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import org.bss.account.OrganizationService;
import org.bss.common.security.Roles;
import org.bss.identity.UserService;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.identity.UserMapper;
import org.bss.ws.vo.VOOrganization;
import org.bss.ws.vo.VOUserDetails;

/**
 * SOAP face of the caller's account (ws-contract §2.2) at {@code /AccountService/BASIC}, document/literal wrapped in
 * {@code http://oscm.org/xsd}. Only getOrganizationData and updateAccountInformation are offered (docs/soap.md).
 * The caller's organization is changed by its administrators and the operator, as in the original
 * (OrganizationService.updateOwnOrganization decides, audited); user data go to {@link UserService}, which decides who may edit whom (oneself, an administrator the own
 * organization's users). {@code marketplaceId} and {@code imageResource} are accepted and ignored.
 */
@Stateless(name = "AccountService")
@WebService(
        name = "AccountService",
        serviceName = "AccountService",
        portName = "AccountServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles({Roles.LOGGED_IN, Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
@RolesAllowed(Roles.LOGGED_IN)
public class AccountService {

    @EJB
    private OrganizationService organizations;

    @EJB
    private UserService users;

    @EJB
    private org.bss.identity.IdentityService credentials;

    /** The caller's own organization. */
    @WebMethod
    public VOOrganization getOrganizationData() {
        return AccountMapper.toVO(organizations.getOwnOrganization());
    }

    /**
     * Updates the caller's organization (its administrators and the operator) and/or a user (without user id: the caller). The organization
     * goes first, so a refused organization leaves the user unchanged; a fault rolls back both (FaultInterceptor).
     */
    @WebMethod
    public void updateAccountInformation(
            @WebParam(name = "organization") VOOrganization organization,
            @WebParam(name = "user") VOUserDetails user,
            @WebParam(name = "marketplaceId") String marketplaceId,
            @WebParam(name = "imageResource") Object imageResource)
            throws ValidationException, ObjectNotFoundException, OperationNotPermittedException,
                    ConcurrentModificationException {
        if (organization != null) {
            organizations.updateOwnOrganization(AccountMapper.toData(organization), organization.getVersion());
        }
        if (user != null) {
            String userId = user.getUserId() != null
                    ? user.getUserId()
                    : credentials.currentUser().userId();
            users.updateUser(userId, UserMapper.toData(user), user.getVersion());
        }
    }
}
