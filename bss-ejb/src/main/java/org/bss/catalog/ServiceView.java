package org.bss.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A service as its supplier sees it: identity, technical service, status, version (optimistic locking), texts per
 * locale and parameter settings.
 */
public record ServiceView(
        long key,
        String serviceId,
        ServiceStatus status,
        long technicalServiceKey,
        String technicalServiceId,
        String supplierId,
        boolean autoAssignUser,
        int version,
        Instant updatedAt,
        List<ServiceTexts> texts,
        List<ParameterSetting> parameters) {

    public static ServiceView of(MarketableService s, String supplierId) {
        return new ServiceView(
                s.getKey(),
                s.getServiceId(),
                s.getStatus(),
                s.getTechnicalService().getKey(),
                s.getTechnicalService().getTsId(),
                supplierId,
                s.isAutoAssignUser(),
                s.getVersion(),
                s.getUpdatedAt(),
                s.allTexts(),
                s.parameters());
    }
}
