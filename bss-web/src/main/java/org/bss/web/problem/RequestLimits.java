package org.bss.web.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over their limit with 413: at once when Content-Length says so, else while the body is read
 * (chunked uploads). JSON bodies are small ({@link #MAX_BODY_BYTES}); a CSV file upload may hold 100,000 users, an
 * XML technical-services file many services ({@link #MAX_FILE_BYTES}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestLimits implements ContainerRequestFilter {

    public static final int MAX_BODY_BYTES = 64 * 1024;
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        int limit = limitFor(request.getMediaType());
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        }
    }

    static int limitFor(MediaType type) {
        return isFile(type) ? MAX_FILE_BYTES : MAX_BODY_BYTES;
    }

    /** The media types of file uploads: CSV (user imports) and XML (technical-services files). */
    private static boolean isFile(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        return switch (type.getType().toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> subtype.equals("csv") || subtype.equals("xml");
            case "application" -> subtype.equals("xml");
            default -> false;
        };
    }

    static ApiProblemException tooLarge(long limit) {
        return new ApiProblemException(
                ProblemType.REQUEST_TOO_LARGE, "detail.request-too-large", String.valueOf(limit));
    }

    /** Counts what is read and fails beyond the limit. */
    static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
