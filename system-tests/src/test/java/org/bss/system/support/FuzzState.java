package org.bss.system.support;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.bss.system.support.TestOrganizations.TestOrganization;

/**
 * What a bad input must not change, read straight from the database: the fixture organization and every field of its
 * users and its technical services, and anything the corpus could have created (user ids and organizations starting
 * with "fz").
 */
public final class FuzzState {

    private FuzzState() {}

    /** One comparable text of the state. */
    public static String of(TestOrganization org) {
        return TestDatabase.with(c -> {
            StringBuilder b = new StringBuilder();
            try (PreparedStatement s = c.prepareStatement("select o.version, o.name, o.distinguished_name,"
                    + " (select count(*) from organization where org_id like 'fz%' or name like 'fz%'),"
                    + " (select count(*) from platform_user where user_id like 'fz%'),"
                    + " (select count(*) from organization_role where org_key = o.org_key),"
                    + " (select count(*) from technical_service where org_key = o.org_key),"
                    + " (select count(*) from marketplace where org_key = o.org_key or name like 'fz%'),"
                    + " (select count(*) from category where category_id like 'fz%'),"
                    + " (select count(*) from service_review)"
                    + " from organization o where o.org_key = ?")) {
                s.setLong(1, org.orgKey());
                append(b, s);
            }
            try (PreparedStatement s = c.prepareStatement("select u.user_key, u.user_id, u.email, u.first_name,"
                    + " u.last_name, u.status, u.failed_login_count, u.version,"
                    + " (select count(*) from user_role r where r.user_key = u.user_key)"
                    + " from platform_user u where u.org_key = ? order by u.user_key")) {
                s.setLong(1, org.orgKey());
                append(b, s);
            }
            return b.toString();
        });
    }

    private static void append(StringBuilder b, PreparedStatement s) throws java.sql.SQLException {
        try (ResultSet r = s.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    b.append(r.getString(i)).append('|');
                }
                b.append('\n');
            }
        }
    }
}
