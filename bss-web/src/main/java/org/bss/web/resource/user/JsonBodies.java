package org.bss.web.resource.user;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;

/**
 * Reads a JSON request body into a request class (public fields) strictly: a missing body, anything but a JSON
 * object, or a field the class does not have is a 400 problem. JSON-B alone would drop unknown fields silently, and
 * a client that misspells "lastName" would never learn that nothing was changed.
 */
final class JsonBodies {

    /** Created on first use (thread-safe, reused). */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    private JsonBodies() {
    }

    static <T> T read(byte[] body, Class<T> type) {
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
        checkKnown(object.keySet(), type);
        try {
            return Binding.JSONB.fromJson(object.toString(), type);
        } catch (JsonbException e) {
            throw malformed();
        }
    }

    /** @throws UserProblem naming the first unknown field (in sorted order) */
    static void checkKnown(Collection<String> given, Class<?> type) {
        Set<String> known = fieldNames(type);
        for (String name : new TreeSet<>(given)) {
            if (!known.contains(name)) {
                throw UserProblem.unknownField(name, String.join(", ", known));
            }
        }
    }

    /** The JSON names of a request class: its public instance fields, renamed by {@code @JsonbProperty}. */
    static Set<String> fieldNames(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            JsonbProperty renamed = f.getAnnotation(JsonbProperty.class);
            names.add(renamed == null || renamed.value().isEmpty() ? f.getName() : renamed.value());
        }
        return names;
    }

    private static ApiProblemException malformed() {
        return new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.malformed-json");
    }
}
