package org.bss.recovery;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Stands in for the server in {@link RecoveryToolTest}: another process that holds the H2 file open (embedded, with
 * AUTO_SERVER, as Payara does). Prints "ready", then answers each user id read from stdin with
 * {@code <status>,<failed logins>,<password hash>} as its own connection sees them; ends at end of input.
 */
public final class H2Holder {

    private H2Holder() {}

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "bss", "bss");
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("ready");
            System.out.flush();
            for (String userId = in.readLine(); userId != null; userId = in.readLine()) {
                try (PreparedStatement s = c.prepareStatement(
                        "select status, failed_login_count, password_hash from platform_user" + " where user_id = ?")) {
                    s.setString(1, userId);
                    try (ResultSet r = s.executeQuery()) {
                        System.out.println(
                                r.next() ? r.getString(1) + "," + r.getInt(2) + "," + r.getString(3) : "none");
                        System.out.flush();
                    }
                }
            }
        }
    }
}
