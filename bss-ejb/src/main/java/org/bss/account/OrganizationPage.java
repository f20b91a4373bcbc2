package org.bss.account;

import java.util.List;

/** One page of organizations with the total count of the query, for paging in the portal and REST. */
public record OrganizationPage(List<OrganizationView> items, long total, int offset, int limit) {}
