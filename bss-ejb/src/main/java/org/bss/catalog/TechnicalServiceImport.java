package org.bss.catalog;

import java.util.List;

/** What an import did: the ids of the technical services it created and of those whose definition it replaced. */
public record TechnicalServiceImport(List<String> created, List<String> updated) {

    public TechnicalServiceImport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
    }
}
