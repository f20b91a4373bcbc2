package org.bss.web.json;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.NoSuchElementException;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;

/**
 * The one JSON-B configuration of the REST API and the strict check that runs before it binds a request body:
 * the body must be UTF-8, nested at most {@link JsonText#MAX_DEPTH} levels ({@link JsonText}) and one JSON value whose
 * fields are all known and of the right kind ({@link JsonShape}). Jersey's
 * JSON-B provider binds with {@link #JSONB} ({@link JsonbResolver}); {@link StrictJsonBodies} runs the check.
 */
public final class JsonBodies {

    /** Yasson's name for "an unknown property is an error"; a string, so that the code needs no Yasson class. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    /** Thread-safe, reused for every request and response. */
    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    private JsonBodies() {}

    /**
     * @return whether the body is empty (only white space): the resource decides whether it needs one
     * @throws ApiProblemException 400 for malformed JSON, or an unknown or mistyped field (named)
     */
    static boolean check(byte[] body, Type type) {
        if (isBlank(body)) {
            return false;
        }
        JsonShape.check(parse(JsonText.of(body)), type);
        return true;
    }

    /** Checks and binds as a request does; null for an empty body. */
    static Object read(byte[] body, Type type) {
        if (!check(body, type)) {
            return null;
        }
        try {
            return JSONB.fromJson(new ByteArrayInputStream(body), type);
        } catch (JsonbException e) {
            throw malformed();
        }
    }

    private static JsonValue parse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            JsonValue parsed = parser.getValue();
            if (parser.hasNext()) {
                throw malformed();
            }
            return parsed;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw malformed();
        }
    }

    private static boolean isBlank(byte[] body) {
        if (body == null) {
            return true;
        }
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static ApiProblemException malformed() {
        return new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.malformed-json");
    }
}
