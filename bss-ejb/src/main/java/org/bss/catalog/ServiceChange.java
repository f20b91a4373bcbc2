package org.bss.catalog;

import java.util.List;

/**
 * A change of an inactive service's definition: its id, its texts in one locale, whether subscribing assigns the
 * subscriber, and its parameter settings (those left out return to the definition's default).
 */
public record ServiceChange(
        String serviceId, ServiceTexts texts, boolean autoAssignUser, List<ParameterSetting> parameters) {

    public ServiceChange {
        ServiceIds.check(serviceId);
        parameters = List.copyOf(parameters);
    }
}
