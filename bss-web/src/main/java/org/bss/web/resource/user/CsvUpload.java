package org.bss.web.resource.user;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.bss.web.resource.UploadedFile;

/**
 * The checks of a CSV upload before the import service sees the file: the media type must be text/csv with the
 * charset absent or UTF-8 (App. F files are UTF-8; a declared ISO-8859-1 or Shift_JIS file would be garbled), and
 * the body at most {@link #MAX_BYTES} (enough for the 100,000 users a file may hold).
 */
final class CsvUpload {

    static final int MAX_BYTES = org.bss.web.problem.RequestLimits.MAX_FILE_BYTES;

    private CsvUpload() {}

    /**
     * @param type media type and subtype, e.g. {@code text/csv}; null when the request has no Content-Type
     * @param charset the charset parameter, null when absent
     * @throws ApiProblemException 415 for another media type or charset
     */
    static void checkMediaType(String type, String charset) {
        if (type == null || !type.strip().equalsIgnoreCase("text/csv")) {
            throw new ApiProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.csv-media-type", type == null ? "-" : type);
        }
        if (charset != null && !isUtf8(charset)) {
            throw new ApiProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.csv-charset", charset);
        }
    }

    static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset.strip().replace("\"", "")).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return false;
        }
    }

    /** The whole body, at most {@link #MAX_BYTES} ({@link UploadedFile}). */
    static byte[] read(InputStream body, long declaredLength) {
        return UploadedFile.read(body, declaredLength);
    }
}
