package org.bss.identity.ldap;

/**
 * A person entry of the directory as BSS reads it: the user id (value of LDAP_ATTR_UID), the entry's DN and the
 * mapped attributes of App. C (null when the key is not set or the entry lacks the attribute).
 */
public record LdapUser(
        String uid, String dn, String email, String firstName, String lastName, String additionalName, String locale) {}
