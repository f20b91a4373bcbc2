package org.bss.catalog;

import java.util.List;

/** A usage event the application reports, which price models may charge. */
public record EventDefinition(String id, List<LocalizedText> descriptions) {

    public EventDefinition {
        descriptions = List.copyOf(descriptions);
    }
}
