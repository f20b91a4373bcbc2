package org.bss.system.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.bss.system.support.TestUsers.TestUser;

/** The audit entries a user wrote, read from the server's database (AUD-2). */
public final class AuditRows {

    private AuditRows() {}

    /**
     * The entries of the user with ids in [from, to], oldest first, as {@code "<id> <name>|<pairs>"} without the
     * caller pairs (userId, orgId, orgName), which are checked to start each entry.
     */
    public static List<String> of(TestUser user, String orgId, int from, int to) {
        String caller = "userId=" + user.userId() + "|orgId=" + orgId + "|orgName=";
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select operation_id, operation_name, pairs from audit_log"
                    + " where user_id = ? and operation_id between ? and ? order by id")) {
                s.setString(1, user.userId());
                s.setInt(2, from);
                s.setInt(3, to);
                List<String> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String pairs = r.getString(3);
                        assertThat(pairs).startsWith(caller);
                        int orgName = pairs.indexOf('|', caller.length());
                        out.add(r.getInt(1) + " " + r.getString(2) + (orgName < 0 ? "" : pairs.substring(orgName)));
                    }
                }
                return out;
            }
        });
    }
}
