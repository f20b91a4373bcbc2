package org.bss.web.resource.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.bss.web.problem.WebMessages;
import org.junit.jupiter.api.Test;

class CsvUploadTest {

    @Test
    void textCsvWithoutOrWithUtf8Passes() {
        CsvUpload.checkMediaType("text/csv", null);
        CsvUpload.checkMediaType("TEXT/CSV", "UTF-8");
        CsvUpload.checkMediaType("text/csv", "utf-8");
        CsvUpload.checkMediaType("text/csv", "utf8");
        CsvUpload.checkMediaType("text/csv", "\"UTF-8\"");
    }

    @Test
    void anotherCharsetIs415() {
        ApiProblemException p = catchThrowableOfType(
                ApiProblemException.class, () -> CsvUpload.checkMediaType("text/csv", "ISO-8859-1"));

        assertThat(p.type()).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(p.type().status()).isEqualTo(415);
        assertThat(detail(p, Locale.ENGLISH)).contains("UTF-8").contains("ISO-8859-1");
        assertThat(detail(p, Locale.GERMAN)).contains("UTF-8-codiert").contains("ISO-8859-1");
        assertThat(detail(
                        catchThrowableOfType(
                                ApiProblemException.class, () -> CsvUpload.checkMediaType("text/csv", "Shift_JIS")),
                        Locale.JAPANESE))
                .contains("Shift_JIS");
        assertThat(catchThrowableOfType(
                                ApiProblemException.class,
                                () -> CsvUpload.checkMediaType("text/csv", "no such charset"))
                        .type())
                .isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void anotherMediaTypeIs415() {
        ApiProblemException json = catchThrowableOfType(
                ApiProblemException.class, () -> CsvUpload.checkMediaType("application/json", null));
        ApiProblemException none =
                catchThrowableOfType(ApiProblemException.class, () -> CsvUpload.checkMediaType(null, null));

        assertThat(json.type()).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(detail(json, Locale.ENGLISH)).contains("text/csv").contains("application/json");
        assertThat(none.type()).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() {
        byte[] csv = "u1,u1@example.com,en\n".getBytes(StandardCharsets.UTF_8);

        assertThat(CsvUpload.read(new ByteArrayInputStream(csv), csv.length)).isEqualTo(csv);
        assertThat(CsvUpload.read(new ByteArrayInputStream(csv), -1)).isEqualTo(csv);
        assertThat(CsvUpload.read(null, -1)).isEmpty();
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413AtOnce() {
        ApiProblemException e = catchThrowableOfType(
                ApiProblemException.class,
                () -> CsvUpload.read(InputStream.nullInputStream(), CsvUpload.MAX_BYTES + 1L));

        assertThat(e.type()).isEqualTo(ProblemType.REQUEST_TOO_LARGE);
        assertThat(e.arguments()).containsExactly(String.valueOf(20 * 1024 * 1024));
    }

    @Test
    void anUndeclaredBodyIsCutAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        ApiProblemException e = catchThrowableOfType(ApiProblemException.class, () -> CsvUpload.read(endless, -1));

        assertThat(e.type().status()).isEqualTo(413);
    }

    private static String detail(ApiProblemException e, Locale locale) {
        return WebMessages.text(locale, e.detailKey(), e.arguments());
    }
}
