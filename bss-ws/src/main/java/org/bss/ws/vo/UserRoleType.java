package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code userRoleType} (ws-contract §4): the user roles of USR-4 on the wire. The constant names are the
 * values and equal BSS's role names ({@code org.bss.common.security.Roles}); the technical LOGGED_IN is never sent.
 */
@XmlType(name = "userRoleType")
@XmlEnum
public enum UserRoleType {
    SERVICE_MANAGER,
    TECHNOLOGY_MANAGER,
    ORGANIZATION_ADMIN,
    PLATFORM_OPERATOR,
    MARKETPLACE_OWNER,
    BROKER_MANAGER,
    RESELLER_MANAGER,
    SUBSCRIPTION_MANAGER
}
