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
import java.util.List;
import org.bss.billing.vat.SupplierVatService;
import org.bss.common.security.Roles;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.OrganizationAuthoritiesException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.vo.VOCountryVatRate;
import org.bss.ws.vo.VOOrganizationVatRate;
import org.bss.ws.vo.VOVatRate;

/**
 * SOAP face of a supplier's VAT (ws-contract §2.14) at {@code /VatService/BASIC}, document/literal wrapped in
 * {@code http://oscm.org/xsd}: all 8 operations over {@link SupplierVatService}, for service managers of suppliers.
 * A null default rate turns VAT support off and drops every rate; a null country or customer rate removes it.
 */
@Stateless(name = "VatService")
@WebService(
        name = "VatService",
        serviceName = "VatService",
        portName = "VatServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles({Roles.LOGGED_IN, Roles.SERVICE_MANAGER})
@RolesAllowed(Roles.SERVICE_MANAGER)
public class VatService {

    @EJB
    private SupplierVatService vat;

    @WebMethod
    public void saveDefaultVat(@WebParam(name = "defaultVat") VOVatRate defaultVat)
            throws OrganizationAuthoritiesException, ConcurrentModificationException, ValidationException {
        vat.saveDefault(defaultVat == null ? null : defaultVat.getRate());
    }

    @WebMethod
    public void saveCountryVats(@WebParam(name = "countryVats") List<VOCountryVatRate> countryVats)
            throws OrganizationAuthoritiesException, ConcurrentModificationException, ValidationException {
        vat.saveCountries(VatMapper.countries(countryVats));
    }

    @WebMethod
    public void saveOrganizationVats(@WebParam(name = "organizationVats") List<VOOrganizationVatRate> organizationVats)
            throws OrganizationAuthoritiesException, ConcurrentModificationException, OperationNotPermittedException,
                    ValidationException {
        vat.saveCustomers(VatMapper.customers(organizationVats));
    }

    /** Default first (a null default turns VAT support off: rates given with it are then refused). */
    @WebMethod
    public void saveAllVats(
            @WebParam(name = "defaultVat") VOVatRate defaultVat,
            @WebParam(name = "countryVats") List<VOCountryVatRate> countryVats,
            @WebParam(name = "organizationVats") List<VOOrganizationVatRate> organizationVats)
            throws OrganizationAuthoritiesException, ConcurrentModificationException, OperationNotPermittedException,
                    ValidationException {
        vat.saveDefault(defaultVat == null ? null : defaultVat.getRate());
        vat.saveCountries(VatMapper.countries(countryVats));
        vat.saveCustomers(VatMapper.customers(organizationVats));
    }

    /** Null while VAT support is off. */
    @WebMethod
    public VOVatRate getDefaultVat() {
        return VatMapper.defaultRate(vat.get());
    }

    @WebMethod
    public List<VOCountryVatRate> getCountryVats() {
        return VatMapper.countries(vat.get());
    }

    @WebMethod
    public List<VOOrganizationVatRate> getOrganizationVats() {
        return VatMapper.customers(vat.get());
    }

    @WebMethod
    public boolean getVatSupport() {
        return vat.get().enabled();
    }
}
