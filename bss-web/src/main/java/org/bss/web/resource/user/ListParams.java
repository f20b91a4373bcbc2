package org.bss.web.resource.user;

import org.bss.identity.UserListQuery;
import org.bss.web.resource.QueryParams;

/** The query parameters of a user list (offset, limit, filter, sort, order) as a {@link UserListQuery}. */
final class ListParams {

    private ListParams() {}

    /** @throws org.bss.web.problem.ApiProblemException a parameter that is no number, or an order other than asc/desc */
    static UserListQuery query(String offset, String limit, String filter, String sort, String order) {
        return new UserListQuery(
                QueryParams.number("offset", offset, 0),
                QueryParams.number("limit", limit, UserListQuery.DEFAULT_LIMIT),
                filter,
                sort,
                QueryParams.descending(order));
    }
}
