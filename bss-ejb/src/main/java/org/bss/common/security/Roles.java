package org.bss.common.security;

/**
 * User roles of App. G / USR-4 as Jakarta security roles (the realm's groups map to roles of the same
 * name). {@link #LOGGED_IN} is given to every authenticated user, for operations any user may call.
 */
public final class Roles {
    public static final String ORGANIZATION_ADMIN = "ORGANIZATION_ADMIN";
    public static final String SUBSCRIPTION_MANAGER = "SUBSCRIPTION_MANAGER";
    public static final String PLATFORM_OPERATOR = "PLATFORM_OPERATOR";
    public static final String MARKETPLACE_OWNER = "MARKETPLACE_OWNER";
    public static final String SERVICE_MANAGER = "SERVICE_MANAGER";
    public static final String TECHNOLOGY_MANAGER = "TECHNOLOGY_MANAGER";
    public static final String BROKER_MANAGER = "BROKER_MANAGER";
    public static final String RESELLER_MANAGER = "RESELLER_MANAGER";
    public static final String LOGGED_IN = "LOGGED_IN";

    private Roles() {}
}
