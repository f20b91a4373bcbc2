package org.bss.marketplace;

import org.bss.common.ValidationException;

/**
 * The rule of a marketplace's tracking code (MKT-2, G.4 "Tracking code"): a snippet the owner has written into every
 * service portal page of its marketplace (e.g. a web analytics script), at most 4,000 characters, kept without
 * surrounding spaces; none (null or blank) writes nothing.
 */
public final class TrackingCode {

    public static final int MAX = 4000;

    private TrackingCode() {}

    /**
     * @return the code without surrounding spaces, or null for none
     * @throws ValidationException longer than {@link #MAX}
     */
    public static String check(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String stripped = code.strip();
        if (stripped.length() > MAX) {
            throw new ValidationException(
                    "marketplace.trackingCode.tooLong", String.valueOf(MAX), String.valueOf(stripped.length()));
        }
        return stripped;
    }
}
