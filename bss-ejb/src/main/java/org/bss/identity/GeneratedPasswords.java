package org.bss.identity;

import java.security.SecureRandom;

/**
 * The one rule for passwords BSS makes up (initial passwords, resets): 12 characters from an alphabet without the
 * look-alikes 0/O and 1/l/I, since they are typed from a mail; from a {@link SecureRandom}. Stored with the cheaper
 * hash for generated passwords ({@link PasswordHash#hashGenerated}, ADR 0005) and to be changed at the next login.
 */
public final class GeneratedPasswords {

    public static final int LENGTH = 12;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {}

    /** A new password of {@link #LENGTH} characters. */
    public static String next() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
