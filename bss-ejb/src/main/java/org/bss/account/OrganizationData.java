package org.bss.account;

/**
 * The organization fields of table 5.2 (org.properties organization.*), as given; validated by
 * {@link OrganizationDataValidator}. Roles, marketplace id, revenue share and settings are separate (ORG-5).
 */
public record OrganizationData(
        String name,
        String email,
        String address,
        String phone,
        String url,
        String description,
        String domicile,
        String locale) {}
