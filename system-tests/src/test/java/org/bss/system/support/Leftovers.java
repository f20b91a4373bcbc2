package org.bss.system.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fixture rows of one kind that an aborted run (kill -9) left behind: a key in the fixtures' range, an id with the
 * fixtures' prefix, created more than a day ago. Removed once per run, before the first fixture of the kind.
 */
public final class Leftovers {

    /** Deletes one fixture row and what hangs on it. */
    @FunctionalInterface
    public interface Deletion {
        void delete(Connection connection, long key) throws SQLException;
    }

    private final AtomicBoolean removed = new AtomicBoolean();
    private final String query;
    private final long firstKey;
    private final String idPrefix;
    private final Deletion deletion;

    public Leftovers(
            String table, String keyColumn, String idColumn, long firstKey, String idPrefix, Deletion deletion) {
        this.query = "select " + keyColumn + " from " + table + " where " + keyColumn + " >= ? and " + idColumn
                + " like ? and created_at < ?";
        this.firstKey = firstKey;
        this.idPrefix = idPrefix;
        this.deletion = deletion;
    }

    public void removeOnce() {
        if (!removed.compareAndSet(false, true)) {
            return;
        }
        TestDatabase.inTransaction(c -> {
            List<Long> keys = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(query)) {
                s.setLong(1, firstKey);
                s.setString(2, idPrefix + "%");
                s.setObject(3, LocalDateTime.now(ZoneOffset.UTC).minusDays(1));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        keys.add(r.getLong(1));
                    }
                }
            }
            for (long key : keys) {
                deletion.delete(c, key);
            }
            return null;
        });
    }
}
