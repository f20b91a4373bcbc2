package org.bss.ws.marketplace;

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
import java.util.List;
import org.bss.common.persistence.Page;
import org.bss.common.persistence.PageRequest;
import org.bss.common.security.Roles;
import org.bss.identity.IdentityService;
import org.bss.marketplace.MarketplaceDirectory;
import org.bss.marketplace.MarketplaceLayoutService;
import org.bss.marketplace.MarketplaceView;
import org.bss.marketplace.NewMarketplace;
import org.bss.marketplace.PublishingService;
import org.bss.marketplace.SupplierAccessService;
import org.bss.ws.catalog.ServiceProvisioningService;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.FaultTarget;
import org.bss.ws.faults.MarketplaceAccessTypeUneligibleForOperationException;
import org.bss.ws.faults.NonUniqueBusinessKeyException;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.OrganizationAlreadyBannedException;
import org.bss.ws.faults.OrganizationAlreadyExistsException;
import org.bss.ws.faults.OrganizationAuthorityException;
import org.bss.ws.faults.PublishingToMarketplaceNotPermittedException;
import org.bss.ws.faults.UserRoleAssignmentException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.vo.VOCatalogEntry;
import org.bss.ws.vo.VOMarketplace;
import org.bss.ws.vo.VOOrganization;
import org.bss.ws.vo.VOService;
import org.bss.ws.vo.VOServiceDetails;

/**
 * SOAP face of the marketplaces (ws-contract §2.5) at {@code /MarketplaceService/BASIC}, over org.bss.marketplace's
 * {@link org.bss.marketplace.MarketplaceService} (the operator and owners), {@link MarketplaceDirectory} (lists for
 * anyone logged in), {@link SupplierAccessService} (the owner's supplier access) and {@link PublishingService} (a
 * supplier's publication). Each operation is one transaction: a list naming one refused organization changes nothing.
 * The branding URL is {@link MarketplaceLayoutService}'s. Not offered: getMarketplaceForSubscription (subscriptions,
 * docs/soap.md).
 */
@Stateless(name = "MarketplaceService")
@WebService(
        name = "MarketplaceService",
        serviceName = "MarketplaceService",
        portName = "MarketplaceServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles({Roles.LOGGED_IN, Roles.PLATFORM_OPERATOR, Roles.MARKETPLACE_OWNER, Roles.SERVICE_MANAGER})
@RolesAllowed(Roles.LOGGED_IN)
public class MarketplaceService {

    @EJB
    private org.bss.marketplace.MarketplaceService marketplaces;

    @EJB
    private MarketplaceDirectory directory;

    @EJB
    private SupplierAccessService suppliers;

    @EJB
    private MarketplaceLayoutService layout;

    @EJB
    private PublishingService publishing;

    @EJB
    private ServiceProvisioningService provisioning;

    @EJB
    private IdentityService credentials;

    /** The marketplaces the caller's organization may publish on; none for one that sells nothing. */
    @WebMethod
    public List<VOMarketplace> getMarketplacesForOrganization() {
        return vos(directory.forPublishing());
    }

    /** The supplier's service's catalog entry: one (its marketplace), or none while it is not published. */
    @WebMethod
    @FaultTarget(objectClass = "SERVICE")
    public List<VOCatalogEntry> getMarketplacesForService(@WebParam(name = "service") VOService service)
            throws ObjectNotFoundException, OperationNotPermittedException {
        return publishing.find(key(service)).stream()
                .map(p -> MarketplaceMapper.toVO(p, directory.get(p.marketplaceId())))
                .toList();
    }

    /**
     * Publishes the supplier's inactive service on the one marketplace its one entry names (moving it there), shown
     * in the catalog or not; answers the service's details.
     */
    @WebMethod
    public VOServiceDetails publishService(
            @WebParam(name = "service") VOService service, @WebParam(name = "entries") List<VOCatalogEntry> entries)
            throws ObjectNotFoundException, ValidationException, NonUniqueBusinessKeyException,
                    OperationNotPermittedException, PublishingToMarketplaceNotPermittedException {
        if (entries == null
                || entries.size() != 1
                || entries.get(0) == null
                || entries.get(0).getMarketplace() == null) {
            throw new org.bss.common.ValidationException("marketplace.publish.oneEntry");
        }
        VOCatalogEntry entry = entries.get(0);
        publishing.publish(
                key(service),
                entry.getMarketplace().getMarketplaceId(),
                entry.isVisibleInCatalog(),
                credentials.currentUser().locale().getLanguage());
        return provisioning.getServiceDetails(service);
    }

    /** The marketplaces the caller's organization owns. */
    @WebMethod
    public List<VOMarketplace> getMarketplacesOwned() {
        return vos(directory.owned());
    }

    /** The operator: every marketplace (an owner calling it gets its own). */
    @WebMethod
    public List<VOMarketplace> getMarketplacesForOperator() {
        List<MarketplaceView> all = new ArrayList<>();
        Page<MarketplaceView> page = marketplaces.list(new PageRequest(0, PageRequest.MAX_LIMIT));
        all.addAll(page.items());
        while (all.size() < page.total() && !page.items().isEmpty()) {
            page = marketplaces.list(new PageRequest(all.size(), PageRequest.MAX_LIMIT));
            all.addAll(page.items());
        }
        return vos(all);
    }

    /** Every marketplace: BSS restricts who publishes, not who shops. */
    @WebMethod
    public List<VOMarketplace> getAccessibleMarketplaces() {
        return vos(directory.accessible());
    }

    /**
     * The operator or the owner changes the settings (only the owner renames) and, with another
     * owningOrganizationId, gives it that owner; the version read is checked.
     */
    @WebMethod
    @FaultTarget(objectClass = "MARKETPLACE")
    public VOMarketplace updateMarketplace(@WebParam(name = "marketplace") VOMarketplace marketplace)
            throws ObjectNotFoundException, OperationNotPermittedException, ConcurrentModificationException,
                    ValidationException, UserRoleAssignmentException {
        String id = marketplace == null ? null : marketplace.getMarketplaceId();
        if (marketplace == null) {
            throw new org.bss.common.ObjectNotFoundException("marketplace.notFound", "null");
        }
        MarketplaceView changed =
                marketplaces.change(id, MarketplaceMapper.settings(marketplace), marketplace.getVersion());
        String owner = marketplace.getOwningOrganizationId();
        if (owner != null && !owner.isBlank() && !owner.strip().equals(changed.owningOrganizationId())) {
            changed = marketplaces.reassign(id, owner.strip(), null);
        }
        return MarketplaceMapper.toVO(changed);
    }

    /** The operator creates a marketplace for the owner organization it names. */
    @WebMethod
    public VOMarketplace createMarketplace(@WebParam(name = "marketplace") VOMarketplace marketplace)
            throws OperationNotPermittedException, ObjectNotFoundException, ValidationException,
                    UserRoleAssignmentException {
        if (marketplace == null) {
            throw new org.bss.common.ValidationException("marketplace.nameRequired");
        }
        return MarketplaceMapper.toVO(marketplaces.create(
                new NewMarketplace(marketplace.getOwningOrganizationId(), MarketplaceMapper.settings(marketplace))));
    }

    /** The operator deletes a marketplace: its services go off sale and lose their publication. */
    @WebMethod
    @FaultTarget(objectClass = "MARKETPLACE")
    public void deleteMarketplace(@WebParam(name = "marketplaceId") String marketplaceId)
            throws ObjectNotFoundException {
        marketplaces.delete(marketplaceId, null);
    }

    /** The owner grants organizations on its restricted marketplace. */
    @WebMethod
    public void addOrganizationsToMarketplace(
            @WebParam(name = "organizationIds") List<String> organizationIds,
            @WebParam(name = "marketplaceId") String marketplaceId)
            throws ObjectNotFoundException, OperationNotPermittedException, OrganizationAuthorityException,
                    OrganizationAlreadyExistsException, MarketplaceAccessTypeUneligibleForOperationException {
        suppliers.grant(marketplaceId, organizationIds);
    }

    /** The owner bans organizations from its open marketplace. */
    @WebMethod
    public void banOrganizationsFromMarketplace(
            @WebParam(name = "organizationIds") List<String> organizationIds,
            @WebParam(name = "marketplaceId") String marketplaceId)
            throws ObjectNotFoundException, OperationNotPermittedException, OrganizationAuthorityException,
                    OrganizationAlreadyBannedException, MarketplaceAccessTypeUneligibleForOperationException {
        suppliers.ban(marketplaceId, organizationIds);
    }

    /** The owner takes grants back on its restricted marketplace; one not granted is no change. */
    @WebMethod
    public void removeOrganizationsFromMarketplace(
            @WebParam(name = "organizationIds") List<String> organizationIds,
            @WebParam(name = "marketplaceId") String marketplaceId)
            throws ObjectNotFoundException, OperationNotPermittedException,
                    MarketplaceAccessTypeUneligibleForOperationException, OrganizationAuthorityException {
        for (String orgId : orNone(organizationIds)) {
            suppliers.revoke(marketplaceId, orgId);
        }
    }

    /** The owner lifts bans on its open marketplace; one not banned is no change. */
    @WebMethod
    public void liftBanOrganizationsFromMarketplace(
            @WebParam(name = "organizationIds") List<String> organizationIds,
            @WebParam(name = "marketplaceId") String marketplaceId)
            throws ObjectNotFoundException, OperationNotPermittedException,
                    MarketplaceAccessTypeUneligibleForOperationException, OrganizationAuthorityException {
        for (String orgId : orNone(organizationIds)) {
            suppliers.liftBan(marketplaceId, orgId);
        }
    }

    /** The organizations banned from the owner's open marketplace. */
    @WebMethod
    public List<VOOrganization> getBannedOrganizationsForMarketplace(
            @WebParam(name = "marketplaceId") String marketplaceId)
            throws ObjectNotFoundException, OperationNotPermittedException,
                    MarketplaceAccessTypeUneligibleForOperationException {
        return suppliers.banned(marketplaceId).stream()
                .map(MarketplaceMapper::toVO)
                .toList();
    }

    /** The organizations granted on the owner's restricted marketplace. */
    @WebMethod
    public List<VOOrganization> getOrganizationsForMarketplace(@WebParam(name = "marketplaceId") String marketplaceId)
            throws ObjectNotFoundException, OperationNotPermittedException,
                    MarketplaceAccessTypeUneligibleForOperationException {
        return suppliers.granted(marketplaceId).stream()
                .map(MarketplaceMapper::toVO)
                .toList();
    }

    /** Any marketplace's public definition, for anyone logged in. */
    @WebMethod
    @FaultTarget(objectClass = "MARKETPLACE")
    public VOMarketplace getMarketplaceById(@WebParam(name = "marketplaceId") String marketplaceId)
            throws ObjectNotFoundException {
        return MarketplaceMapper.toVO(directory.get(marketplaceId));
    }

    /** The stylesheet URL of a marketplace's service portal pages, for anyone logged in; none: no value. */
    @WebMethod
    @FaultTarget(objectClass = "MARKETPLACE")
    public String getBrandingUrl(@WebParam(name = "marketplaceId") String marketplaceId)
            throws ObjectNotFoundException {
        return layout.brandingUrl(marketplaceId);
    }

    /** The owner stores the branding URL of its marketplace (empty: none), with the version read. */
    @WebMethod
    @FaultTarget(objectClass = "MARKETPLACE")
    public void saveBrandingUrl(
            @WebParam(name = "marketplace") VOMarketplace marketplace,
            @WebParam(name = "brandingUrl") String brandingUrl)
            throws ObjectNotFoundException, ValidationException, OperationNotPermittedException,
                    ConcurrentModificationException {
        if (marketplace == null) {
            throw new org.bss.common.ObjectNotFoundException("marketplace.notFound", "null");
        }
        layout.saveBrandingUrl(marketplace.getMarketplaceId(), brandingUrl, (long) marketplace.getVersion());
    }

    private static List<VOMarketplace> vos(List<MarketplaceView> views) {
        return views.stream().map(MarketplaceMapper::toVO).toList();
    }

    /** No list is an empty one: nothing to take back. */
    private static List<String> orNone(List<String> organizationIds) {
        return organizationIds == null ? List.of() : organizationIds;
    }

    private static long key(VOService service) {
        return service == null ? 0 : service.getKey();
    }
}
