package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code organizationRoleType} (ws-contract §4): the organization roles on the wire, the same names as BSS's. */
@XmlType(name = "organizationRoleType")
@XmlEnum
public enum OrganizationRoleType {
    MARKETPLACE_OWNER,
    PLATFORM_OPERATOR,
    TECHNOLOGY_PROVIDER,
    SUPPLIER,
    CUSTOMER,
    BROKER,
    RESELLER
}
