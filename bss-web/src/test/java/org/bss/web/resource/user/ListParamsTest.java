package org.bss.web.resource.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.common.ValidationException;
import org.bss.identity.UserListQuery;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

class ListParamsTest {

    @Test
    void absentParametersGiveTheFirstPageByUserId() {
        UserListQuery q = ListParams.query(null, "", null, null, null);

        assertThat(q).isEqualTo(new UserListQuery(0, 50, null, "userId", false));
    }

    @Test
    void everyParameterIsTaken() {
        UserListQuery q = ListParams.query("100", " 25 ", "Smith", "lastName", "DESC");

        assertThat(q.offset()).isEqualTo(100);
        assertThat(q.limit()).isEqualTo(25);
        assertThat(q.filter()).isEqualTo("smith");
        assertThat(q.sort()).isEqualTo("lastName");
        assertThat(q.descending()).isTrue();
    }

    @Test
    void aParameterThatIsNoNumberIsA400NamingIt() {
        ApiProblemException e =
                catchThrowableOfType(ApiProblemException.class, () -> ListParams.query("0", "ten", null, null, null));

        assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(e.detailKey()).isEqualTo("detail.field-invalid");
        assertThat(e.arguments()).containsExactly("limit", "ten");
    }

    @Test
    void rangesAndSortNamesAreTheQuerysRules() {
        assertThatThrownBy(() -> ListParams.query("-1", null, null, null, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ListParams.query(null, "501", null, null, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ListParams.query(null, null, null, "password", null))
                .isInstanceOf(ValidationException.class);
    }
}
