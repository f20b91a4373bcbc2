package org.bss.account;

/** The first administrator of a new organization (org.properties user.*, table 5.2). */
public record AdminUserData(String userId, String email, String firstName, String lastName, String additionalName,
        String address, String phone, String locale, String salutation) {
}
