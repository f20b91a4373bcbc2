package org.bss.identity.ldap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bss.account.OrganizationDataValidator;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.identity.PlatformUser;

/**
 * How a directory entry becomes a BSS user (USR-6), pure: which entries can be users, which user fields the
 * settings map (those are read-only in BSS), and copying them onto a {@link PlatformUser}. LDAP is authoritative
 * for a mapped field: an attribute missing in the entry clears the field.
 */
public final class LdapUserMapping {

    /** Roles an import may give; the other roles of USR-4 are granted afterwards by the user administration. */
    public static final Set<String> IMPORT_ROLES = Set.of(Roles.ORGANIZATION_ADMIN, Roles.SUBSCRIPTION_MANAGER);

    static final int MAX_FIELD = 100;

    private static final Set<String> LOCALES = Set.of("en", "de", "ja");

    private LdapUserMapping() {}

    /** @return why the entry cannot become a BSS user, or empty when it can */
    public static Optional<LdapImportResult.Rejection> check(LdapUser u) {
        String uid = u.uid();
        try {
            // the user id rule of every surface (ORG-4; ':' would also break HTTP BASIC logins)
            OrganizationDataValidator.userId("userId", uid);
        } catch (ValidationException e) {
            return Optional.of(new LdapImportResult.Rejection(
                    uid,
                    "ldap.import.userId",
                    List.of(
                            uid,
                            String.valueOf(OrganizationDataValidator.USER_ID_MAX),
                            OrganizationDataValidator.USER_ID_FORBIDDEN)));
        }
        String[][] fields = {
            {"email", u.email()},
            {"firstName", u.firstName()},
            {"lastName", u.lastName()},
            {"additionalName", u.additionalName()}
        };
        for (String[] field : fields) {
            if (field[1] != null && field[1].length() > MAX_FIELD) {
                return Optional.of(new LdapImportResult.Rejection(
                        uid,
                        "ldap.import.tooLong",
                        List.of(uid, field[0], String.valueOf(MAX_FIELD), String.valueOf(field[1].length()))));
            }
        }
        return Optional.empty();
    }

    /** The user fields the settings take from LDAP (read-only for BSS): userId always, the others when mapped. */
    public static List<String> mappedFields(LdapSettings settings) {
        List<String> fields = new ArrayList<>(List.of("userId"));
        addIf(fields, settings, LdapSettings.ATTR_EMAIL, "email");
        addIf(fields, settings, LdapSettings.ATTR_FIRST_NAME, "firstName");
        addIf(fields, settings, LdapSettings.ATTR_LAST_NAME, "lastName");
        addIf(fields, settings, LdapSettings.ATTR_ADDITIONAL_NAME, "additionalName");
        addIf(fields, settings, LdapSettings.ATTR_LOCALE, "locale");
        return fields;
    }

    private static void addIf(List<String> fields, LdapSettings settings, String key, String field) {
        if (settings.value(key) != null) {
            fields.add(field);
        }
    }

    /** Copies the mapped fields of the entry (checked by {@link #check}) onto the user. */
    public static void apply(LdapUser u, LdapSettings settings, PlatformUser user) {
        if (settings.value(LdapSettings.ATTR_EMAIL) != null) {
            user.setEmail(u.email());
        }
        if (settings.value(LdapSettings.ATTR_FIRST_NAME) != null) {
            user.setFirstName(u.firstName());
        }
        if (settings.value(LdapSettings.ATTR_LAST_NAME) != null) {
            user.setLastName(u.lastName());
        }
        if (settings.value(LdapSettings.ATTR_ADDITIONAL_NAME) != null) {
            user.setAdditionalName(u.additionalName());
        }
        language(u.locale()).ifPresent(user::setLocale);
    }

    /**
     * The BSS language of an LDAP locale value ("ja", "de_DE", "en-US"): en, de or ja, else empty (the user keeps
     * the organization's language).
     */
    public static Optional<String> language(String ldapLocale) {
        if (ldapLocale == null || ldapLocale.isBlank()) {
            return Optional.empty();
        }
        String language =
                Locale.forLanguageTag(ldapLocale.strip().replace('_', '-')).getLanguage();
        return LOCALES.contains(language) ? Optional.of(language) : Optional.empty();
    }
}
