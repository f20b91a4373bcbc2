package org.bss.web.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bss.catalog.InvalidTechnicalServicesFileException;
import org.bss.common.BssException;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;

/**
 * Turns every failure of a REST call into an RFC 9457 problem detail: business errors by their kind,
 * JAX-RS errors (404, 405, 406, 415, …) by their status, malformed JSON as 400, oversized bodies as 413,
 * missing role as 403, and anything unexpected as 500 with a log reference and no stack trace (logged once).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final BssLog LOG = BssLog.system(LogFeature.REST);

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Context
    private SecurityContext securityContext;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = locale();
        String instance = instance();
        Map<String, String> extraHeaders = new HashMap<>();
        extraHeaders.put("Content-Language", locale.getLanguage());
        Problem problem = toProblem(failure, locale, instance, extraHeaders);
        return Problems.response(problem, extraHeaders);
    }

    private Problem toProblem(Throwable failure, Locale locale, String instance, Map<String, String> extraHeaders) {
        ApiProblemException api = find(failure, ApiProblemException.class);
        if (api != null) {
            extraHeaders.putAll(api.headers());
            return Problems.problem(
                    api.type(),
                    api.type().status(),
                    locale,
                    WebMessages.text(locale, api.detailKey(), api.arguments()),
                    instance);
        }
        BssException bss = find(failure, BssException.class);
        if (bss != null) {
            ProblemType type = ProblemType.of(bss.kind());
            if (type == ProblemType.AUTHENTICATION) {
                extraHeaders.put("WWW-Authenticate", Problems.BEARER_CHALLENGE);
            }
            Problem p = Problems.problem(type, type.status(), locale, bss.localizedMessage(locale), instance);
            p.code = bss.messageKey();
            if (bss instanceof InvalidTechnicalServicesFileException file) {
                p.errors = file.problems().stream()
                        .map(e -> new Problem.FileError(e.line(), e.column(), e.message()))
                        .toList();
            }
            return p;
        }
        if (find(failure, EJBAccessException.class) != null) {
            if (securityContext == null || securityContext.getUserPrincipal() == null) {
                return unauthenticated(locale, instance, extraHeaders);
            }
            return simple(ProblemType.FORBIDDEN, locale, instance, "detail.forbidden");
        }
        if (find(failure, OptimisticLockException.class) != null) {
            return Problems.problem(
                    ProblemType.CONCURRENT_MODIFICATION,
                    409,
                    locale,
                    WebMessages.text(locale, "title.concurrent-modification"),
                    instance);
        }
        if (find(failure, JsonbException.class) != null || find(failure, JsonException.class) != null) {
            return simple(ProblemType.MALFORMED_REQUEST, locale, instance, "detail.malformed-json");
        }
        WebApplicationException web = find(failure, WebApplicationException.class);
        if (web != null) {
            return fromStatus(web, locale, instance, extraHeaders);
        }
        return internalError(failure, locale, instance);
    }

    private Problem fromStatus(
            WebApplicationException web, Locale locale, String instance, Map<String, String> extraHeaders) {
        Response r = web.getResponse();
        int status = r == null ? 500 : r.getStatus();
        return switch (status) {
            // JAX-RS reports unreadable entities (e.g. a JSON-B mapping failure) as BadRequest
            case 400 -> simple(ProblemType.MALFORMED_REQUEST, locale, instance, "detail.malformed-json");
            case 404 -> simple(ProblemType.NOT_FOUND, locale, instance, "detail.not-found", instance);
            case 405 -> {
                Set<String> allowed = new TreeSet<>(r.getAllowedMethods());
                if (web instanceof NotAllowedException && allowed.isEmpty()) {
                    allowed.addAll(r.getStringHeaders().getOrDefault("Allow", java.util.List.of()));
                }
                if (!allowed.isEmpty()) {
                    extraHeaders.put("Allow", String.join(", ", allowed));
                }
                yield simple(
                        ProblemType.METHOD_NOT_ALLOWED,
                        locale,
                        instance,
                        "detail.method-not-allowed",
                        request == null ? "?" : request.getMethod(),
                        String.join(", ", allowed));
            }
            case 406 -> simple(ProblemType.NOT_ACCEPTABLE, locale, instance, "detail.not-acceptable");
            case 413 ->
                simple(
                        ProblemType.REQUEST_TOO_LARGE,
                        locale,
                        instance,
                        "detail.request-too-large",
                        String.valueOf(RequestLimits.MAX_BODY_BYTES));
            case 415 -> simple(ProblemType.UNSUPPORTED_MEDIA_TYPE, locale, instance, "detail.unsupported-media-type");
            case 401 -> unauthenticated(locale, instance, extraHeaders);
            case 403 -> simple(ProblemType.FORBIDDEN, locale, instance, "detail.forbidden");
            case 503 -> simple(ProblemType.UNAVAILABLE, locale, instance, "detail.unavailable");
            default ->
                status >= 500
                        ? internalError(web, locale, instance)
                        : Problems.problem(
                                ProblemType.HTTP_ERROR,
                                status,
                                locale,
                                WebMessages.text(locale, "detail.http-error", String.valueOf(status)),
                                instance);
        };
    }

    /** 401: a bearer token that did not authenticate is "invalid", no token is "missing". */
    private Problem unauthenticated(Locale locale, String instance, Map<String, String> extraHeaders) {
        String authorization = headers == null ? null : headers.getHeaderString("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            extraHeaders.put("WWW-Authenticate", Problems.INVALID_TOKEN_CHALLENGE);
            return simple(ProblemType.AUTHENTICATION, locale, instance, "detail.token-invalid");
        }
        extraHeaders.put("WWW-Authenticate", Problems.BEARER_CHALLENGE);
        return simple(ProblemType.AUTHENTICATION, locale, instance, "detail.credentials-missing");
    }

    private Problem internalError(Throwable failure, Locale locale, String instance) {
        String reference = UUID.randomUUID().toString();
        LOG.error(
                LogMessage.REST_CALL_FAILED, failure, request == null ? "?" : request.getMethod(), instance, reference);
        Problem p = simple(ProblemType.INTERNAL_ERROR, locale, instance, "detail.internal-error", reference);
        p.reference = reference;
        return p;
    }

    private static Problem simple(ProblemType type, Locale locale, String instance, String detailKey, Object... args) {
        return Problems.problem(type, type.status(), locale, WebMessages.text(locale, detailKey, args), instance);
    }

    private Locale locale() {
        try {
            return WebMessages.choose(headers == null ? null : headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            // an unparsable Accept-Language header must not turn a problem into another one
            return Locale.ENGLISH;
        }
    }

    private String instance() {
        if (request != null) {
            return request.getRequestURI();
        }
        return uriInfo == null ? null : uriInfo.getRequestUri().getPath();
    }

    /** The failure itself or the first cause of the given type. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
