package org.bss.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import org.bss.catalog.ServiceListingChanged;

/**
 * Turns the catalog's and the marketplace's {@link ServiceListingChanged} into indexer messages, synchronously in the
 * writing transaction, so that the (XA) message is sent only if that transaction commits.
 */
@Stateless
@PermitAll
public class ListingChanges {

    @EJB
    private IndexerQueue queue;

    public void onChange(@Observes ServiceListingChanged change) {
        queue.send(
                change.deleted()
                        ? IndexMessage.remove(change.serviceKey())
                        : IndexMessage.reindex(change.serviceKey()));
    }
}
