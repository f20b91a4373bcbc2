package org.bss.system.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Removes what an organization keeps as a seller or customer (V18): its customer relations either way, discounts,
 * VAT rates (its own settings and rates others set for it) and default payment types.
 */
public final class CustomerRows {

    private static final List<String> STATEMENTS = List.of(
            "delete from customer_discount where supplier_key = ? or customer_key = ?",
            "delete from vat_customer_rate where supplier_key = ? or customer_key = ?",
            "delete from vat_country_rate where supplier_key = ?",
            "delete from vat_setting where supplier_key = ?",
            "delete from customer_payment_default where supplier_key = ?",
            "delete from supplier_customer where supplier_key = ? or customer_key = ?");

    private CustomerRows() {}

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
