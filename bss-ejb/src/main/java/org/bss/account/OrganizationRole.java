package org.bss.account;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.bss.common.ValidationException;

/**
 * Organization roles of ORG-1. Every organization is implicitly a customer, so CUSTOMER is no constant here.
 * PLATFORM_OPERATOR belongs only to the operator organization (setup) and MARKETPLACE_OWNER comes only with
 * owning a marketplace (ORG-2); neither can be granted through create/add-role.
 */
public enum OrganizationRole {
    PLATFORM_OPERATOR(false),
    TECHNOLOGY_PROVIDER(true),
    SUPPLIER(true),
    RESELLER(true),
    BROKER(true),
    MARKETPLACE_OWNER(false);

    private final boolean grantable;

    OrganizationRole(boolean grantable) {
        this.grantable = grantable;
    }

    /** Whether an operator may grant this role by createorganization / addorganizationtorole. */
    public boolean isGrantable() {
        return grantable;
    }

    /** The roles an operator may grant, comma-separated, for messages. */
    public static String grantableNames() {
        return Arrays.stream(values())
                .filter(OrganizationRole::isGrantable)
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    /**
     * Parses a role name exactly (case-sensitive, as the guide writes it).
     *
     * @param field the key or parameter the name came from, for the message
     * @throws ValidationException account.role.unknown when it is no role
     */
    public static OrganizationRole parse(String field, String name) {
        for (OrganizationRole role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        throw new ValidationException("account.role.unknown", field, String.valueOf(name), grantableNames());
    }
}
