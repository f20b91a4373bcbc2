package org.bss.web.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void withoutIfMatchTheBodyVersionCounts() {
        assertThat(Versions.expected(4L, null)).isEqualTo(4L);
        assertThat(Versions.expected(null, " ")).isNull();
        assertThat(Versions.expected(4L, "*")).isEqualTo(4L);
    }

    @Test
    void ifMatchIsTheETagRead() {
        assertThat(Versions.expected(null, "\"7\"")).isEqualTo(7L);
        assertThat(Versions.expected(null, "W/\"7\"")).isEqualTo(7L);
        assertThat(Versions.expected(7L, "\"7\"")).isEqualTo(7L);
    }

    @Test
    void ifMatchAgainstTheBodyIs412() {
        ApiProblemException e = catchThrowableOfType(ApiProblemException.class, () -> Versions.expected(6L, "\"7\""));
        assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
        assertThat(e.type().status()).isEqualTo(412);
        assertThat(e.arguments()).containsExactly("7", "6");
    }

    @Test
    void anIfMatchThatIsNoVersionTagIs400() {
        for (String bad : new String[] {"7", "\"seven\"", "\"\"", "W/7", "\"1\", \"2\""}) {
            ApiProblemException e = catchThrowableOfType(ApiProblemException.class, () -> Versions.expected(null, bad));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
            assertThat(e.detailKey()).isEqualTo("detail.if-match-invalid");
        }
    }
}
