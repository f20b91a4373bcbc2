package org.bss.account;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random organization ids and initial passwords, from a {@link SecureRandom}. */
public final class RandomCredentials {

    public static final int ORG_ID_HEX_CHARS = 8;
    public static final int INITIAL_PASSWORD_LENGTH = 12;
    // no 0/O, 1/l/I: the password is typed from a mail
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCredentials() {
    }

    /** A new organization id candidate: 8 lower-case hex characters. */
    public static String organizationId() {
        byte[] bytes = new byte[ORG_ID_HEX_CHARS / 2];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A new initial password of {@link #INITIAL_PASSWORD_LENGTH} characters. */
    public static String initialPassword() {
        StringBuilder b = new StringBuilder(INITIAL_PASSWORD_LENGTH);
        for (int i = 0; i < INITIAL_PASSWORD_LENGTH; i++) {
            b.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return b.toString();
    }
}
