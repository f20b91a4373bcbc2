package org.bss.ws.catalog;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.catalog.TechnicalServiceService;
import org.bss.common.security.Roles;
import org.bss.identity.IdentityService;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.DeletionConstraintException;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.ImportException;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.OrganizationAuthoritiesException;
import org.bss.ws.faults.TechnicalServiceNotAliveException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.vo.OrganizationRoleType;
import org.bss.ws.vo.VOTechnicalService;

/**
 * SOAP face of the catalog (ws-contract §2.4) at {@code /ServiceProvisioningService/BASIC}, document/literal wrapped in
 * {@code http://oscm.org/xsd}. So far the technical-service operations only (docs/soap.md lists the rest and when they
 * come), over {@link TechnicalServiceService}, which decides who may do what: technology managers of technology
 * providers their own technical services, service managers of suppliers what they are allowed to use. Technical
 * services are addressed by the VO's {@code key}; another provider's key is "not found". The operations that take a
 * VOTechnicalService also declare ValidationException, which the contract does not: a key or version that is no
 * number is refused with it, as on every endpoint (BaseVO).
 */
@Stateless(name = "ServiceProvisioningService")
@WebService(
        name = "ServiceProvisioningService",
        serviceName = "ServiceProvisioningService",
        portName = "ServiceProvisioningServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles({Roles.LOGGED_IN, Roles.TECHNOLOGY_MANAGER, Roles.SERVICE_MANAGER})
@RolesAllowed(Roles.LOGGED_IN)
public class ServiceProvisioningService {

    @EJB
    private TechnicalServiceService technicalServices;

    @EJB
    private IdentityService credentials;

    /**
     * TECHNOLOGY_PROVIDER: the caller's own technical services; SUPPLIER: those the caller's organization is allowed
     * to use. No technical services are seen through another role.
     */
    @WebMethod
    public List<VOTechnicalService> getTechnicalServices(@WebParam(name = "role") OrganizationRoleType role)
            throws OrganizationAuthoritiesException {
        List<TechnicalServiceDetails> found;
        if (role == OrganizationRoleType.TECHNOLOGY_PROVIDER) {
            found = technicalServices.listTechnicalServiceDetails();
        } else if (role == OrganizationRoleType.SUPPLIER) {
            found = technicalServices.listTechnicalServicesForSupplier();
        } else {
            found = List.of();
        }
        Locale caller = locale();
        return found.stream().map(s -> TechnicalServiceMapper.toVO(s, caller)).toList();
    }

    /**
     * Imports a technical-services file (format 1.9) whole; returns the empty string. A file with problems is refused
     * whole: ImportException with every problem's line and column, in the caller's language.
     */
    @WebMethod
    public String importTechnicalServices(@WebParam(name = "xml") byte[] xml)
            throws ImportException, OperationNotPermittedException {
        technicalServices.importTechnicalServices(xml == null ? new byte[0] : xml, locale());
        return "";
    }

    /** The given technical services (by key) as one technical-services file; none given: all of the caller's. */
    @WebMethod
    public byte[] exportTechnicalServices(
            @WebParam(name = "technicalServices") List<VOTechnicalService> technicalServicesToExport)
            throws OrganizationAuthoritiesException, ObjectNotFoundException, OperationNotPermittedException,
                    ValidationException {
        Set<String> ids = new LinkedHashSet<>();
        if (technicalServicesToExport != null) {
            for (VOTechnicalService service : technicalServicesToExport) {
                ids.add(technicalServices.technicalServiceId(key(service)));
            }
        }
        return technicalServices.exportTechnicalServices(ids);
    }

    /**
     * Deletes the caller's technical service of the VO's key, when its version is the one the caller read and no
     * service is defined on it.
     */
    @WebMethod
    public void deleteTechnicalService(@WebParam(name = "technicalService") VOTechnicalService technicalService)
            throws OrganizationAuthoritiesException, ObjectNotFoundException, DeletionConstraintException,
                    ConcurrentModificationException, ValidationException {
        String id = technicalServices.technicalServiceId(key(technicalService));
        technicalServices.deleteTechnicalService(id, technicalService.getVersion());
    }

    /** Pings the provisioning URL of the caller's technical service; not answering 2xx is the fault. */
    @WebMethod
    public void validateTechnicalServiceCommunication(
            @WebParam(name = "technicalService") VOTechnicalService technicalService)
            throws ObjectNotFoundException, OperationNotPermittedException, TechnicalServiceNotAliveException,
                    ValidationException {
        technicalServices.requireCommunication(technicalServices.technicalServiceId(key(technicalService)));
    }

    /** The key a VO addresses; a missing VO addresses nothing (0 is no stored key). */
    private static long key(VOTechnicalService service) {
        return service == null ? 0 : service.getKey();
    }

    private Locale locale() {
        return credentials.currentUser().locale();
    }
}
