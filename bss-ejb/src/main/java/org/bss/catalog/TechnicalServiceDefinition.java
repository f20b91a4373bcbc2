package org.bss.catalog;

import java.util.List;

/**
 * A technical service as a technology provider defines it in a technical-services file (format 1.9): how the
 * application is reached and provisioned, and what services built on it may use — parameters, events, roles and
 * operations, with their texts.
 */
public record TechnicalServiceDefinition(
        String id,
        String build,
        AccessType accessType,
        Provisioning provisioning,
        String baseUrl,
        String loginPath,
        boolean onlyOneSubscriptionPerUser,
        boolean allowingOnBehalfActing,
        String billingIdentifier,
        Texts texts,
        List<ParameterDefinition> parameters,
        List<EventDefinition> events,
        List<RoleDefinition> roles,
        List<OperationDefinition> operations) {

    public TechnicalServiceDefinition {
        parameters = List.copyOf(parameters);
        events = List.copyOf(events);
        roles = List.copyOf(roles);
        operations = List.copyOf(operations);
    }

    /** How a subscriber reaches the application (the format's accessType). */
    public enum AccessType {
        DIRECT,
        LOGIN,
        USER,
        EXTERNAL
    }

    /** How BSS provisions subscriptions: the application's provisioning endpoint; all optional. */
    public record Provisioning(
            String type, String url, String version, Long timeout, String username, String password) {}

    /** The service's texts: access information, descriptions, licenses and tags, each per language. */
    public record Texts(
            List<LocalizedText> accessInfo,
            List<LocalizedText> descriptions,
            List<LocalizedText> licenses,
            List<LocalizedText> tags) {

        public Texts {
            accessInfo = List.copyOf(accessInfo);
            descriptions = List.copyOf(descriptions);
            licenses = List.copyOf(licenses);
            tags = List.copyOf(tags);
        }
    }
}
