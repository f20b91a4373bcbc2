package org.bss.web.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void onlyAscAndDescAreOrders() {
        assertThat(QueryParams.descending(null)).isFalse();
        assertThat(QueryParams.descending(" asc ")).isFalse();
        assertThat(QueryParams.descending("DESC")).isTrue();
        ApiProblemException e = catchThrowableOfType(ApiProblemException.class, () -> QueryParams.descending("down"));
        assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(e.arguments()).containsExactly("order", "down");
    }

    @Test
    void numbersFallBackWhenAbsentAndNameTheParameterWhenWrong() {
        assertThat(QueryParams.number("limit", " ", 50)).isEqualTo(50);
        assertThat(QueryParams.number("limit", " 25 ", 50)).isEqualTo(25);
        assertThat(catchThrowableOfType(ApiProblemException.class, () -> QueryParams.number("limit", "ten", 50))
                        .arguments())
                .containsExactly("limit", "ten");
    }

    @Test
    void anOptionalLongIsNullWhenAbsentButMustBeNumeric() {
        assertThat(QueryParams.optionalLong("version", null)).isNull();
        assertThat(QueryParams.optionalLong("version", " ")).isNull();
        assertThat(QueryParams.optionalLong("version", "7")).isEqualTo(7L);
        assertThat(catchThrowableOfType(ApiProblemException.class, () -> QueryParams.optionalLong("version", "x"))
                        .arguments())
                .containsExactly("version", "x");
    }
}
