package org.bss.web.resource.user;

/**
 * OpenAPI tags of the user endpoints, put on each method with name and description: Payara lists a class-level tag
 * once per class, but merges equal method-level tags, so each tag appears once in the document.
 */
final class ApiTags {

    static final String USERS = "users";
    static final String USERS_DESCRIPTION = "Users of an organization (its administrators, or the operator); oneself";
    static final String IMPORTS = "user-imports";
    static final String IMPORTS_DESCRIPTION = "CSV user import (App. F), running in the background";
    static final String RECOVERY = "password-recovery";
    static final String RECOVERY_DESCRIPTION = "\"Forgot password\": a one-time link by mail (unauthenticated)";

    private ApiTags() {}
}
