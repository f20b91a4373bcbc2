package org.bss.web.resource;

import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;

/**
 * Query parameters of the list and delete endpoints, read as text and parsed here so that "limit=ten" is a 400 naming
 * the parameter (a JAX-RS int parameter would answer 404). Ranges and sort names are the services' rules (422).
 */
public final class QueryParams {

    private QueryParams() {}

    /** {@code asc} (or nothing) → false, {@code desc} → true. */
    public static boolean descending(String order) {
        if (order == null || order.isBlank() || order.strip().equalsIgnoreCase("asc")) {
            return false;
        }
        if (order.strip().equalsIgnoreCase("desc")) {
            return true;
        }
        throw invalid("order", order);
    }

    /** An int parameter, {@code fallback} when absent. */
    public static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, value);
        }
    }

    /** An optional long parameter (e.g. DELETE ?version=N): null when absent. */
    public static Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, value);
        }
    }

    private static ApiProblemException invalid(String name, String value) {
        return new ApiProblemException(
                ProblemType.MALFORMED_REQUEST,
                "detail.field-invalid",
                name,
                value.length() > 40 ? value.substring(0, 40) + "…" : value);
    }
}
