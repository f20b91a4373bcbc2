package org.bss.web.resource.organization;

import org.bss.account.OrganizationListQuery;
import org.bss.web.resource.QueryParams;

/** The query parameters of the organization list (offset, limit, filter, sort, order) as an {@link OrganizationListQuery}. */
public final class OrganizationListParams {

    private OrganizationListParams() {}

    /** @throws org.bss.web.problem.ApiProblemException a parameter that is no number, or an order other than asc/desc */
    public static OrganizationListQuery query(String offset, String limit, String filter, String sort, String order) {
        return new OrganizationListQuery(
                QueryParams.number("offset", offset, 0),
                QueryParams.number("limit", limit, OrganizationListQuery.DEFAULT_LIMIT),
                filter,
                sort,
                QueryParams.descending(order));
    }
}
