package org.bss.audit;

import java.util.List;

/**
 * Every audited operation (AUD-2) with its unique id in 30000–39999 and its name as written in the export.
 * App. D fixes two ids (Subscribe to service 30000, Define service 30090); BSS assigns the others. The
 * organization and user operations of BSS itself use 39000–39099, which App. D does not use. {@link #pairs()}
 * names the pairs a caller adds after {@code userId}, {@code orgId}, {@code orgName} (group pairs, then the
 * operation's pairs, in this order); the published table is {@code docs/audit.md}.
 * <p>
 * Ids are forever: never renumber or reuse one, only add.
 */
public enum AuditOperation {

    // D.2 operations of administrators (group pairs serviceId, serviceName, subscriptionName)
    SUBSCRIBE_TO_SERVICE(30000, "Subscribe to service", "serviceId", "serviceName", "subscriptionName"),

    // D.3 operations of suppliers (group pairs serviceId, serviceName)
    DEFINE_SERVICE(
            30090,
            "Define service",
            "serviceId",
            "serviceName",
            "technServiceName",
            "shortDescription",
            "description",
            "locale",
            "autoAssignUser"),
    // ids 30091–30104 as the original product numbers its service operations (the others come with their features)
    SET_SERVICE_PUBLIC(30091, "Set service as public", "serviceId", "serviceName", "public"),
    ASSIGN_SERVICE_TO_MARKETPLACE(
            30092, "Assign service to marketplace", "serviceId", "serviceName", "marketplaceId", "marketplaceName"),
    ASSIGN_CATEGORIES(30095, "Assign categories", "serviceId", "serviceName", "listOfCategories"),
    UPDATE_SERVICE(
            30096,
            "Update service",
            "serviceId",
            "serviceName",
            "shortDescription",
            "description",
            "locale",
            "autoAssignUser"),
    UPDATE_SERVICE_PARAMETER(
            30097,
            "Update service parameter",
            "serviceId",
            "serviceName",
            "parameterName",
            "userOption",
            "parameterValue"),
    LOCALIZE_SERVICE(
            30098, "Localize service", "serviceId", "serviceName", "shortDescription", "description", "locale"),
    COPY_SERVICE(30099, "Copy service", "serviceId", "serviceName", "copyId", "copyName"),
    DELETE_SERVICE(30100, "Delete service", "serviceId", "serviceName"),
    DEFINE_UPGRADE_OPTIONS(
            30101, "Define up/downgrade options", "serviceId", "serviceName", "targetId", "targetName", "upDownGrade"),
    ACTIVATE_DEACTIVATE_SERVICE(
            30102,
            "Activate/deactivate service",
            "serviceId",
            "serviceName",
            "marketplaceId",
            "marketplaceName",
            "activation",
            "inCatalog"),

    // D.3.13–43 price models of services, with the ids the original product gives them
    EDIT_EVENT_PRICE_IN_SERVICE_PRICE_MODEL(
            30032,
            "Edit event price in service price model",
            "serviceId",
            "serviceName",
            "currency",
            "eventName",
            "range",
            "action",
            "price"),
    EDIT_PRICE_PER_SUBSCRIPTION_PARAMETER_IN_SERVICE_PRICE_MODEL(
            30035,
            "Edit price per subscription parameter in service price model",
            "serviceId",
            "serviceName",
            "currency",
            "parameterName",
            "range",
            "action",
            "optionName",
            "price"),
    EDIT_PRICE_PER_USER_PARAMETER_IN_SERVICE_PRICE_MODEL(
            30044,
            "Edit price per user parameter in service price model",
            "serviceId",
            "serviceName",
            "currency",
            "parameterName",
            "optionName",
            "price"),
    EDIT_PRICE_PER_USER_ROLE_PARAMETER_IN_SERVICE_PRICE_MODEL(
            30050,
            "Edit price per user role parameter in service price model",
            "serviceId",
            "serviceName",
            "currency",
            "timeUnit",
            "userRole",
            "parameterName",
            "optionName",
            "price"),
    EDIT_SERVICE_PRICE_MODEL(
            30051,
            "Edit service price model",
            "serviceId",
            "serviceName",
            "currency",
            "timeUnit",
            "calculationMode",
            "trialPeriod",
            "daysOfTrial"),
    EDIT_RECURRING_CHARGE_FOR_SUBSCRIPTION_IN_SERVICE_PRICE_MODEL(
            30054,
            "Edit recurring charge for subscription in service price model",
            "serviceId",
            "serviceName",
            "currency",
            "timeUnit",
            "oneTimeFee",
            "recurringCharge"),
    EDIT_SERVICE_ROLE_PRICES_FOR_SERVICE_PRICE_MODEL(
            30057,
            "Edit service role prices for service price model",
            "serviceId",
            "serviceName",
            "currency",
            "timeUnit",
            "userRole",
            "price"),
    EDIT_PRICE_MODEL_TYPE_TO_FREE_OF_CHARGE_FOR_SERVICE(
            30062, "Edit price model type to free of charge for service", "serviceId", "serviceName"),
    EDIT_RECURRING_CHARGE_FOR_USERS_IN_SERVICE_PRICE_MODEL(
            30065,
            "Edit recurring charge for users in service price model",
            "serviceId",
            "serviceName",
            "currency",
            "timeUnit",
            "range",
            "action",
            "recurringCharge"),
    EDIT_ONE_TIME_FEE_IN_SERVICE_PRICE_MODEL(
            30070,
            "Edit one time fee in service price model",
            "serviceId",
            "serviceName",
            "currency",
            "timeUnit",
            "oneTimeFee"),
    LOCALIZE_PRICE_MODEL_FOR_SERVICE(
            30072, "Localize price model for service", "serviceId", "serviceName", "locale", "description", "license"),

    // D.3.11 and the C variants of D.3.13–39: price models of customers, with the ids the original product gives them
    DELETE_CUSTOMER_PRICE_MODEL(
            30069, "Delete customer price model", "serviceId", "serviceName", "customerKey", "customerName"),
    EDIT_EVENT_PRICE_IN_CUSTOMER_PRICE_MODEL(
            30031,
            "Edit event price in customer price model",
            "serviceId",
            "serviceName",
            "customerKey",
            "customerName",
            "currency",
            "eventName",
            "range",
            "action",
            "price"),
    EDIT_PRICE_PER_SUBSCRIPTION_PARAMETER_IN_CUSTOMER_PRICE_MODEL(
            30034,
            "Edit price per subscription parameter in customer price model",
            "serviceId",
            "serviceName",
            "customerKey",
            "customerName",
            "currency",
            "parameterName",
            "range",
            "action",
            "optionName",
            "price"),
    EDIT_PRICE_PER_USER_PARAMETER_IN_CUSTOMER_PRICE_MODEL(
            30043,
            "Edit price per user parameter in customer price model",
            "serviceId",
            "serviceName",
            "customerKey",
            "customerName",
            "currency",
            "parameterName",
            "optionName",
            "price"),
    EDIT_PRICE_PER_USER_ROLE_PARAMETER_IN_CUSTOMER_PRICE_MODEL(
            30049,
            "Edit price per user role parameter in customer price model",
            "serviceId",
            "serviceName",
            "customerKey",
            "customerName",
            "currency",
            "timeUnit",
            "userRole",
            "parameterName",
            "optionName",
            "price"),
    EDIT_CUSTOMER_PRICE_MODEL(
            30052,
            "Edit customer price model",
            "serviceId",
            "serviceName",
            "customerKey",
            "customerName",
            "currency",
            "timeUnit",
            "calculationMode",
            "trialPeriod",
            "daysOfTrial"),
    EDIT_RECURRING_CHARGE_FOR_SUBSCRIPTION_IN_CUSTOMER_PRICE_MODEL(
            30055,
            "Edit recurring charge for subscription in customer price model",
            "serviceId",
            "serviceName",
            "customerKey",
            "customerName",
            "currency",
            "timeUnit",
            "oneTimeFee",
            "recurringCharge"),
    EDIT_SERVICE_ROLE_PRICES_FOR_CUSTOMER_PRICE_MODEL(
            30058,
            "Edit service role prices for customer price model",
            "serviceId",
            "serviceName",
            "customerKey",
            "customerName",
            "currency",
            "timeUnit",
            "userRole",
            "price"),
    EDIT_PRICE_MODEL_TYPE_TO_FREE_OF_CHARGE_FOR_CUSTOMER(
            30061,
            "Edit price model type to free of charge for customer",
            "serviceId",
            "serviceName",
            "customerKey",
            "customerName"),
    EDIT_RECURRING_CHARGE_FOR_USERS_IN_CUSTOMER_PRICE_MODEL(
            30064,
            "Edit recurring charge for users in customer price model",
            "serviceId",
            "serviceName",
            "customerKey",
            "customerName",
            "currency",
            "timeUnit",
            "range",
            "action",
            "recurringCharge"),
    EDIT_ONE_TIME_FEE_IN_CUSTOMER_PRICE_MODEL(
            30071,
            "Edit one time fee in customer price model",
            "serviceId",
            "serviceName",
            "customerKey",
            "customerName",
            "currency",
            "timeUnit",
            "oneTimeFee"),

    // BSS: organizations
    CREATE_ORGANIZATION(
            39000, "Create organization", "organizationId", "organizationName", "organizationRoles", "email", "locale"),
    UPDATE_ORGANIZATION(39001, "Update organization", "organizationId", "organizationName", "email", "locale"),
    ADD_ORGANIZATION_ROLE(39002, "Add organization role", "organizationId", "organizationName", "organizationRole"),
    SET_DISTINGUISHED_NAME(39003, "Set distinguished name", "organizationId", "organizationName", "distinguishedName"),
    ADD_PAYMENT_TYPES(39004, "Add payment types", "organizationId", "organizationName", "paymentTypes"),
    DELETE_UNCONFIRMED_ORGANIZATION(
            39005, "Delete unconfirmed organization", "organizationId", "organizationName", "deletedUsers"),

    // BSS: users
    CREATE_USER(39010, "Create user", "user", "email", "userRoles", "locale"),
    UPDATE_USER(39011, "Update user", "user", "email", "firstName", "lastName", "locale"),
    DELETE_USER(39012, "Delete user", "user"),
    CHANGE_USER_ROLES(39013, "Change user roles", "user", "userRoles"),
    LOCK_USER(39014, "Lock user", "user"),
    UNLOCK_USER(39015, "Unlock user", "user"),
    RESET_PASSWORD(39016, "Reset password", "user"),
    IMPORT_USERS(39017, "Import users", "organizationId", "organizationName", "importedUsers", "rejectedRows");

    /** Lowest and highest id the guide allows (App. D). */
    public static final int MIN_ID = 30000;

    public static final int MAX_ID = 39999;

    private final int id;
    private final String operationName;
    private final List<String> pairs;

    AuditOperation(int id, String operationName, String... pairs) {
        this.id = id;
        this.operationName = operationName;
        this.pairs = List.of(pairs);
    }

    /** The log message id (30000–39999). */
    public int id() {
        return id;
    }

    /** The operation name of the export line, e.g. "Define service". */
    public String operationName() {
        return operationName;
    }

    /** Names of the pairs that follow userId, orgId, orgName, in order (documentation; not enforced). */
    public List<String> pairs() {
        return pairs;
    }

    /** @return the operation with this id, or null */
    public static AuditOperation byId(int id) {
        for (AuditOperation op : values()) {
            if (op.id == id) {
                return op;
            }
        }
        return null;
    }
}
