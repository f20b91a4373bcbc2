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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bss.account.CreatedOrganization;
import org.bss.account.OrganizationService;
import org.bss.account.PaymentType;
import org.bss.billing.discount.CustomerDiscountService;
import org.bss.common.security.Roles;
import org.bss.customer.CustomerRegistration;
import org.bss.customer.CustomerService;
import org.bss.customer.CustomerView;
import org.bss.customer.NewCustomer;
import org.bss.identity.UserService;
import org.bss.ws.billing.DiscountMapper;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.FaultTarget;
import org.bss.ws.faults.MailOperationException;
import org.bss.ws.faults.NonUniqueBusinessKeyException;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.OperationPendingException;
import org.bss.ws.faults.OrganizationAuthoritiesException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.identity.UserMapper;
import org.bss.ws.operator.OrganizationMapper;
import org.bss.ws.vo.LdapProperties;
import org.bss.ws.vo.VOOrganization;
import org.bss.ws.vo.VOOrganizationPaymentConfiguration;
import org.bss.ws.vo.VOPaymentType;
import org.bss.ws.vo.VOServicePaymentConfiguration;
import org.bss.ws.vo.VOUserDetails;

/**
 * SOAP face of the caller's account (ws-contract §2.2) at {@code /AccountService/BASIC}, document/literal wrapped in
 * {@code http://oscm.org/xsd}. Offered (docs/soap.md): getOrganizationData, updateAccountInformation and a seller's
 * customer operations (registerKnownCustomer, getMyCustomers, getCustomerPaymentConfiguration,
 * getDefaultPaymentConfiguration, getAvailablePaymentTypesForOrganization, savePaymentConfiguration,
 * updateCustomerDiscount) over the customer feature and billing's discounts.
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
@DeclareRoles({Roles.LOGGED_IN, Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR, Roles.SERVICE_MANAGER})
@RolesAllowed(Roles.LOGGED_IN)
public class AccountService {

    @EJB
    private OrganizationService organizations;

    @EJB
    private UserService users;

    @EJB
    private org.bss.identity.IdentityService credentials;

    @EJB
    private CustomerRegistration registration;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerDiscountService discounts;

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

    /**
     * A seller's service manager registers a customer organization with its first administrator on a marketplace
     * where the seller may publish (ORG-2); the administrator's initial password is mailed. LDAP-managed customers
     * are not offered yet: LDAP settings are refused.
     */
    @WebMethod
    @FaultTarget(objectClass = "MARKETPLACE")
    public VOOrganization registerKnownCustomer(
            @WebParam(name = "organization") VOOrganization organization,
            @WebParam(name = "user") VOUserDetails user,
            @WebParam(name = "organizationProperties") LdapProperties organizationProperties,
            @WebParam(name = "marketplaceId") String marketplaceId)
            throws OrganizationAuthoritiesException, ValidationException, NonUniqueBusinessKeyException,
                    MailOperationException, ObjectNotFoundException {
        if (organizationProperties != null
                && organizationProperties.getSettings() != null
                && !organizationProperties.getSettings().isEmpty()) {
            throw new org.bss.common.ValidationException("account.customer.ldapUnsupported", "organizationProperties");
        }
        CreatedOrganization created = registration.register(new NewCustomer(
                organization == null ? null : AccountMapper.toData(organization),
                user == null ? null : UserMapper.toData(user),
                marketplaceId));
        return AccountMapper.toVO(created.organization());
    }

    /** The caller's seller organization's customers, each with the discount granted to it (if any). */
    @WebMethod
    public List<VOOrganization> getMyCustomers() throws OrganizationAuthoritiesException {
        List<VOOrganization> out = new ArrayList<>();
        for (CustomerView customer : customers.all()) {
            VOOrganization vo = CustomerMapper.toVO(customer);
            discounts.forCustomer(customer.organizationId()).ifPresent(d -> vo.setDiscount(DiscountMapper.toVO(d)));
            out.add(vo);
        }
        return out;
    }

    /** The payment types offered to each customer of the caller's seller organization. */
    @WebMethod
    public List<VOOrganizationPaymentConfiguration> getCustomerPaymentConfiguration() {
        return customers.all().stream()
                .map(CustomerMapper::paymentConfiguration)
                .toList();
    }

    /** The payment types every new customer of the caller's seller organization gets. */
    @WebMethod
    public List<VOPaymentType> getDefaultPaymentConfiguration() {
        return customers.defaultPaymentTypes().stream()
                .map(OrganizationMapper::toVO)
                .toList();
    }

    /** The payment types the operator made available to the caller's seller organization. */
    @WebMethod
    public List<VOPaymentType> getAvailablePaymentTypesForOrganization() {
        return customers.offerablePaymentTypes().stream()
                .map(OrganizationMapper::toVO)
                .toList();
    }

    /**
     * Saves the payment types of the caller's seller organization: those every new customer gets (when given) and
     * those of each customer given, all or nothing. Payment types per service are not offered yet: a service
     * configuration is refused. Returns true (no trigger suspends it).
     */
    @WebMethod
    @FaultTarget(objectClass = "ORGANIZATION")
    public boolean savePaymentConfiguration(
            @WebParam(name = "defaultConfiguration") List<VOPaymentType> defaultConfiguration,
            @WebParam(name = "customerConfigurations") List<VOOrganizationPaymentConfiguration> customerConfigurations,
            @WebParam(name = "defaultServiceConfiguration") List<VOPaymentType> defaultServiceConfiguration,
            @WebParam(name = "serviceConfigurations") List<VOServicePaymentConfiguration> serviceConfigurations)
            throws ObjectNotFoundException, OperationNotPermittedException, OperationPendingException {
        if ((defaultServiceConfiguration != null && !defaultServiceConfiguration.isEmpty())
                || (serviceConfigurations != null && !serviceConfigurations.isEmpty())) {
            throw new org.bss.common.OperationNotPermittedException("account.customer.servicePaymentTypes");
        }
        try {
            Map<String, Set<PaymentType>> perCustomer = new LinkedHashMap<>();
            if (customerConfigurations != null) {
                for (VOOrganizationPaymentConfiguration c : customerConfigurations) {
                    String id = c == null || c.getOrganization() == null
                            ? null
                            : c.getOrganization().getOrganizationId();
                    perCustomer.put(
                            String.valueOf(id),
                            CustomerMapper.paymentTypes(c == null ? null : c.getEnabledPaymentTypes()));
                }
            }
            customers.savePaymentConfiguration(
                    defaultConfiguration == null ? null : CustomerMapper.paymentTypes(defaultConfiguration),
                    perCustomer);
        } catch (org.bss.common.ValidationException e) {
            // the contract declares no ValidationException here: a type the seller may not offer is not permitted
            throw new org.bss.common.OperationNotPermittedException(e.messageKey(), e.arguments());
        }
        return true;
    }

    /**
     * Grants, replaces or (without {@code discount}) removes the discount of one customer of the caller's supplier
     * organization; a discount's version (from getMyCustomers) is checked when given.
     */
    @WebMethod
    @FaultTarget(objectClass = "ORGANIZATION")
    public VOOrganization updateCustomerDiscount(@WebParam(name = "organization") VOOrganization organization)
            throws ObjectNotFoundException, ValidationException, OperationNotPermittedException,
                    ConcurrentModificationException {
        String id = organization == null ? null : organization.getOrganizationId();
        if (organization == null || organization.getDiscount() == null) {
            discounts.remove(id);
        } else {
            int version = organization.getDiscount().getVersion();
            discounts.save(id, DiscountMapper.toTerms(organization.getDiscount()), version > 0 ? version : null);
        }
        VOOrganization vo = CustomerMapper.toVO(customers.get(id));
        discounts.forCustomer(id).ifPresent(d -> vo.setDiscount(DiscountMapper.toVO(d)));
        return vo;
    }
}
