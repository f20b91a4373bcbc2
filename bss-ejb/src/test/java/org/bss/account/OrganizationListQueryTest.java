package org.bss.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class OrganizationListQueryTest {

    private static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void defaultsAndOrdering() {
        OrganizationListQuery q = new OrganizationListQuery(0, 10, "  ", null, false);
        assertThat(q.sort()).isEqualTo("orgId");
        assertThat(q.filter()).isNull();
        assertThat(q.where()).isEmpty();
        assertThat(q.orderBy()).isEqualTo(" order by o.orgId asc, o.key asc");
        assertThat(new OrganizationListQuery(5, 500, null, "name", true).orderBy())
                .isEqualTo(" order by o.name desc, o.key asc");
        assertThat(OrganizationListQuery.firstPage().limit()).isEqualTo(OrganizationListQuery.DEFAULT_LIMIT);
    }

    @Test
    void theFilterIsACaseInsensitiveSubstringWithLikeCharactersTakenLiterally() {
        OrganizationListQuery q = new OrganizationListQuery(0, 10, " ACME_50%\\ ", "name", false);
        assertThat(q.filter()).isEqualTo("acme_50%\\");
        assertThat(q.filterPattern()).isEqualTo("%acme\\_50\\%\\\\%");
        assertThat(q.where()).contains("lower(o.orgId) like :filter", "lower(o.name) like :filter");
    }

    @Test
    void badPagingAndSortAreValidationErrors() {
        refused(() -> new OrganizationListQuery(-1, 10, null, null, false), "account.list.offset");
        refused(() -> new OrganizationListQuery(0, 0, null, null, false), "account.list.limit");
        refused(
                () -> new OrganizationListQuery(0, OrganizationListQuery.MAX_LIMIT + 1, null, null, false),
                "account.list.limit");
        refused(() -> new OrganizationListQuery(0, 10, null, "o.key; drop table x", false), "account.list.sort");
    }
}
