package org.bss.identity;

import java.util.List;

/** One page of users with the total count of the query, for paging in the portal and REST. */
public record UserPage(List<UserView> items, long total, int offset, int limit) {}
