package org.bss.web.resource.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bss.account.OrganizationListQuery;
import org.bss.common.ValidationException;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

class OrganizationListParamsTest {

    @Test
    void defaultsAndValues() {
        OrganizationListQuery q = OrganizationListParams.query(null, " ", null, null, null);
        assertThat(q.offset()).isZero();
        assertThat(q.limit()).isEqualTo(OrganizationListQuery.DEFAULT_LIMIT);
        assertThat(q.descending()).isFalse();
        q = OrganizationListParams.query("20", "10", "Acme", "name", "DESC");
        assertThat(q.offset()).isEqualTo(20);
        assertThat(q.limit()).isEqualTo(10);
        assertThat(q.filter()).isEqualTo("acme");
        assertThat(q.descending()).isTrue();
    }

    @Test
    void notANumberOrOrderIsMalformedNamingTheParameter() {
        assertThatThrownBy(() -> OrganizationListParams.query("1", "ten", null, null, null))
                .isInstanceOfSatisfying(ApiProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
                    assertThat(e.arguments()).containsExactly("limit", "ten");
                });
        assertThatThrownBy(() -> OrganizationListParams.query(null, null, null, null, "up"))
                .isInstanceOfSatisfying(
                        ApiProblemException.class,
                        e -> assertThat(e.arguments()).containsExactly("order", "up"));
    }

    @Test
    void rangesAreTheQuerysRules() {
        assertThatThrownBy(() -> OrganizationListParams.query("-1", null, null, null, null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.list.offset"));
        assertThatThrownBy(() -> OrganizationListParams.query(null, "501", null, null, null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.list.limit"));
    }
}
