package org.bss.web.resource;

import jakarta.ws.rs.core.EntityTag;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;

/**
 * The optimistic-lock version of a versioned resource (organization, user) on the wire: answered as the
 * {@code ETag} ("&lt;version&gt;"), taken back from {@code If-Match} or from the body's/query's {@code version}. The
 * service compares it with the stored one (409 {@code concurrent-modification} when stale).
 */
public final class Versions {

    private Versions() {}

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @param given the {@code version} of the body or query, null when absent
     * @param ifMatch the {@code If-Match} header, null when absent; {@code *} asks for no particular version
     * @return the expected version, null when neither names one
     * @throws ApiProblemException 400 when If-Match is no version tag, 412 when it names another version than the body
     */
    public static Long expected(Long given, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return given;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        long fromHeader;
        try {
            if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
                throw new NumberFormatException(tag);
            }
            fromHeader = Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.if-match-invalid", ifMatch);
        }
        if (given != null && given != fromHeader) {
            throw new ApiProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "detail.if-match-mismatch",
                    String.valueOf(fromHeader),
                    String.valueOf(given));
        }
        return fromHeader;
    }
}
