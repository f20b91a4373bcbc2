package org.bss.web.resource.ldap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;

/**
 * Reads the JSON bodies of the LDAP endpoints strictly: a settings map whose values are all strings (or null for
 * "not set"), an import request with no field but {@code uids} and {@code roles}. A wrong shape is a 400; whether
 * a key or value is valid is the service's decision (422). The JSON is turned into plain Java first, so that the
 * checks do not depend on a JSON implementation.
 */
final class LdapBodies {

    static final Set<String> IMPORT_FIELDS = Set.of("uids", "roles");

    private LdapBodies() {
    }

    /** The body as a JSON object in plain Java (String, Boolean, Number, List, Map, null). */
    static Map<String, Object> object(byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiProblemException.bodyRequired();
        }
        JsonStructure parsed;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            parsed = reader.read();
        } catch (JsonException e) {
            throw malformed();
        }
        if (!(parsed instanceof JsonObject object)) {
            throw malformed();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) plain(object);
        return plain;
    }

    /** App. C keys to values; null values are dropped (a key not set), anything but a string is refused. */
    static Map<String, String> settings(Map<String, Object> json) {
        Map<String, String> values = new LinkedHashMap<>();
        json.forEach((key, value) -> {
            if (value instanceof String text) {
                values.put(key, text);
            } else if (value != null) {
                throw invalid(key, "expected a string or null");
            }
        });
        return values;
    }

    static LdapDto.ImportRequest importRequest(Map<String, Object> json) {
        for (String key : json.keySet()) {
            if (!IMPORT_FIELDS.contains(key)) {
                throw invalid(key, "not a field of this request (uids, roles)");
            }
        }
        LdapDto.ImportRequest request = new LdapDto.ImportRequest();
        request.uids = strings(json.get("uids"), "uids");
        if (request.uids == null) {
            throw ApiProblemException.fieldRequired("uids");
        }
        request.roles = strings(json.get("roles"), "roles");
        return request;
    }

    private static List<String> strings(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            throw invalid(field, "expected an array of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> true;
            case FALSE -> false;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(v -> list.add(plain(v)));
                yield list;
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
        };
    }

    private static ApiProblemException invalid(String field, String expected) {
        return new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.field-invalid", field, expected);
    }

    private static ApiProblemException malformed() {
        return new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.malformed-json");
    }
}
