package org.bss.web.resource.user;

import org.bss.identity.UserListQuery;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;

/**
 * The query parameters of a user list (offset, limit, filter, sort, order) as a {@link UserListQuery}. Numbers are
 * parsed here so that "limit=ten" is a 400 naming the parameter (a JAX-RS int parameter would answer 404); ranges
 * and sort names are the query's own rules.
 */
final class ListParams {

    private ListParams() {
    }

    /** @throws ApiProblemException a parameter that is no number, or an order other than asc/desc */
    static UserListQuery query(String offset, String limit, String filter, String sort, String order) {
        return new UserListQuery(number("offset", offset, 0), number("limit", limit, UserListQuery.DEFAULT_LIMIT),
                filter, sort, descending(order));
    }

    static boolean descending(String order) {
        if (order == null || order.isBlank() || order.strip().equalsIgnoreCase("asc")) {
            return false;
        }
        if (order.strip().equalsIgnoreCase("desc")) {
            return true;
        }
        throw invalid("order", order);
    }

    static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, value);
        }
    }

    /** An optional version parameter (DELETE ?version=N): null when absent. */
    static Long version(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw invalid("version", value);
        }
    }

    private static ApiProblemException invalid(String name, String value) {
        return new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.field-invalid", name,
                value.length() > 40 ? value.substring(0, 40) + "…" : value);
    }
}
