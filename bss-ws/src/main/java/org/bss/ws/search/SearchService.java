package org.bss.ws.search;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import org.bss.common.persistence.PageRequest;
import org.bss.common.security.Roles;
import org.bss.search.SearchRequest;
import org.bss.search.SearchSort;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.InvalidPhraseException;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.vo.ListCriteria;
import org.bss.ws.vo.Sorting;
import org.bss.ws.vo.VOServiceListResult;

/**
 * SOAP face of the search (ws-contract §2.12) at {@code /SearchService/BASIC}, over {@link org.bss.search.SearchService}:
 * the services on sale on a marketplace, in a locale. Like every BSS endpoint it needs a logged-in caller (the
 * original let anonymous visitors call it; REST's search is open to them).
 */
@Stateless(name = "SearchService")
@WebService(
        name = "SearchService",
        serviceName = "SearchService",
        portName = "SearchServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles(Roles.LOGGED_IN)
@RolesAllowed(Roles.LOGGED_IN)
public class SearchService {

    @EJB
    private org.bss.search.SearchService search;

    /**
     * A page of the marketplace's services: {@code categoryId} and {@code filter} (a tag) narrow it; sorted by name
     * (NAME_*; ACTIVATION_* sorts by name too until activation dates are indexed) or by the reviews' average rating
     * (RATING_DESCENDING best first; services without reviews last either way); a
     * {@code limit} of 0 or less is the default page size, more than 500 is 500.
     */
    @WebMethod
    public VOServiceListResult getServicesByCriteria(
            @WebParam(name = "marketplaceId") String marketplaceId,
            @WebParam(name = "locale") String locale,
            @WebParam(name = "listCriteria") ListCriteria listCriteria)
            throws ObjectNotFoundException {
        ListCriteria criteria = listCriteria == null ? new ListCriteria() : listCriteria;
        Sorting sorting = criteria.getSorting();
        boolean byRating = sorting == Sorting.RATING_ASCENDING || sorting == Sorting.RATING_DESCENDING;
        boolean descending = sorting != null && sorting.name().endsWith("_DESCENDING");
        return SearchResults.toVO(search.search(new SearchRequest(
                marketplaceId,
                null,
                language(locale),
                byRating ? SearchSort.RATING : SearchSort.NAME,
                byRating ? !descending : descending,
                page(criteria.getOffset(), criteria.getLimit()),
                criteria.getCategoryId(),
                criteria.getFilter())));
    }

    /** The marketplace's services that match every word of the phrase, most relevant first (at most 500). */
    @WebMethod
    public VOServiceListResult searchServices(
            @WebParam(name = "marketplaceId") String marketplaceId,
            @WebParam(name = "locale") String locale,
            @WebParam(name = "searchPhrase") String searchPhrase)
            throws InvalidPhraseException, ObjectNotFoundException {
        return SearchResults.toVO(search.search(new SearchRequest(
                marketplaceId,
                searchPhrase,
                language(locale),
                SearchSort.RELEVANCE,
                false,
                new PageRequest(0, PageRequest.MAX_LIMIT))));
    }

    static PageRequest page(int offset, int limit) {
        int size = limit <= 0 ? PageRequest.DEFAULT_LIMIT : Math.min(limit, PageRequest.MAX_LIMIT);
        return new PageRequest(Math.max(offset, 0), size);
    }

    /** The language of a locale such as {@code ja_JP}; none: English. */
    static String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return "en";
        }
        String tag = locale.strip().replace('_', '-');
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
