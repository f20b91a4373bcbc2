package org.bss.web.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.bss.web.problem.RequestLimits;

/** The body of a file upload (CSV, XML), read whole up to {@link RequestLimits#MAX_FILE_BYTES}. */
public final class UploadedFile {

    private UploadedFile() {}

    /**
     * Reads the whole body, refusing it with 413 as soon as it passes the limit (or at once when the declared length
     * does).
     *
     * @param declaredLength Content-Length, -1 when unknown
     */
    public static byte[] read(InputStream body, long declaredLength) {
        if (declaredLength > RequestLimits.MAX_FILE_BYTES) {
            throw tooLarge();
        }
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 8192);
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                if (out.size() + n > RequestLimits.MAX_FILE_BYTES) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ApiProblemException tooLarge() {
        return new ApiProblemException(
                ProblemType.REQUEST_TOO_LARGE,
                "detail.request-too-large",
                String.valueOf(RequestLimits.MAX_FILE_BYTES));
    }
}
