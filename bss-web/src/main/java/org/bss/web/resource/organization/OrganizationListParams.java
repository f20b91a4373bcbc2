package org.bss.web.resource.organization;

import org.bss.account.OrganizationListQuery;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;

/**
 * The query parameters of the organization list (offset, limit, filter, sort, order) as an
 * {@link OrganizationListQuery}. Numbers are parsed here so that "limit=ten" is a 400 naming the parameter (a JAX-RS
 * int parameter would answer 404); ranges and sort names are the query's own rules (422).
 */
public final class OrganizationListParams {

    private OrganizationListParams() {
    }

    /** @throws ApiProblemException a parameter that is no number, or an order other than asc/desc */
    public static OrganizationListQuery query(String offset, String limit, String filter, String sort, String order) {
        return new OrganizationListQuery(number("offset", offset, 0), number("limit", limit, OrganizationListQuery.DEFAULT_LIMIT),
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

    static ApiProblemException invalid(String name, String value) {
        return new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.field-invalid", name,
                value.length() > 40 ? value.substring(0, 40) + "…" : value);
    }
}
