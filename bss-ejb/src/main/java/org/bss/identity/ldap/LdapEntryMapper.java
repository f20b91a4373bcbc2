package org.bss.identity.ldap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchResult;

/** Reads the attributes that App. C maps (LDAP_ATTR_*) from a search result into an {@link LdapUser}. */
final class LdapEntryMapper {

    private final LdapSettings settings;

    LdapEntryMapper(LdapSettings settings) {
        this.settings = settings;
    }

    /** The attributes to ask the server for: the user id and every mapped one. */
    String[] attributes() {
        Set<String> names = new LinkedHashSet<>();
        for (String key : List.of(
                LdapSettings.ATTR_UID,
                LdapSettings.ATTR_EMAIL,
                LdapSettings.ATTR_FIRST_NAME,
                LdapSettings.ATTR_LAST_NAME,
                LdapSettings.ATTR_ADDITIONAL_NAME,
                LdapSettings.ATTR_LOCALE)) {
            String name = settings.value(key);
            if (name != null) {
                names.add(name);
            }
        }
        return new ArrayList<>(names).toArray(String[]::new);
    }

    /** @return the user, or empty for an entry without a user id (it cannot become a BSS user) */
    Optional<LdapUser> map(SearchResult entry) throws NamingException {
        Attributes attrs = entry.getAttributes();
        String uid = text(attrs, settings.uidAttribute());
        if (uid == null) {
            return Optional.empty();
        }
        return Optional.of(new LdapUser(
                uid,
                entry.getNameInNamespace(),
                mapped(attrs, LdapSettings.ATTR_EMAIL),
                mapped(attrs, LdapSettings.ATTR_FIRST_NAME),
                mapped(attrs, LdapSettings.ATTR_LAST_NAME),
                mapped(attrs, LdapSettings.ATTR_ADDITIONAL_NAME),
                mapped(attrs, LdapSettings.ATTR_LOCALE)));
    }

    private String mapped(Attributes attrs, String key) throws NamingException {
        String name = settings.value(key);
        return name == null ? null : text(attrs, name);
    }

    /** The first text value of an attribute; binary values and blanks count as absent. */
    private static String text(Attributes attrs, String name) throws NamingException {
        Attribute attribute = attrs.get(name);
        if (attribute == null || attribute.size() == 0) {
            return null;
        }
        Object value = attribute.get();
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
