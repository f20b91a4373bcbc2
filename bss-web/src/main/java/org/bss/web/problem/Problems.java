package org.bss.web.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/** Builds problem detail responses (RFC 9457) with localized title and detail. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    public static final String BEARER_CHALLENGE = "Bearer realm=\"bss\"";
    public static final String INVALID_TOKEN_CHALLENGE = "Bearer realm=\"bss\", error=\"invalid_token\"";

    /** Created on first use (thread-safe, reused). */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    private Problems() {}

    public static Problem problem(ProblemType type, int status, Locale locale, String detail, String instance) {
        Problem p = new Problem();
        p.type = type.uri().toString();
        p.title = WebMessages.text(locale, "title." + type.slug());
        p.status = status;
        p.detail = detail;
        p.instance = instance;
        return p;
    }

    public static String json(Problem problem) {
        return Json.JSONB.toJson(problem);
    }

    public static Response response(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder b = Response.status(problem.status)
                .type(PROBLEM_JSON)
                .entity(json(problem))
                .header("Cache-Control", "no-store");
        headers.forEach(b::header);
        return b.build();
    }
}
