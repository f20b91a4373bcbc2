package org.bss.catalog;

import java.util.regex.Pattern;
import org.bss.common.ValidationException;

/**
 * The id a supplier gives a service: 1–40 characters, unique among the supplier's services, of letters, digits,
 * spaces and {@code ( ) - . @ [ ] _} (the original product's id characters), no leading or trailing space.
 */
public final class ServiceIds {

    public static final int MAX = 40;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} ()\\-.@\\[\\]_]+");

    private ServiceIds() {}

    public static String check(String id) {
        if (id == null || id.isBlank()) {
            throw new ValidationException("catalog.service.idRequired");
        }
        if (id.length() > MAX) {
            throw new ValidationException("catalog.service.idTooLong", String.valueOf(MAX));
        }
        if (!ALLOWED.matcher(id).matches() || !id.strip().equals(id)) {
            throw new ValidationException("catalog.service.idChars", id);
        }
        return id;
    }
}
