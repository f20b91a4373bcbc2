package org.bss.catalog;

import java.util.List;

/** A role of the application that subscription users can be given, which price models may charge. */
public record RoleDefinition(String id, List<LocalizedText> names, List<LocalizedText> descriptions) {

    public RoleDefinition {
        names = List.copyOf(names);
        descriptions = List.copyOf(descriptions);
    }
}
