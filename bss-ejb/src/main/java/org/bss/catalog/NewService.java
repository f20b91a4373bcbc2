package org.bss.catalog;

import java.util.List;

/**
 * A service as a supplier defines it (SVC-2): on which technical service (by key), its id, its texts in one locale,
 * whether subscribing assigns the subscriber, and parameter settings (those left out keep the definition's default).
 */
public record NewService(
        long technicalServiceKey,
        String serviceId,
        ServiceTexts texts,
        boolean autoAssignUser,
        List<ParameterSetting> parameters) {

    public NewService {
        ServiceIds.check(serviceId);
        parameters = List.copyOf(parameters);
    }
}
