package org.bss.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ordered name/value pairs of one audit entry (AUD-2), rendered {@code name=value|name=value}. Insertion order
 * is kept; values are written as stored (old values are not logged). Helpers render the guide's fixed forms:
 * {@link #onOff} ON/OFF, {@link #yesNo} YES/NO, {@link #list} comma lists.
 * <p>
 * Escaping, so that an entry always splits back into its pairs: in a value, {@code \} is written {@code \\} and
 * {@code |} is written {@code \|}; line breaks become spaces (one entry, one line). {@code =} is not escaped: a
 * pair splits at its first {@code =}, and names may contain neither {@code =}, {@code |} nor white space.
 * A null value is written empty ({@code name=}).
 * <pre>
 *   audit.record(AuditOperation.LOCK_USER, AuditPairs.of("user", user.getUserId()));
 * </pre>
 */
public final class AuditPairs {

    private final List<Map.Entry<String, String>> pairs = new ArrayList<>();

    public AuditPairs() {}

    /** Pairs starting with one name and value. */
    public static AuditPairs of(String name, Object value) {
        return new AuditPairs().add(name, value);
    }

    /** The three pairs every entry starts with (AUD-2): userId, orgId, orgName. */
    static AuditPairs caller(String userId, String orgId, String orgName) {
        return new AuditPairs().add("userId", userId).add("orgId", orgId).add("orgName", orgName);
    }

    /** Appends a pair; the value as {@link String#valueOf(Object)}, null as empty. */
    public AuditPairs add(String name, Object value) {
        pairs.add(Map.entry(checkName(name), value == null ? "" : String.valueOf(value)));
        return this;
    }

    /** Appends a flag as ON or OFF (e.g. boolean parameter options, D.2.8). */
    public AuditPairs onOff(String name, boolean value) {
        return add(name, value ? "ON" : "OFF");
    }

    /** Appends a flag as YES or NO (e.g. autoAssignUser, D.3.9). */
    public AuditPairs yesNo(String name, boolean value) {
        return add(name, value ? "YES" : "NO");
    }

    /** Appends a collection as a comma-separated list in its iteration order (e.g. listOfCategories, D.3.3). */
    public AuditPairs list(String name, Collection<?> values) {
        return add(
                name, values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /** Appends all pairs of another instance, in their order. */
    public AuditPairs addAll(AuditPairs other) {
        if (other != null) {
            other.pairs.forEach(p -> pairs.add(Map.entry(p.getKey(), p.getValue())));
        }
        return this;
    }

    /** The pairs in insertion order (unescaped values). */
    public List<Map.Entry<String, String>> entries() {
        return Collections.unmodifiableList(pairs);
    }

    /** The entry text {@code name=value|name=value} with escaped values. */
    public String text() {
        return pairs.stream().map(p -> p.getKey() + "=" + escape(p.getValue())).collect(Collectors.joining("|"));
    }

    @Override
    public String toString() {
        return text();
    }

    /** Escapes a value: backslash and vertical bar get a backslash, line breaks become spaces. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '|' -> out.append("\\|");
                case '\r', '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text cut to at most {@code max} characters, ending in "..." when cut, never in the middle of an escape
     * sequence (the pairs column holds {@value AuditEntry#PAIRS_LENGTH} characters).
     */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 3;
        int backslashes = 0;
        for (int i = end - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        if (backslashes % 2 == 1) {
            end--;
        }
        return text.substring(0, end) + "...";
    }

    private static String checkName(String name) {
        if (name == null
                || name.isEmpty()
                || name.chars().anyMatch(c -> c == '=' || c == '|' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException(
                    "audit pair name must be non-empty without '=', '|' or white space: " + name);
        }
        return name;
    }
}
