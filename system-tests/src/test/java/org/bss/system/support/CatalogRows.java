package org.bss.system.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Removes an organization's catalog rows the way the foreign keys need it: price models with their history, texts and
 * parameters of the services it sells, that are defined on its technical services or that are its customer-specific
 * copies (customer price models), the services, then its
 * technical services with their suppliers.
 */
public final class CatalogRows {

    private static final String ITS_SERVICES = "(select service_key from service where org_key = ?"
            + " or customer_key = ? or ts_key in (select ts_key from technical_service where org_key = ?))";

    private static final List<String> STATEMENTS = List.of(
            "delete from price_model_text where pm_key in (select pm_key from price_model where service_key in "
                    + ITS_SERVICES + ")",
            "delete from price_model_history where pm_key in (select pm_key from price_model where service_key in "
                    + ITS_SERVICES + ")",
            "delete from price_model where service_key in " + ITS_SERVICES,
            "delete from service_text where service_key in " + ITS_SERVICES,
            "delete from service_parameter where service_key in " + ITS_SERVICES,
            "delete from service where service_key in " + ITS_SERVICES,
            "delete from technical_service_supplier where org_key = ? or ts_key in"
                    + " (select ts_key from technical_service where org_key = ?)",
            "delete from technical_service where org_key = ?");

    private CatalogRows() {}

    public static void delete(Connection c, long orgKey) throws SQLException {
        for (String sql : STATEMENTS) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
                for (int i = 1; i <= parameters; i++) {
                    s.setLong(i, orgKey); // every parameter of these statements is the organization
                }
                s.executeUpdate();
            }
        }
    }
}
