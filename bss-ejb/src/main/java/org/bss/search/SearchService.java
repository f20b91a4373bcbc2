package org.bss.search;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.persistence.Page;
import org.bss.common.security.Roles;
import org.bss.marketplace.Marketplaces;

/**
 * Searching the services on sale on a marketplace (anyone, anonymous visitors too, as in the original's public
 * marketplace catalog), and rebuilding the index from the database (the operator).
 */
@Stateless
public class SearchService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private SearchIndex index;

    @EJB
    private IndexerQueue queue;

    /** @throws ObjectNotFoundException no such marketplace */
    @PermitAll
    public Page<ServiceHit> search(SearchRequest request) {
        if (Marketplaces.find(em, request.marketplaceId()).isEmpty()) {
            throw new ObjectNotFoundException("marketplace.notFound", String.valueOf(request.marketplaceId()));
        }
        return index.search(request);
    }

    /** Asks the indexer to rebuild the whole index from the database (after this transaction commits). */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public void rebuild() {
        queue.send(IndexMessage.rebuild());
    }
}
