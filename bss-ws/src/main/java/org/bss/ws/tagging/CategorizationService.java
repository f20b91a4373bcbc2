package org.bss.ws.tagging;

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
import java.util.List;
import java.util.Locale;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;
import org.bss.identity.IdentityService;
import org.bss.tagging.CategoryEdit;
import org.bss.tagging.CategoryView;
import org.bss.ws.catalog.ServiceMapper;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.FaultTarget;
import org.bss.ws.faults.NonUniqueBusinessKeyException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.vo.VOCategory;
import org.bss.ws.vo.VOService;

/**
 * SOAP face of the categories (ws-contract §2.9) at {@code /CategorizationService/BASIC}, over
 * {@link org.bss.tagging.CategorizationService}: anyone logged in reads a marketplace's categories, its owner saves
 * and deletes them in one transaction. {@code getServicesForCategory} answers the category's services its marketplace offers.
 */
@Stateless(name = "CategorizationService")
@WebService(
        name = "CategorizationService",
        serviceName = "CategorizationService",
        portName = "CategorizationServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles({Roles.LOGGED_IN, Roles.MARKETPLACE_OWNER})
@RolesAllowed(Roles.LOGGED_IN)
public class CategorizationService {

    @EJB
    private org.bss.tagging.CategorizationService categories;

    @EJB
    private IdentityService credentials;

    /** The marketplace's categories with their names in the locale; an unknown marketplace has none. */
    @WebMethod
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a refusal inside must not doom this call
    public List<VOCategory> getCategories(
            @WebParam(name = "marketplaceId") String marketplaceId, @WebParam(name = "locale") String locale) {
        String language = SoapLocales.language(locale);
        try {
            return categories.list(marketplaceId, language).stream()
                    .map(CategorizationService::toVO)
                    .toList();
        } catch (ObjectNotFoundException e) {
            return List.of();
        }
    }

    /**
     * Saves (key 0: creates on the VO's marketplace; else changes id and the name in the locale) and deletes (by key)
     * categories of marketplaces the caller owns, all or nothing.
     */
    @WebMethod
    @FaultTarget(objectClass = "CATEGORY")
    public void saveCategories(
            @WebParam(name = "toBeSaved") List<VOCategory> toBeSaved,
            @WebParam(name = "toBeDeleted") List<VOCategory> toBeDeleted,
            @WebParam(name = "locale") String locale)
            throws org.bss.ws.faults.ObjectNotFoundException, OperationNotPermittedException,
                    ConcurrentModificationException, ValidationException, NonUniqueBusinessKeyException {
        List<CategoryEdit> edits = toBeSaved == null
                ? List.of()
                : toBeSaved.stream()
                        .map(c -> new CategoryEdit(
                                c.getKey(), c.getVersion(), c.getMarketplaceId(), c.getCategoryId(), c.getName()))
                        .toList();
        List<Long> deletions = toBeDeleted == null
                ? List.of()
                : toBeDeleted.stream().map(VOCategory::getKey).toList();
        categories.save(edits, deletions, SoapLocales.language(locale));
    }

    /** The services in the category that its marketplace offers, texts in the caller's language; unknown: none. */
    @WebMethod
    public List<VOService> getServicesForCategory(@WebParam(name = "categoryKey") long categoryKey) {
        Locale caller = credentials.currentUser().locale();
        return categories.services(categoryKey).stream()
                .map(o -> ServiceMapper.fill(new VOService(), o.service(), o.technical(), caller))
                .toList();
    }

    static VOCategory toVO(CategoryView view) {
        VOCategory vo = new VOCategory();
        vo.setKey(view.key());
        vo.setVersion(view.version());
        vo.setCategoryId(view.categoryId());
        vo.setMarketplaceId(view.marketplaceId());
        vo.setName(view.name());
        return vo;
    }
}
