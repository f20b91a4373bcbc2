package org.bss.search;

import java.util.Locale;

/**
 * What the indexer queue carries, as text: {@code reindex service <key>}, {@code remove service <key>} or
 * {@code rebuild}. Every message is idempotent and order-insensitive: the consumer reads the service's current state
 * from the database, so a message says only which service to look at again ({@code remove} is a reindex whose service
 * is known to be gone).
 */
public record IndexMessage(Kind kind, long serviceKey) {

    public enum Kind {
        REINDEX("reindex service"),
        REMOVE("remove service"),
        REBUILD("rebuild");

        private final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    public static IndexMessage reindex(long serviceKey) {
        return new IndexMessage(Kind.REINDEX, serviceKey);
    }

    public static IndexMessage remove(long serviceKey) {
        return new IndexMessage(Kind.REMOVE, serviceKey);
    }

    public static IndexMessage rebuild() {
        return new IndexMessage(Kind.REBUILD, 0);
    }

    public String text() {
        return kind == Kind.REBUILD ? kind.text : kind.text + " " + serviceKey;
    }

    /** @throws IllegalArgumentException not a message of the indexer queue */
    public static IndexMessage parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals(Kind.REBUILD.text)) {
            return rebuild();
        }
        for (Kind kind : new Kind[] {Kind.REINDEX, Kind.REMOVE}) {
            if (t.startsWith(kind.text + " ")) {
                try {
                    return new IndexMessage(
                            kind,
                            Long.parseLong(t.substring(kind.text.length() + 1).strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not an indexer message: " + text, e);
                }
            }
        }
        throw new IllegalArgumentException("not an indexer message: " + text);
    }
}
