package org.bss.web.resource.ldap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bss.identity.ldap.LdapConnectionCheck;
import org.bss.identity.ldap.LdapImportResult;
import org.bss.identity.ldap.LdapSearchResult;
import org.bss.identity.ldap.LdapUser;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON bodies of the LDAP endpoints (USR-6, App. C); the settings themselves are a plain map of App. C keys. */
public final class LdapDto {

    private LdapDto() {}

    @Schema(name = "LdapConnectionTest")
    public static class ConnectionTest {
        public boolean ok;

        @Schema(
                example = "ldap.connect.unreachable",
                description = "Message key of the outcome (ldap.connect.*, ldap.settings.*)")
        public String messageKey;

        @Schema(description = "The outcome in the Accept-Language language (en, de, ja)")
        public String message;

        static ConnectionTest of(LdapConnectionCheck check, Locale locale) {
            ConnectionTest t = new ConnectionTest();
            t.ok = check.ok();
            t.messageKey = check.messageKey();
            t.message = check.message(locale);
            return t;
        }
    }

    @Schema(name = "LdapUser", description = "A directory entry as BSS maps it (null: not mapped or not in the entry)")
    public static class User {
        public String uid;
        public String email;
        public String firstName;
        public String lastName;
        public String additionalName;
        public String locale;

        static User of(LdapUser entry) {
            User u = new User();
            u.uid = entry.uid();
            u.email = entry.email();
            u.firstName = entry.firstName();
            u.lastName = entry.lastName();
            u.additionalName = entry.additionalName();
            u.locale = entry.locale();
            return u;
        }
    }

    @Schema(name = "LdapSearchResult")
    public static class SearchResult {
        public List<User> users;

        @Schema(description = "More entries matched than LDAP_SEARCH_LIMIT allows: narrow the pattern")
        public boolean truncated;

        static SearchResult of(LdapSearchResult result) {
            SearchResult r = new SearchResult();
            r.users = result.users().stream().map(User::of).toList();
            r.truncated = result.truncated();
            return r;
        }
    }

    @Schema(name = "LdapUserImportRequest")
    public static class ImportRequest {
        @Schema(
                required = true,
                description = "User ids (values of LDAP_ATTR_UID) to import",
                example = "[\"jane.smith\"]")
        public List<String> uids;

        @Schema(description = "Roles every imported user gets (ORGANIZATION_ADMIN and the organization's user roles)")
        public List<String> roles;
    }

    @Schema(name = "LdapUserImportResult")
    public static class ImportResult {
        public List<String> imported;
        public List<Rejection> rejected;

        static ImportResult of(LdapImportResult result, Locale locale) {
            ImportResult r = new ImportResult();
            r.imported = result.imported();
            r.rejected =
                    result.rejected().stream().map(x -> Rejection.of(x, locale)).toList();
            return r;
        }
    }

    @Schema(name = "LdapUserImportRejection")
    public static class Rejection {
        public String uid;

        @Schema(example = "ldap.import.notFound")
        public String messageKey;

        @Schema(description = "The reason in the Accept-Language language")
        public String message;

        static Rejection of(LdapImportResult.Rejection rejection, Locale locale) {
            Rejection r = new Rejection();
            r.uid = rejection.uid();
            r.messageKey = rejection.messageKey();
            r.message = rejection.message(locale);
            return r;
        }
    }

    /** App. C keys to values as the services take them: a null value is a key not set, so it is left out. */
    static Map<String, String> settings(Map<String, String> json) {
        Map<String, String> values = new LinkedHashMap<>();
        json.forEach((key, value) -> {
            if (value != null) {
                values.put(key, value);
            }
        });
        return values;
    }
}
