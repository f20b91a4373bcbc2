package org.bss.search;

import jakarta.persistence.EntityManager;

/**
 * Carries out an {@link IndexMessage} on an index: re-reads the named service (or, for a rebuild, every listed one)
 * from the database, while no other write to the index runs, and puts, removes or replaces accordingly. So the last
 * write always reflects the last committed state, whatever the order the messages arrive in.
 */
final class IndexUpdates {

    private IndexUpdates() {}

    static void apply(ServiceIndex index, EntityManager em, IndexMessage message) {
        index.write(() -> {
            switch (message.kind()) {
                case REBUILD -> index.replaceAll(ServiceListings.all(em));
                case REINDEX, REMOVE ->
                    ServiceListings.of(em, message.serviceKey())
                            .ifPresentOrElse(index::put, () -> index.remove(message.serviceKey()));
            }
        });
    }
}
