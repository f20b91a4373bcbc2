package org.bss.identity.ldap;

import java.util.ArrayList;
import java.util.List;

/** Builds the search filters, escaping values as RFC 4515 requires: nothing a user types can change a filter. */
final class LdapFilter {

    private LdapFilter() {}

    /** {@code (attribute=value)} matching the value exactly. */
    static String equalTo(String attribute, String value) {
        return "(" + attribute + "=" + escape(value) + ")";
    }

    /**
     * {@code (attribute=pattern)} where {@code *} in the pattern stays a wildcard and everything else is literal; a
     * null or blank pattern matches every entry that has the attribute.
     */
    static String like(String attribute, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return "(" + attribute + "=*)";
        }
        List<String> parts = new ArrayList<>();
        for (String part : pattern.strip().split("\\*", -1)) {
            parts.add(escape(part));
        }
        String body = String.join("*", parts).replaceAll("\\*{2,}", "*");
        return "(" + attribute + "=" + body + ")";
    }

    /** RFC 4515 section 3: {@code * ( ) \ NUL} as {@code \XX}; other characters (UTF-8 ones too) as they are. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '*' -> out.append("\\2a");
                case '(' -> out.append("\\28");
                case ')' -> out.append("\\29");
                case '\\' -> out.append("\\5c");
                case '\0' -> out.append("\\00");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
