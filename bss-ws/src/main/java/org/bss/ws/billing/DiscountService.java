package org.bss.ws.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import org.bss.billing.discount.CustomerDiscountService;
import org.bss.common.security.Roles;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.FaultTarget;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.vo.VODiscount;

/**
 * SOAP face of customer discounts (ws-contract §2.13) at {@code /DiscountService/BASIC}: both operations over
 * {@link CustomerDiscountService}. Unlike the original's TomEE deployment, the endpoint needs a caller, as every BSS
 * endpoint (the gate): the discount is the caller's organization's or one its supplier organization grants.
 */
@Stateless(name = "DiscountService")
@WebService(
        name = "DiscountService",
        serviceName = "DiscountService",
        portName = "DiscountServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles({Roles.LOGGED_IN, Roles.SERVICE_MANAGER})
@RolesAllowed(Roles.LOGGED_IN)
public class DiscountService {

    @EJB
    private CustomerDiscountService discounts;

    /** The discount the supplier of the service grants the caller's organization; null if none. */
    @WebMethod
    @FaultTarget(objectClass = "SERVICE")
    public VODiscount getDiscountForService(@WebParam(name = "serviceKey") long serviceKey)
            throws ObjectNotFoundException {
        return discounts.forService(serviceKey).map(DiscountMapper::toVO).orElse(null);
    }

    /** The discount the caller's supplier organization grants a customer; null if none. */
    @WebMethod
    @FaultTarget(objectClass = "ORGANIZATION")
    public VODiscount getDiscountForCustomer(@WebParam(name = "customerId") String customerId)
            throws ObjectNotFoundException {
        return discounts.forCustomer(customerId).map(DiscountMapper::toVO).orElse(null);
    }
}
